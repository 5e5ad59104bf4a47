package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Proposes the review's outcome from the re-verified figures (unchanged, increase, decrease, stop, gradual exit). */
@Component
class ProposeReviewOutcomeWorker implements JobWorker {

  private final ReviewRecords records;

  ProposeReviewOutcomeWorker(ReviewRecords records) {
    this.records = records;
  }

  @Override
  public String topic() {
    return Topics.PROPOSE_REVIEW_OUTCOME;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    long enrolmentId = Long.parseLong(job.requiredString("enrolmentId"));
    Long reportId = job.variable("verificationReportId").map(v -> ((Number) v).longValue()).orElse(null);
    ReviewRecords.Proposed proposed = records.propose(job.businessKey(), enrolmentId, reportId);
    return JobResult.completed(Map.of("proposalId", proposed.proposal().id(),
        "proposal", proposed.proposal().outcome().name(),
        "materialChange", proposed.proposal().materialChange(),
        "streetMayConfirm", proposed.streetMayConfirm()));
  }
}
