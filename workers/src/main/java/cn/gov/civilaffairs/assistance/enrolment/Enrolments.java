package cn.gov.civilaffairs.assistance.enrolment;

import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.decisions.CaseDecisions;
import cn.gov.civilaffairs.assistance.households.EmploymentStatus;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The households receiving assistance, one enrolment per approved case. */
@Service
@Transactional
public class Enrolments {

  private final JdbcTemplate jdbc;
  private final PolicyParameters policy;
  private final Clock clock;
  private final ZoneId zone;

  Enrolments(JdbcTemplate jdbc, PolicyParameters policy, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.clock = clock;
    this.zone = zone;
  }

  public record Enrolment(long id, long householdId, String caseNumber, String category, BigDecimal monthlyBenefit,
      LocalDate startMonth, LocalDate nextReviewOn, String status, long decisionId, Instant enrolledAt) {}

  /** Enrols the household of an approved case; a second call for the same case returns the first enrolment. */
  Enrolment enrol(AssistanceCase assistanceCase, Household household, CaseDecisions.Decision approval) {
    LocalDate nextReview = approval.startMonth().plusMonths(reviewMonths(household,
        policy.snapshot(assistanceCase.streetCode(), clock.instant().atZone(zone).toLocalDate())));
    jdbc.update("""
        insert into enrolments (household_id, case_number, category, monthly_benefit, start_month, next_review_on,
          status, decision_id, enrolled_at) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
        on conflict (case_number) do nothing""", household.id(), assistanceCase.caseNumber(),
        assistanceCase.category().name(), approval.monthlyBenefit(), Date.valueOf(approval.startMonth()),
        Date.valueOf(nextReview), approval.id(), Timestamp.from(clock.instant()));
    return ofCase(assistanceCase.caseNumber()).orElseThrow();
  }

  /**
   * Months between reviews for this household under {@code policy}: {@code review.unstableMonths} (6 by default)
   * where a member able to work has no stable job, else {@code review.stableMonths} (12) (DOMAIN.md, periodic
   * review).
   */
  public static int reviewMonths(Household household, PolicySnapshot policy) {
    boolean unstable = household.activeMembers().stream().anyMatch(member -> member.workAbility() != WorkAbility.NONE
        && member.employmentStatus() != EmploymentStatus.EMPLOYED
        && member.employmentStatus() != EmploymentStatus.RETIRED
        && member.employmentStatus() != EmploymentStatus.NOT_OF_WORKING_AGE);
    return policy.integer(unstable ? PolicyCatalogue.REVIEW_UNSTABLE_MONTHS : PolicyCatalogue.REVIEW_STABLE_MONTHS);
  }

  /** Months between reviews for the household of {@code assistanceCase} under the policy in force today. */
  public int reviewMonths(AssistanceCase assistanceCase, Household household) {
    return reviewMonths(household, policy.snapshot(assistanceCase.streetCode(),
        clock.instant().atZone(zone).toLocalDate()));
  }

  @Transactional(readOnly = true)
  public Optional<Enrolment> ofCase(String caseNumber) {
    return select("case_number = ?", caseNumber).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Enrolment> ofHousehold(long householdId) {
    return select("household_id = ? order by id desc", householdId);
  }

  /** One enrolment. */
  @Transactional(readOnly = true)
  public Enrolment require(long enrolmentId) {
    return select("id = ?", enrolmentId).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No enrolment " + enrolmentId));
  }

  /** The household's enrolment still paying (active or in its gradual exit), if any. */
  @Transactional(readOnly = true)
  public Optional<Enrolment> current(long householdId) {
    return select("household_id = ? and status in ('ACTIVE', 'GRADUAL_EXIT') order by id desc limit 1", householdId)
        .stream().findFirst();
  }

  /** What a review did to an enrolment. */
  public record Change(long enrolmentId, String caseNumber, String outcome, BigDecimal oldBenefit,
      BigDecimal newBenefit, LocalDate effectiveMonth, LocalDate nextReviewOn, LocalDate gradualExitUntil) {}

  /**
   * Applies a review's decision from {@code effectiveMonth} (the month after the decision): a new amount, the end
   * of payments (STOP), or a gradual exit paying the current amount until {@code gradualExitUntil}. Keyed by the
   * review: applying it again changes nothing and returns the first change.
   */
  public Change applyReview(long enrolmentId, String caseNumber, String outcome, BigDecimal newBenefit,
      LocalDate effectiveMonth, LocalDate nextReviewOn, LocalDate gradualExitUntil) {
    jdbc.queryForObject("select id from enrolments where id = ? for update", Long.class, enrolmentId);
    Enrolment enrolment = require(enrolmentId);
    int inserted = jdbc.update("""
        insert into enrolment_changes (enrolment_id, case_number, kind, outcome, old_benefit, new_benefit,
          effective_month, next_review_on, changed_at) values (?, ?, 'REVIEW_DECISION', ?, ?, ?, ?, ?, ?)
        on conflict (case_number, kind) do nothing""", enrolmentId, caseNumber, outcome,
        enrolment.monthlyBenefit(), newBenefit, Date.valueOf(effectiveMonth),
        nextReviewOn == null ? null : Date.valueOf(nextReviewOn), Timestamp.from(clock.instant()));
    if (inserted == 1) {
      switch (outcome) {
        case "STOP" -> jdbc.update("update enrolments set status = 'ENDED', ended_on = ? where id = ?",
            Date.valueOf(effectiveMonth), enrolmentId);
        case "GRADUAL_EXIT" -> jdbc.update("""
            update enrolments set status = 'GRADUAL_EXIT', gradual_exit_until = ?, next_review_on = ? where id = ?""",
            Date.valueOf(gradualExitUntil), Date.valueOf(gradualExitUntil), enrolmentId);
        default -> jdbc.update("update enrolments set monthly_benefit = ?, next_review_on = ? where id = ?",
            newBenefit, Date.valueOf(nextReviewOn), enrolmentId);
      }
    }
    return jdbc.queryForObject("""
        select c.enrolment_id, c.case_number, c.outcome, c.old_benefit, c.new_benefit, c.effective_month,
          c.next_review_on, e.gradual_exit_until from enrolment_changes c join enrolments e on e.id = c.enrolment_id
        where c.case_number = ? and c.kind = 'REVIEW_DECISION'""", (rs, i) -> new Change(rs.getLong(1),
        rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getDate(6).toLocalDate(),
        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate()), caseNumber);
  }

  /** Ends a gradual exit: no payment from {@code effectiveMonth}. Idempotent per review. */
  public void endGradualExit(long enrolmentId, String caseNumber, LocalDate effectiveMonth) {
    Enrolment enrolment = require(enrolmentId);
    int inserted = jdbc.update("""
        insert into enrolment_changes (enrolment_id, case_number, kind, outcome, old_benefit, new_benefit,
          effective_month, changed_at) values (?, ?, 'GRADUAL_EXIT_ENDED', 'STOP', ?, 0, ?, ?)
        on conflict (case_number, kind) do nothing""", enrolmentId, caseNumber, enrolment.monthlyBenefit(),
        Date.valueOf(effectiveMonth), Timestamp.from(clock.instant()));
    if (inserted == 1) {
      jdbc.update("update enrolments set status = 'ENDED', ended_on = ? where id = ?", Date.valueOf(effectiveMonth),
          enrolmentId);
    }
  }

  private List<Enrolment> select(String condition, Object... arguments) {
    return jdbc.query("""
        select id, household_id, case_number, category, monthly_benefit, start_month, next_review_on, status,
          decision_id, enrolled_at from enrolments where """ + " " + condition,
        (rs, i) -> new Enrolment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
            rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getString(8), rs.getLong(9),
            rs.getTimestamp(10).toInstant()), arguments);
  }
}
