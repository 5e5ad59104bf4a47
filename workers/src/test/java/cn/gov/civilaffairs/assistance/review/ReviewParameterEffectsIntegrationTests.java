package cn.gov.civilaffairs.assistance.review;

import static cn.gov.civilaffairs.assistance.review.ReviewFixtures.aHouseholdOf;
import static cn.gov.civilaffairs.assistance.review.ReviewFixtures.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.enrolment.Enrolments;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each review parameter changes the review it names. District 110189 sets its own values (material change from
 * 30 yuan, the street confirms nothing, reviews every 9 / 3 months, gradual exit of 2 months, rigid spending
 * recognised for 6 months); district 110190 keeps the defaults (100 yuan, street confirms, 12 / 6, 6, 12). Reviews
 * are opened as rows and their steps called directly, so that no process runs beside the test.
 */
class ReviewParameterEffectsIntegrationTests extends ParameterEffectsTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final AtomicInteger REVIEWS = new AtomicInteger();

  @Autowired
  ReviewRecords records;

  @Autowired
  ReviewOutcomes outcomes;

  @Autowired
  ReviewScheduler scheduler;

  private String own;
  private String usual;

  private record Enrolled(long householdId, long headMemberId, long enrolmentId, String street) {}

  @BeforeEach
  void twoDistricts() {
    own = OwnDistricts.aDistrictWithOneStreet(jdbc, "110189");
    usual = OwnDistricts.aDistrictWithOneStreet(jdbc, "110190");
    for (Map.Entry<String, Object> value : Map.<String, Object>of("review.materialChangeYuan", 30,
        "review.streetMayConfirm", false, "review.stableMonths", 9, "review.unstableMonths", 3,
        "review.gradualExitMonths", 2, "rigid.validityMonths", 6).entrySet()) {
      setParameter("110189", value.getKey(), value.getValue(), "2025-01-01");
    }
  }

  @Test
  @ProvesParameter("review.materialChangeYuan")
  void proposesAChangeOnlyFromTheDistrictsMaterialAmount() {
    // Assessed at 1450 a month, paid 1400: 50 yuan is material from 30, not from 100.
    ReviewRecords.Proposal here = propose(enrolled(own, "1400", "PARTIAL")).proposal();
    ReviewRecords.Proposal there = propose(enrolled(usual, "1400", "PARTIAL")).proposal();

    assertThat(here.outcome()).isEqualTo(ReviewOutcome.INCREASE);
    assertThat(here.materialChange()).isTrue();
    assertThat(there.outcome()).isEqualTo(ReviewOutcome.UNCHANGED);
    assertThat(there.materialChange()).isFalse();
  }

  @Test
  @ProvesParameter("review.streetMayConfirm")
  void letsTheStreetConfirmAnUnchangedReviewOnlyWhereTheDistrictAllowsIt() {
    // The process routes on it: the street confirms unchanged or increase only when streetMayConfirm.
    ReviewRecords.Proposed here = propose(enrolled(own, "1450", "PARTIAL"));
    ReviewRecords.Proposed there = propose(enrolled(usual, "1450", "PARTIAL"));

    assertThat(here.proposal().outcome()).isEqualTo(ReviewOutcome.UNCHANGED);
    assertThat(here.streetMayConfirm()).isFalse();
    assertThat(there.proposal().outcome()).isEqualTo(ReviewOutcome.UNCHANGED);
    assertThat(there.streetMayConfirm()).isTrue();
  }

  @Test
  @ProvesParameter("review.unstableMonths")
  void reviewsAHouseholdWithoutStableWorkAgainAfterTheDistrictsUnstableMonths() {
    Enrolments.Change here = decided(enrolled(own, "1450", "PARTIAL"), ReviewOutcome.UNCHANGED);
    Enrolments.Change there = decided(enrolled(usual, "1450", "PARTIAL"), ReviewOutcome.UNCHANGED);

    assertThat(here.nextReviewOn()).isEqualTo(here.effectiveMonth().plusMonths(3));
    assertThat(there.nextReviewOn()).isEqualTo(there.effectiveMonth().plusMonths(6));
  }

  @Test
  @ProvesParameter("review.stableMonths")
  void reviewsAStableHouseholdAgainAfterTheDistrictsStableMonths() {
    Enrolments.Change here = decided(enrolled(own, "1450", "NONE"), ReviewOutcome.UNCHANGED);
    Enrolments.Change there = decided(enrolled(usual, "1450", "NONE"), ReviewOutcome.UNCHANGED);

    assertThat(here.nextReviewOn()).isEqualTo(here.effectiveMonth().plusMonths(9));
    assertThat(there.nextReviewOn()).isEqualTo(there.effectiveMonth().plusMonths(12));
  }

  @Test
  @ProvesParameter("review.gradualExitMonths")
  void paysAGradualExitForTheDistrictsMonths() {
    Enrolments.Change here = decided(enrolled(own, "1450", "PARTIAL"), ReviewOutcome.GRADUAL_EXIT);
    Enrolments.Change there = decided(enrolled(usual, "1450", "PARTIAL"), ReviewOutcome.GRADUAL_EXIT);

    assertThat(here.gradualExitUntil()).isEqualTo(here.effectiveMonth().plusMonths(2));
    assertThat(there.gradualExitUntil()).isEqualTo(there.effectiveMonth().plusMonths(6));
  }

  @Test
  @ProvesParameter("rigid.validityMonths")
  void reviewsARigidSpendingRecognitionWhenTheDistrictsValidityEnds() {
    // Recognised seven months ago: expired after 6 months, still valid for 12.
    Enrolled here = rigidSpendingRecognisedSevenMonthsAgo(own);
    Enrolled there = rigidSpendingRecognisedSevenMonthsAgo(usual);

    scheduler.run(TODAY);

    assertThat(expiryReviews(here)).isOne();
    assertThat(expiryReviews(there)).isZero();
  }

  private Enrolled enrolled(String street, String benefit, String workAbility) {
    Map<String, Object> person = aPerson("核查参数户");
    person.put("workAbility", workAbility);
    ResponseEntity<Map<String, Object>> created = post("/api/households", aHouseholdOf(street, person));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    long householdId = ((Number) created.getBody().get("id")).longValue();
    long head = jdbc.queryForObject("select min(id) from household_members where household_id = ?", Long.class,
        householdId);
    // Not due: only the review of the test runs.
    return new Enrolled(householdId, head, ReviewFixtures.enrol(jdbc, householdId, street, benefit,
        TODAY.plusYears(1)), street);
  }

  private Enrolled rigidSpendingRecognisedSevenMonthsAgo(String street) {
    Enrolled enrolled = enrolled(street, "300", "PARTIAL");
    jdbc.update("update enrolments set category = 'RIGID_EXPENDITURE', start_month = ? where id = ?",
        java.sql.Date.valueOf(TODAY.withDayOfMonth(1).minusMonths(7)), enrolled.enrolmentId());
    return enrolled;
  }

  private int expiryReviews(Enrolled enrolled) {
    return count("select count(*) from cases where enrolment_id = ? and review_reason = 'RIGID_EXPENSE_EXPIRY'",
        enrolled.enrolmentId());
  }

  /** A scheduled review of the enrolment, opened as a row (no process). */
  private String review(Enrolled enrolled) {
    String caseNumber = "HC-" + enrolled.street() + "-P" + REVIEWS.incrementAndGet() + "-"
        + System.nanoTime() % 1_000_000;
    jdbc.update("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id,
          truth_pledge_signed, verification_consent, status, accepted_at, review_reason, enrolment_id)
        values (?, 'DIBAO', ?, ?, ?, false, true, 'OPEN', now(), 'SCHEDULED', ?)""", caseNumber, enrolled.street(),
        enrolled.householdId(), enrolled.headMemberId(), enrolled.enrolmentId());
    return caseNumber;
  }

  private ReviewRecords.Proposed propose(Enrolled enrolled) {
    return records.propose(review(enrolled), enrolled.enrolmentId(), null);
  }

  /** The review decided with {@code outcome} at the current benefit, and the enrolment updated. */
  private Enrolments.Change decided(Enrolled enrolled, ReviewOutcome outcome) {
    String review = review(enrolled);
    jdbc.update("""
        insert into review_decisions (case_number, task_id, level, outcome, monthly_benefit, reasons, decided_by,
          decided_at) values (?, ?, 'COUNTY', ?, 1450, '["测试"]', 'test', ?)""", review, "task-" + review,
        outcome.name(), Timestamp.from(Instant.now()));
    return outcomes.updateEnrolment(review, enrolled.enrolmentId());
  }

}
