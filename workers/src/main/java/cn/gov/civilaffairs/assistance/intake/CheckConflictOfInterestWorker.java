package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Flags an application whose household has a declared close relative of a caseworker or committee member. */
@Component
class CheckConflictOfInterestWorker implements JobWorker {

  private final ConflictOfInterestRegister register;

  CheckConflictOfInterestWorker(ConflictOfInterestRegister register) {
    this.register = register;
  }

  @Override
  public String topic() {
    return Topics.CHECK_CONFLICT_OF_INTEREST;
  }

  @Override
  public JobResult handle(Job job) {
    ConflictOfInterestRegister.Check check = register.checkCase(job.businessKey());
    return JobResult.completed(Map.of("conflictOfInterest", check.conflict()));
  }
}
