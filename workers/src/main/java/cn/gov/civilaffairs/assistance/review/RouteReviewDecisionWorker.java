package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who decides the review (STREET or COUNTY) from its stored proposal, after the caseworker's opinion: the
 * routing is never taken from a form, so neither a caseworker's choice nor an edited form lets the street confirm
 * a decrease, stop or gradual exit. The opinion ({@code proposedOutcome}) can only send a review to the county.
 */
@Component
class RouteReviewDecisionWorker implements JobWorker {

  private final ReviewRecords records;

  RouteReviewDecisionWorker(ReviewRecords records) {
    this.records = records;
  }

  @Override
  public String topic() {
    return Topics.ROUTE_REVIEW_DECISION;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    String opinion = job.variable("proposedOutcome").map(Object::toString).orElse(null);
    return JobResult.completed(Map.of("decisionLevel", records.route(job.businessKey(), opinion)));
  }
}
