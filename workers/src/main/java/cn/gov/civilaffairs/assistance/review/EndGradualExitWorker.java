package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stops the payments at the end of a gradual exit and issues the stop notice. */
@Component
class EndGradualExitWorker implements JobWorker {

  private final ReviewOutcomes outcomes;

  EndGradualExitWorker(ReviewOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public String topic() {
    return Topics.END_GRADUAL_EXIT;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    long enrolmentId = Long.parseLong(job.requiredString("enrolmentId"));
    var notice = outcomes.endGradualExit(job.businessKey(), enrolmentId);
    return JobResult.completed(Map.of("noticeDocumentId", notice.id()));
  }
}
