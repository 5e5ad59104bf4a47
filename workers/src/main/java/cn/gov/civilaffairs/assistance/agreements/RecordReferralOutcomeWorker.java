package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Closes the referred measure as done or not done, as the department answered. */
@Component
class RecordReferralOutcomeWorker implements JobWorker {

  private final AgreementReferrals referrals;

  RecordReferralOutcomeWorker(AgreementReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public String topic() {
    return Topics.RECORD_REFERRAL_OUTCOME;
  }

  @Override
  public JobResult handle(Job job) {
    referrals.close(Long.parseLong(job.requiredString("referralId")),
        "YES".equals(job.requiredString("measureDelivered")));
    return JobResult.completed(Map.of());
  }
}
