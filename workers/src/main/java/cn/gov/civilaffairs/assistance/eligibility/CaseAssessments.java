package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshots;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.verification.VerificationReport;
import cn.gov.civilaffairs.assistance.verification.VerificationReports;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses a case with the rules and parameters in force today, on the household's current facts (what its file
 * holds now, so a re-assessment after a re-investigation counts what was recorded) next to what the case's newest
 * verification report found (the larger figure counts, see {@link HouseholdFacts#withFound}), and keeps every
 * assessment with its explanation, rules version and parameter version.
 */
@Service
@Transactional
public class CaseAssessments {

  private final ApplicationCases cases;
  private final HouseholdSnapshots households;
  private final PolicyParameters parameters;
  private final VerificationReports reports;
  private final CaseTimeline timeline;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId zone;

  CaseAssessments(ApplicationCases cases, HouseholdSnapshots households, PolicyParameters parameters,
      VerificationReports reports, CaseTimeline timeline, JdbcTemplate jdbc, ObjectMapper json, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.cases = cases;
    this.households = households;
    this.parameters = parameters;
    this.reports = reports;
    this.timeline = timeline;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.zone = zone;
  }

  /** A stored assessment: the rules' result with what it was based on. */
  public record StoredAssessment(long id, String caseNumber, int round, String category, boolean eligible,
      BigDecimal monthlyBenefit, JsonNode result, String rulesVersion, String parameterVersion,
      Long verificationReportId, Instant assessedAt) {}

  /** What the process needs from an assessment, and the policy it was made under. */
  public record Outcome(StoredAssessment assessment, PolicySnapshot policy) {}

  /**
   * Assesses round {@code round} of the case against its newest verification report (none: the declaration
   * alone); the same round again returns the stored assessment.
   */
  public Outcome assess(String caseNumber, int round) {
    return assess(cases.require(caseNumber), round, () -> reports.newestOfCase(caseNumber).orElse(null));
  }

  /**
   * Like {@link #assess(String, int)} for a case the caller already holds, with its newest report the caller
   * already read (null: the declaration alone).
   */
  public Outcome assess(AssistanceCase assistanceCase, int round, VerificationReport report) {
    return assess(assistanceCase, round, () -> report);
  }

  private Outcome assess(AssistanceCase assistanceCase, int round, Supplier<VerificationReport> newestReport) {
    String caseNumber = assistanceCase.caseNumber();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    PolicySnapshot policy = parameters.snapshot(assistanceCase.streetCode(), today);
    VerificationReport report = newestReport.get();
    HouseholdFacts facts = HouseholdEligibility.counted(households.require(assistanceCase.householdId()), today,
        policy, report);
    Assessment assessment = EligibilityRules.assess(facts, policy, assistanceCase.category(), today);
    Long reportId = report == null ? null : report.id();
    Instant assessedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    JsonNode result = json.valueToTree(assessment);
    // Insert first, look up only on a replay: a look-up per assessment is a query more in the common case.
    List<Long> inserted = jdbc.queryForList("""
        insert into eligibility_assessments (case_number, round, category, eligible, monthly_benefit, result,
          rules_version, parameter_version, verification_report_id, assessed_at)
        values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)
        on conflict (case_number, round) do nothing returning id""", Long.class, caseNumber, round,
        assistanceCase.category().name(), assessment.eligible(), assessment.monthlyBenefit(), toJson(result),
        assessment.rulesVersion(), assessment.parameterVersion(), reportId, Timestamp.from(assessedAt));
    if (inserted.isEmpty()) {
      return new Outcome(select("case_number = ? and round = ?", caseNumber, round).get(0), policy);
    }
    long id = inserted.get(0);
    timeline.record(caseNumber, "assessment:" + round, "ASSESSED", null, "system",
        (assessment.eligible() ? "测算结果：符合条件，每月 " + assessment.monthlyBenefit() + " 元" : "测算结果：不符合条件")
            + "（规则版本 " + assessment.rulesVersion() + "）");
    return new Outcome(new StoredAssessment(id, caseNumber, round, assistanceCase.category().name(),
        assessment.eligible(), assessment.monthlyBenefit(), result, assessment.rulesVersion(),
        assessment.parameterVersion(), reportId, assessedAt), policy);
  }

  /** The assessments of a case, newest first (404 outside the caller's scope). */
  @Transactional(readOnly = true)
  public List<StoredAssessment> ofCase(String caseNumber) {
    cases.require(caseNumber);
    return select("case_number = ? order by round desc", caseNumber);
  }

  private List<StoredAssessment> select(String condition, Object... arguments) {
    return jdbc.query("""
        select id, case_number, round, category, eligible, monthly_benefit, result::text, rules_version,
          parameter_version, verification_report_id, assessed_at from eligibility_assessments where """ + " " + condition,
        (rs, i) -> new StoredAssessment(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getBoolean(5), rs.getBigDecimal(6), read(rs.getString(7)), rs.getString(8), rs.getString(9),
            (Long) rs.getObject(10), rs.getTimestamp(11).toInstant()), arguments);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
