package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.eligibility.CaseAssessments;
import cn.gov.civilaffairs.assistance.enrolment.Enrolments;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.verification.VerificationReport;
import cn.gov.civilaffairs.assistance.verification.VerificationReports;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of a review: its automatic proposal (outcome with every reason, from the eligibility rules on the
 * re-verified figures and the material-change threshold) and the decisions on it.
 */
@Service
@Transactional
public class ReviewRecords {

  /** Refused suitable job offers in a row that cost a member their share (DOMAIN.md, work obligation). */
  static final int REFUSALS_IN_A_ROW = 3;

  private final ApplicationCases cases;
  private final CaseAssessments assessments;
  private final VerificationReports reports;
  private final Enrolments enrolments;
  private final CaseTimeline timeline;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  ReviewRecords(ApplicationCases cases, CaseAssessments assessments, VerificationReports reports,
      Enrolments enrolments, CaseTimeline timeline, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.cases = cases;
    this.assessments = assessments;
    this.reports = reports;
    this.enrolments = enrolments;
    this.timeline = timeline;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The automatic proposal; {@code streetMayConfirm} is {@code review.streetMayConfirm} when it was made (whether
   * the street may confirm an unchanged or increased amount at all).
   */
  public record Proposal(long id, String caseNumber, long enrolmentId, ReviewOutcome outcome,
      BigDecimal currentBenefit, BigDecimal proposedBenefit, boolean materialChange, List<String> explanation,
      Long assessmentId, Long verificationReportId, Instant proposedAt, boolean streetMayConfirm) {

    /**
     * Whether the street may take {@code outcome} as the review's decision (DOMAIN.md: decrease, stop and gradual
     * exit are decided by the county, in writing): only the proposal itself, only an unchanged or increased
     * amount, and only where the street may confirm. Anything else is decided by the county.
     */
    public boolean streetMayDecide(ReviewOutcome outcome) {
      return streetMayConfirm && outcome == this.outcome
          && (outcome == ReviewOutcome.UNCHANGED || outcome == ReviewOutcome.INCREASE);
    }
  }

  /**
   * A decision on a review. {@code binding} false: a street's opinion the rules do not let the street take (it went
   * on to the county); the review ends with the newest binding decision.
   */
  public record Decision(long id, String caseNumber, String taskId, String level, ReviewOutcome outcome,
      BigDecimal monthlyBenefit, List<String> reasons, String note, String decidedBy, Instant decidedAt,
      boolean binding) {}

  /** The levels that decide a review. */
  static final String STREET = "STREET";
  static final String COUNTY = "COUNTY";

  /** What the process continues with after the proposal. */
  record Proposed(Proposal proposal, boolean streetMayConfirm) {}

  /** Proposes the review's outcome; a second call returns the first proposal. */
  Proposed propose(String caseNumber, long enrolmentId, Long verificationReportId) {
    AssistanceCase review = cases.require(caseNumber);
    VerificationReport report = verificationReportId == null ? null : reports.ofCase(caseNumber, verificationReportId);
    CaseAssessments.Outcome assessedOutcome = assessments.assess(review, 1, report);
    PolicySnapshot policy = assessedOutcome.policy();
    boolean streetMayConfirm = policy.bool(PolicyCatalogue.REVIEW_STREET_MAY_CONFIRM);
    Enrolments.Enrolment enrolment = enrolments.require(enrolmentId);
    BigDecimal threshold = policy.decimal(PolicyCatalogue.REVIEW_MATERIAL_CHANGE_YUAN);
    BigDecimal current = enrolment.monthlyBenefit();
    CaseAssessments.StoredAssessment assessment = assessedOutcome.assessment();
    List<String> explanation = new ArrayList<>();
    boolean dataChanged = report != null && !report.passed();
    if (report != null) {
      explanation.add(report.passed() ? "再次核对：各部门数据与申报一致"
          : "再次核对：发现 " + report.discrepancyCount() + " 处与申报不一致（容差 " + report.toleranceYuan() + " 元/月）");
    }
    BigDecimal assessed = assessment.monthlyBenefit();
    List<Long> refusing = membersRefusingWork(review.householdId());
    if (assessment.eligible() && !refusing.isEmpty() && assessed.signum() > 0) {
      int members = Math.max(1, activeMembers(review.householdId()));
      BigDecimal share = assessed.multiply(BigDecimal.valueOf(refusing.size()))
          .divide(BigDecimal.valueOf(members), 0, RoundingMode.HALF_UP);
      assessed = assessed.subtract(share).max(BigDecimal.ZERO);
      explanation.add(refusing.size() + " 名有劳动能力成员连续 " + REFUSALS_IN_A_ROW + " 次拒绝推荐的适当工作，核减其份额 "
          + share + " 元");
    }
    ReviewOutcome outcome;
    BigDecimal proposed;
    if (!assessment.eligible()) {
      boolean foundWork = report != null && foundWork(report);
      outcome = foundWork && "DIBAO".equals(enrolment.category()) ? ReviewOutcome.GRADUAL_EXIT : ReviewOutcome.STOP;
      proposed = outcome == ReviewOutcome.GRADUAL_EXIT ? current : BigDecimal.ZERO;
      explanation.add("按现行标准测算已不符合条件" + (outcome == ReviewOutcome.GRADUAL_EXIT
          ? "；收入增加系家庭成员就业所致，建议渐退（渐退期内照发原救助金）" : "，建议停发"));
    } else {
      BigDecimal difference = assessed.subtract(current);
      if (difference.abs().compareTo(threshold) < 0) {
        outcome = ReviewOutcome.UNCHANGED;
        proposed = current;
        explanation.add("测算每月 " + assessed + " 元，与现发 " + current + " 元相差不足 " + threshold + " 元，建议维持不变");
      } else if (difference.signum() > 0) {
        outcome = ReviewOutcome.INCREASE;
        proposed = assessed;
        explanation.add("测算每月 " + assessed + " 元，高于现发 " + current + " 元，建议增发");
      } else if (assessed.signum() == 0) {
        outcome = ReviewOutcome.STOP;
        proposed = BigDecimal.ZERO;
        explanation.add("测算救助金为 0 元，建议停发");
      } else {
        outcome = ReviewOutcome.DECREASE;
        proposed = assessed;
        explanation.add("测算每月 " + assessed + " 元，低于现发 " + current + " 元，建议减发");
      }
    }
    boolean material = dataChanged || outcome != ReviewOutcome.UNCHANGED;
    Instant proposedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // Insert first, look up only on a replay: a look-up per proposal is a query more in the common case.
    List<Long> inserted = jdbc.queryForList("""
        insert into review_proposals (case_number, enrolment_id, outcome, current_benefit, proposed_benefit,
          material_change, explanation, assessment_id, verification_report_id, proposed_at, street_may_confirm)
        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
        on conflict (case_number) do nothing returning id""", Long.class, caseNumber, enrolmentId,
        outcome.name(), current, proposed, material, toJson(explanation), assessment.id(), verificationReportId,
        Timestamp.from(proposedAt), streetMayConfirm);
    if (inserted.isEmpty()) {
      Proposal stored = proposal(caseNumber).orElseThrow();
      return new Proposed(stored, stored.streetMayConfirm());
    }
    long id = inserted.get(0);
    timeline.record(caseNumber, "review-proposal", "REVIEW_PROPOSED", null, "system",
        "核查建议：" + outcome.label() + "；" + String.join("；", explanation));
    return new Proposed(new Proposal(id, caseNumber, enrolmentId, outcome, current,
        proposed.setScale(2, RoundingMode.HALF_UP), material,
        List.copyOf(explanation), assessment.id(), verificationReportId, proposedAt, streetMayConfirm),
        streetMayConfirm);
  }

  /** Wage income found above the declaration for some member: someone found work. */
  private static boolean foundWork(VerificationReport report) {
    return report.content().members().stream().flatMap(member -> member.incomes().stream())
        .anyMatch(income -> income.kind() == cn.gov.civilaffairs.assistance.households.IncomeKind.WAGES
            && income.foundMonthly() != null
            && income.foundMonthly().subtract(income.declaredMonthly() == null ? BigDecimal.ZERO
                : income.declaredMonthly()).compareTo(report.toleranceYuan()) > 0);
  }

  /** Members whose last {@value #REFUSALS_IN_A_ROW} job offers were all refused. */
  List<Long> membersRefusingWork(long householdId) {
    return jdbc.queryForList("""
        select member_id from (
          select member_id, refused, row_number() over (partition by member_id order by offered_on desc, id desc) n
          from job_offers where household_id = ?) recent
        where n <= ? group by member_id having count(*) = ? and bool_and(refused)""", Long.class, householdId,
        REFUSALS_IN_A_ROW, REFUSALS_IN_A_ROW);
  }

  private int activeMembers(long householdId) {
    Integer count = jdbc.queryForObject("select count(*) from household_members where household_id = ?"
        + " and active", Integer.class, householdId);
    return count == null ? 0 : count;
  }

  @Transactional(readOnly = true)
  public Optional<Proposal> proposal(String caseNumber) {
    return jdbc.query("""
        select id, case_number, enrolment_id, outcome, current_benefit, proposed_benefit, material_change,
          explanation::text, assessment_id, verification_report_id, proposed_at, street_may_confirm
        from review_proposals where case_number = ?""", (rs, i) -> new Proposal(rs.getLong(1), rs.getString(2),
        rs.getLong(3), ReviewOutcome.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getBigDecimal(6),
        rs.getBoolean(7), readList(rs.getString(8)), (Long) rs.getObject(9), (Long) rs.getObject(10),
        rs.getTimestamp(11).toInstant(), rs.getBoolean(12)), caseNumber).stream().findFirst();
  }

  /**
   * Who decides the review, from its stored proposal (never from a form): the street where it may decide the
   * proposed outcome and the caseworker's opinion, if recorded, agrees with it; the county otherwise. Recorded on
   * the case timeline once.
   */
  String route(String caseNumber, String caseworkerOpinion) {
    Proposal proposal = proposal(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No proposal on review " + caseNumber));
    boolean agrees = caseworkerOpinion == null || caseworkerOpinion.equals(proposal.outcome().name());
    String level = agrees && proposal.streetMayDecide(proposal.outcome()) ? STREET : COUNTY;
    String why;
    if (STREET.equals(level)) {
      why = "核查建议" + proposal.outcome().label() + "，由街道确认";
    } else if (proposal.outcome().needsNotice()) {
      why = "核查建议" + proposal.outcome().label() + "，须由县级决定并书面说明理由";
    } else if (!agrees) {
      why = "经办人意见与核查建议（" + proposal.outcome().label() + "）不同，由县级决定";
    } else {
      why = "本地未授权街道确认核查结果，由县级决定";
    }
    timeline.record(caseNumber, "review-route", "REVIEW_ROUTED", null, "system", why);
    return level;
  }

  /**
   * Records a decision on the review, once per task. A street decision binds only where the proposal lets the
   * street take it ({@link Proposal#streetMayDecide}); otherwise it is kept as the street's opinion and the county
   * decides.
   */
  Decision decide(String caseNumber, String taskId, String level, ReviewOutcome outcome, BigDecimal benefit,
      List<String> reasons, String note, String username) {
    boolean binding = COUNTY.equals(level)
        || proposal(caseNumber).map(proposal -> proposal.streetMayDecide(outcome)).orElse(false);
    jdbc.update("""
        insert into review_decisions (case_number, task_id, level, outcome, monthly_benefit, reasons, note,
          decided_by, decided_at, binding) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
        on conflict (task_id) do nothing""", caseNumber, taskId, level, outcome.name(), benefit, toJson(reasons),
        note, username, Timestamp.from(clock.instant()), binding);
    timeline.record(caseNumber, "review-decision:" + taskId, "REVIEW_DECIDED", null, username,
        (COUNTY.equals(level) ? "县级决定：" : binding ? "街道确认：" : "街道意见（报县级决定）：") + outcome.label()
            + "，每月 " + benefit + " 元" + (reasons.isEmpty() ? "" : "；理由：" + String.join("；", reasons)));
    return decisions(caseNumber).stream().filter(decision -> decision.taskId().equals(taskId)).findFirst()
        .orElseThrow();
  }

  /** The decisions of a review, newest first. */
  @Transactional(readOnly = true)
  public List<Decision> decisions(String caseNumber) {
    return jdbc.query("""
        select id, case_number, task_id, level, outcome, monthly_benefit, reasons::text, note, decided_by, decided_at,
          binding
        from review_decisions where case_number = ? order by decided_at desc, id desc""",
        (rs, i) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            ReviewOutcome.valueOf(rs.getString(5)), rs.getBigDecimal(6), readList(rs.getString(7)), rs.getString(8),
            rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getBoolean(11)), caseNumber);
  }

  /**
   * The decision the review ends with: the newest binding one. None (a model that skipped the county after a
   * street opinion the street may not take) is a failure, so the enrolment is never changed by it.
   */
  Decision finalDecision(String caseNumber) {
    return decisions(caseNumber).stream().filter(Decision::binding).findFirst()
        .orElseThrow(() -> new IllegalStateException("No binding decision on review " + caseNumber));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> readList(String text) {
    try {
      JsonNode node = json.readTree(text);
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      return items;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
