package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues the written notice of a decrease, stop or gradual exit, with its reasons, into the household file. */
@Component
class IssueReviewNoticeWorker implements JobWorker {

  private final ReviewOutcomes outcomes;

  IssueReviewNoticeWorker(ReviewOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public String topic() {
    return Topics.ISSUE_REVIEW_NOTICE;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    long enrolmentId = Long.parseLong(job.requiredString("enrolmentId"));
    var notice = outcomes.issueNotice(job.businessKey(), enrolmentId);
    return JobResult.completed(Map.of("noticeDocumentId", notice.id()));
  }
}
