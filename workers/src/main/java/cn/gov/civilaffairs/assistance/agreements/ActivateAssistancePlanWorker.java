package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Activates the signed plan and counts the measures to refer to other departments. */
@Component
class ActivateAssistancePlanWorker implements JobWorker {

  private final AgreementSteps steps;

  ActivateAssistancePlanWorker(AgreementSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return Topics.ACTIVATE_ASSISTANCE_PLAN;
  }

  @Override
  public JobResult handle(Job job) {
    return JobResult.completed(Map.of("referralCount", steps.activate(job.businessKey())));
  }
}
