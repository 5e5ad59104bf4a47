package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every day starts the reviews that are due: next review date reached, and 刚性支出 recognitions at the end of their
 * validity. Safe to run twice or on two nodes at once: a household with an open review of the same reason gets no
 * second one (unique index), so a second run only finds nothing to do.
 */
@Component
class ReviewScheduler {

  private static final Logger log = LoggerFactory.getLogger(ReviewScheduler.class);

  private final PeriodicReviews reviews;
  private final PolicyParameters policy;

  ReviewScheduler(PeriodicReviews reviews, PolicyParameters policy) {
    this.reviews = reviews;
    this.policy = policy;
  }

  @Scheduled(cron = "${app.review.schedule:0 30 1 * * *}", zone = "${app.zone}")
  void daily() {
    int started = run(reviews.today());
    log.info("Daily review run started {} reviews", started);
  }

  /** Starts every review due on {@code today}; returns how many this run started. */
  int run(LocalDate today) {
    int started = 0;
    long after = 0;
    List<PeriodicReviews.Candidate> batch;
    while (!(batch = reviews.due(today, after, PeriodicReviews.BATCH_SIZE)).isEmpty()) {
      started += reviews.startAll(batch, ReviewReason.SCHEDULED, null, null);
      after = batch.get(batch.size() - 1).enrolmentId();
    }
    after = 0;
    List<java.util.Map.Entry<PeriodicReviews.Candidate, LocalDate>> rigid;
    while (!(rigid = reviews.rigidRecognitions(today, after, PeriodicReviews.BATCH_SIZE)).isEmpty()) {
      List<PeriodicReviews.Candidate> expiring = rigid.stream()
          .filter(entry -> !entry.getValue().plusMonths(policy.snapshot(entry.getKey().streetCode(), today)
              .rigidValidityMonths()).isAfter(today))
          .map(java.util.Map.Entry::getKey).toList();
      started += reviews.startAll(expiring, ReviewReason.RIGID_EXPENSE_EXPIRY, null, null);
      after = rigid.get(rigid.size() - 1).getKey().enrolmentId();
    }
    return started;
  }
}
