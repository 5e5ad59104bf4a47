package cn.gov.civilaffairs.assistance.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.support.TestJobs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteReviewDecisionWorkerTests {

  private static final String REVIEW = "DB-110105001-2026-000042";

  private final ReviewRecords records = mock(ReviewRecords.class);
  private final RouteReviewDecisionWorker worker = new RouteReviewDecisionWorker(records);

  @Test
  void answersWhoDecidesAsTheRecordsRouteItWithTheCaseworkersOpinion() {
    // given
    when(records.route(REVIEW, "UNCHANGED")).thenReturn("COUNTY");

    // when
    JobResult result = worker.handle(job(Map.of("proposedOutcome", "UNCHANGED", "decisionLevel", "STREET")));

    // then: a decisionLevel already set (by an edited form) is replaced by the records' answer
    assertThat(result).isEqualTo(new JobResult.Completed(Map.of("decisionLevel", "COUNTY")));
  }

  @Test
  void routesWithoutAnOpinionWhenTheFormRecordedNone() {
    // given
    when(records.route(REVIEW, null)).thenReturn("STREET");

    // when
    JobResult result = worker.handle(job(Map.of()));

    // then
    assertThat(result).isEqualTo(new JobResult.Completed(Map.of("decisionLevel", "STREET")));
  }

  @Test
  void listensOnItsTopic() {
    assertThat(worker.topic()).isEqualTo("route-review-decision");
  }

  private static Job job(Map<String, Object> variables) {
    return TestJobs.job("route-review-decision", REVIEW, variables);
  }
}
