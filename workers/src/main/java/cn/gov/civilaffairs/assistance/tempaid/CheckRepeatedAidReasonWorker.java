package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Flags a request of a person aided for the same reason within {@code aid.sameReasonMonths} (the clerk then
 * decides).
 */
@Component
class CheckRepeatedAidReasonWorker implements JobWorker {

  private final TemporaryAidRequests requests;

  CheckRepeatedAidReasonWorker(TemporaryAidRequests requests) {
    this.requests = requests;
  }

  @Override
  public String topic() {
    return Topics.CHECK_REPEATED_AID_REASON;
  }

  @Override
  public JobResult handle(Job job) {
    Map<String, Object> details = new HashMap<>();
    for (String name : new String[] {"aidType", "reason", "reasonDetail", "amountRequested", "aidForm"}) {
      job.variable(name).ifPresent(value -> details.put(name, value));
    }
    TemporaryAidRequests.RepeatCheck check = requests.checkRepeat(job.businessKey(),
        job.requiredString("streetCode"), details);
    return JobResult.completed(Map.of("repeatedReason", check.repeated()));
  }
}
