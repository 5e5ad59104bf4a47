package cn.gov.civilaffairs.assistance.enrolment;

import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.decisions.CaseDecisions;
import cn.gov.civilaffairs.assistance.households.EmploymentStatus;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The households receiving assistance, one enrolment per approved case. */
@Service
@Transactional
public class Enrolments {

  /** Reviews every 12 months; every 6 where a member able to work has no stable job (DOMAIN.md, periodic review). */
  static final int STABLE_REVIEW_MONTHS = 12;
  static final int UNSTABLE_REVIEW_MONTHS = 6;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  Enrolments(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Enrolment(long id, long householdId, String caseNumber, String category, BigDecimal monthlyBenefit,
      LocalDate startMonth, LocalDate nextReviewOn, String status, long decisionId, Instant enrolledAt) {}

  /** Enrols the household of an approved case; a second call for the same case returns the first enrolment. */
  Enrolment enrol(AssistanceCase assistanceCase, Household household, CaseDecisions.Decision approval) {
    LocalDate nextReview = approval.startMonth().plusMonths(reviewMonths(household));
    jdbc.update("""
        insert into enrolments (household_id, case_number, category, monthly_benefit, start_month, next_review_on,
          status, decision_id, enrolled_at) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
        on conflict (case_number) do nothing""", household.id(), assistanceCase.caseNumber(),
        assistanceCase.category().name(), approval.monthlyBenefit(), Date.valueOf(approval.startMonth()),
        Date.valueOf(nextReview), approval.id(), Timestamp.from(clock.instant()));
    return ofCase(assistanceCase.caseNumber()).orElseThrow();
  }

  /** Months between reviews for this household. */
  public static int reviewMonths(Household household) {
    boolean unstable = household.activeMembers().stream().anyMatch(member -> member.workAbility() != WorkAbility.NONE
        && member.employmentStatus() != EmploymentStatus.EMPLOYED
        && member.employmentStatus() != EmploymentStatus.RETIRED
        && member.employmentStatus() != EmploymentStatus.NOT_OF_WORKING_AGE);
    return unstable ? UNSTABLE_REVIEW_MONTHS : STABLE_REVIEW_MONTHS;
  }

  @Transactional(readOnly = true)
  public Optional<Enrolment> ofCase(String caseNumber) {
    return select("case_number = ?", caseNumber).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Enrolment> ofHousehold(long householdId) {
    return select("household_id = ? order by id desc", householdId);
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
