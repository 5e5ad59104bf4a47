package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Notifies the street head and the county of emergency paperwork past its deadline, once. */
@Component
class EscalateOverduePaperworkWorker implements JobWorker {

  private final PaperworkEscalation escalation;

  EscalateOverduePaperworkWorker(PaperworkEscalation escalation) {
    this.escalation = escalation;
  }

  @Override
  public String topic() {
    return Topics.ESCALATE_OVERDUE_PAPERWORK;
  }

  @Override
  public JobResult handle(Job job) {
    escalation.escalate(job.businessKey(), job.requiredString("streetCode"), job.requiredString("districtCode"));
    return JobResult.completed(Map.of());
  }
}
