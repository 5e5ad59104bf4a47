package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.enrolment.Enrolments;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts reviews of enrolled households: one household at a time in its own transaction (its case row and its
 * process commit together), and in batches over a selection read by keyset (never the caseload in memory). A
 * household with an open review of the same reason gets none (the database's partial unique index decides).
 */
@Service
public class PeriodicReviews {

  static final String PROCESS_KEY = "periodic-review";
  static final int BATCH_SIZE = 200;

  private final ApplicationCases cases;
  private final Enrolments enrolments;
  private final HouseholdRegistry households;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final TransactionTemplate newTransactions;
  private final Clock clock;
  private final ZoneId zone;

  PeriodicReviews(ApplicationCases cases, Enrolments enrolments, HouseholdRegistry households, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.cases = cases;
    this.enrolments = enrolments;
    this.households = households;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.newTransactions = new TransactionTemplate(transactionManager);
    // Triggers run after the import committed, when its transaction is still bound but can no longer commit.
    newTransactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * One household to review: its enrolment and the street of the case that enrolled it; the head member (applicant
   * of the review) and whether it was checked to have no open review of the reason, when the query that found it
   * already knew (null and false: asked when the review starts).
   */
  record Candidate(long enrolmentId, long householdId, String streetCode, String category, Long headMemberId,
      boolean openReviewChecked) {

    Candidate(long enrolmentId, long householdId, String streetCode, String category) {
      this(enrolmentId, householdId, streetCode, category, null, false);
    }
  }

  /** A scalar subquery for the head member (else the first active member) of the household {@code householdId}. */
  static String headMemberOf(String householdId) {
    return "(select m.id from household_members m where m.household_id = " + householdId + " and m.active"
        + " order by m.relation = 'HEAD' desc, m.id limit 1)";
  }

  /**
   * Starts a review of the household's current enrolment for {@code reason}, in a transaction of its own; empty
   * when the household already has an open review of that reason.
   *
   * @throws ApiException 404 when the household is not visible to the caller, 409 {@code NOT_ENROLLED} when it
   *     receives no assistance
   */
  public Optional<String> start(long householdId, ReviewReason reason, LocalDate dueOn, String detail) {
    return transactions.execute(status -> {
      Household household = households.require(householdId);
      Enrolments.Enrolment enrolment = enrolments.current(household.id())
          .orElseThrow(() -> ApiException.conflict("NOT_ENROLLED", java.util.Map.of()));
      AssistanceCase enrolledBy = cases.require(enrolment.caseNumber());
      return open(new Candidate(enrolment.id(), householdId, enrolledBy.streetCode(), enrolment.category()), reason,
          null, dueOn, detail);
    });
  }

  /** Like {@link #start}, for triggers without a caller to answer: a household no longer enrolled gets none. */
  Optional<String> startQuietly(long householdId, ReviewReason reason, LocalDate dueOn, String detail) {
    try {
      return newTransactions.execute(status -> start(householdId, reason, dueOn, detail));
    } catch (ApiException notEnrolled) {
      return Optional.empty();
    }
  }

  /** Starts a review of each candidate, each in its own transaction; returns how many were started. */
  int startAll(List<Candidate> candidates, ReviewReason reason, Long campaignId, String detail) {
    int started = 0;
    for (Candidate candidate : candidates) {
      Boolean opened = transactions.execute(status -> open(candidate, reason, campaignId, null, detail).isPresent());
      if (Boolean.TRUE.equals(opened)) {
        started++;
      }
    }
    return started;
  }

  private Optional<String> open(Candidate candidate, ReviewReason reason, Long campaignId, LocalDate dueOn,
      String detail) {
    Long head = candidate.headMemberId() != null ? candidate.headMemberId()
        : jdbc.queryForObject("select " + headMemberOf("?"), Long.class, candidate.householdId());
    if (head == null) {
      throw new IllegalStateException("Household without members");
    }
    return cases.openReview(new ApplicationCases.NewReview(candidate.householdId(), head,
        Category.valueOf(candidate.category()), candidate.streetCode(), candidate.enrolmentId(), reason.name(),
        campaignId, dueOn, !candidate.openReviewChecked()), PROCESS_KEY,
        detail == null ? "发起核查：" + label(reason) : "发起核查：" + label(reason) + "（" + detail + "）");
  }

  /**
   * Enrolments due for review on {@code today} (next review date reached), after enrolment {@code afterId}, at most
   * {@code limit}, in enrolment order: the keyset the scheduler walks.
   */
  List<Candidate> due(LocalDate today, long afterId, int limit) {
    return jdbc.query("""
        select e.id, e.household_id, c.street_code, e.category from enrolments e
          join cases c on c.case_number = e.case_number
        where e.status in ('ACTIVE', 'GRADUAL_EXIT') and e.next_review_on <= ? and e.id > ?
        order by e.id limit ?""", (rs, i) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3),
        rs.getString(4)), java.sql.Date.valueOf(today), afterId, limit);
  }

  /**
   * 刚性支出 enrolments that started at least a month before {@code today} and never had an expiry review, with
   * their start month (the caller compares it with the validity in force at their street).
   */
  List<java.util.Map.Entry<Candidate, LocalDate>> rigidRecognitions(LocalDate today, long afterId, int limit) {
    return jdbc.query("""
        select e.id, e.household_id, c.street_code, e.category, e.start_month from enrolments e
          join cases c on c.case_number = e.case_number
        where e.status = 'ACTIVE' and e.category = 'RIGID_EXPENDITURE' and e.start_month <= ? and e.id > ?
          and not exists (select 1 from cases r where r.enrolment_id = e.id
                          and r.review_reason = 'RIGID_EXPENSE_EXPIRY')
        order by e.id limit ?""", (rs, i) -> java.util.Map.entry(new Candidate(rs.getLong(1), rs.getLong(2),
        rs.getString(3), rs.getString(4)), rs.getDate(5).toLocalDate()),
        java.sql.Date.valueOf(today.minusMonths(1)), afterId, limit);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  static String label(ReviewReason reason) {
    return switch (reason) {
      case SCHEDULED -> "定期核查";
      case CAMPAIGN -> "集中核查";
      case REPORTED_CHANGE -> "家庭报告情况变化";
      case DEATH -> "家庭成员死亡";
      case DATA_MATCH -> "数据比对预警";
      case RIGID_EXPENSE_EXPIRY -> "刚性支出认定满12个月";
      case WORK_REFUSAL -> "连续3次拒绝推荐工作";
    };
  }
}
