package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Changes the enrolment as the review decided, from next month, and sets the next review date; a gradual exit gets the date its timer stops the payments. */
@Component
class UpdateEnrolmentWorker implements JobWorker {

  private final ReviewOutcomes outcomes;
  private final java.time.ZoneId zone;

  UpdateEnrolmentWorker(ReviewOutcomes outcomes,
      @org.springframework.beans.factory.annotation.Value("${app.zone}") java.time.ZoneId zone) {
    this.outcomes = outcomes;
    this.zone = zone;
  }

  @Override
  public String topic() {
    return Topics.UPDATE_ENROLMENT;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    long enrolmentId = Long.parseLong(job.requiredString("enrolmentId"));
    var change = outcomes.updateEnrolment(job.businessKey(), enrolmentId);
    if (change.gradualExitUntil() != null && "GRADUAL_EXIT".equals(change.outcome())) {
      return JobResult.completed(Map.of("gradualExitEndsAt",
          java.util.Date.from(change.gradualExitUntil().atStartOfDay(zone).toInstant())));
    }
    return JobResult.completed(Map.of());
  }
}
