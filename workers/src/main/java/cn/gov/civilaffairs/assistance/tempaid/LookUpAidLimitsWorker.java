package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gives the process the street's limits it routes on. Amounts go as doubles: the gateways compare them with the
 * amount requested, and a double is a primitive process variable a modeler's expression can read.
 */
@Component
class LookUpAidLimitsWorker implements JobWorker {

  private final TemporaryAidTerms terms;
  private final Clock clock;

  LookUpAidLimitsWorker(TemporaryAidTerms terms, Clock clock) {
    this.terms = terms;
    this.clock = clock;
  }

  @Override
  public String topic() {
    return Topics.LOOK_UP_AID_LIMITS;
  }

  @Override
  public JobResult handle(Job job) {
    TemporaryAidTerms.Limits limits = terms.limitsFor(job.requiredString("streetCode"), clock.instant());
    return JobResult.completed(Map.of("streetCeiling", limits.streetCeiling().doubleValue(),
        "conferenceThreshold", limits.conferenceThreshold().doubleValue(),
        "approvalDueAt", Date.from(limits.approvalDueAt())));
  }
}
