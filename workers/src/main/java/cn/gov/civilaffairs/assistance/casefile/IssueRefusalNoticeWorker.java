package cn.gov.civilaffairs.assistance.casefile;

import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.decisions.CaseDecisions;
import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues the written refusal with every reason of the decision; the street then confirms its delivery. */
@Component
class IssueRefusalNoticeWorker implements JobWorker {

  private final CaseDecisions decisions;
  private final CaseTimeline timeline;
  private final CaseFileDocuments documents;

  IssueRefusalNoticeWorker(CaseDecisions decisions, CaseTimeline timeline, CaseFileDocuments documents) {
    this.decisions = decisions;
    this.timeline = timeline;
    this.documents = documents;
  }

  @Override
  public String topic() {
    return Topics.ISSUE_REFUSAL_NOTICE;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    CaseDecisions.Decision refusal = decisions.finalDecision(job.businessKey())
        .filter(decision -> "REFUSE".equals(decision.decision()))
        .orElseThrow(() -> new IllegalStateException("No refusal for case " + job.businessKey()));
    documents.refusalNotice(job.businessKey(), refusal);
    timeline.record(job.businessKey(), "refusal-notice", "REFUSAL_NOTICE_ISSUED", null, "system",
        "出具不予批准通知书：" + String.join("；", refusal.reasons()));
    return JobResult.completed(Map.of());
  }
}
