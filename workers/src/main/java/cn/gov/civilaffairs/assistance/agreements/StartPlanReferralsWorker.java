package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts one referral process per measure of the activated plan that another department delivers. */
@Component
class StartPlanReferralsWorker implements JobWorker {

  private final AgreementReferrals referrals;

  StartPlanReferralsWorker(AgreementReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public String topic() {
    return Topics.START_PLAN_REFERRALS;
  }

  @Override
  public JobResult handle(Job job) {
    return JobResult.completed(Map.of("referralsStarted", referrals.start(job.businessKey())));
  }
}
