package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Refers the measure of this referral instance ({@code loopCounter}) to its department, with its due date. */
@Component
class ReferPlanMeasureWorker implements JobWorker {

  private final AgreementSteps steps;

  ReferPlanMeasureWorker(AgreementSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return Topics.REFER_PLAN_MEASURE;
  }

  @Override
  public JobResult handle(Job job) {
    int index = Integer.parseInt(job.requiredString("loopCounter"));
    AgreementSteps.Referral referral = steps.refer(job.businessKey(), index);
    return JobResult.completed(Map.of("measureId", referral.measureId(), "referralDue", referral.due().toString()));
  }
}
