package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Refers the measure of this referral process ({@code referralId}) to its department, with its due date. */
@Component
class ReferPlanMeasureWorker implements JobWorker {

  private final AgreementReferrals referrals;

  ReferPlanMeasureWorker(AgreementReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public String topic() {
    return Topics.REFER_PLAN_MEASURE;
  }

  @Override
  public JobResult handle(Job job) {
    OffsetDateTime due = referrals.refer(Long.parseLong(job.requiredString("referralId")));
    return JobResult.completed(Map.of("referralDue", due.toString()));
  }
}
