package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshots;
import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.Declaration;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.Member;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Economic verification of a household for a case: asks every source about every current member, compares with
 * the declaration and keeps the report. One report per case and round; asking again returns it.
 */
@Service
@Transactional
public class VerificationReports {

  private static final String COLUMNS = "id, case_number, round, household_id, as_of, passed, discrepancy_count,"
      + " tolerance_yuan, created_at, content";

  private final VerificationSources sources;
  private final HouseholdSnapshots households;
  private final ApplicationCases cases;
  private final VerificationProperties properties;
  private final PolicyParameters policy;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final AuditLog audit;
  private final Clock clock;

  VerificationReports(VerificationSources sources, HouseholdSnapshots households, ApplicationCases cases,
      VerificationProperties properties, PolicyParameters policy, JdbcTemplate jdbc, ObjectMapper json,
      AuditLog audit, Clock clock) {
    this.policy = policy;
    this.sources = sources;
    this.households = households;
    this.cases = cases;
    this.properties = properties;
    this.jdbc = jdbc;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The report of the case's verification round, made now from the sources as of {@code asOf} unless it exists
   * (a replay asks the sources again and answers the stored report).
   *
   * @throws SourceUnavailableException a source did not answer; no report is made (never "nothing found")
   */
  public VerificationReport verify(String caseNumber, long householdId, int round, LocalDate asOf)
      throws SourceUnavailableException {
    HouseholdSnapshot household = households.require(householdId);
    VerificationReport.Content content = compare(household, asOf);
    boolean passed = content.discrepancies().isEmpty();
    Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // Insert first, look up only on a replay: a look-up per report is a query more in the common case.
    List<Long> inserted = jdbc.queryForList("""
        insert into verification_reports (case_number, round, household_id, as_of, passed, discrepancy_count,
          tolerance_yuan, content, created_at) values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
        on conflict (case_number, round) do nothing returning id""",
        Long.class, caseNumber, round, householdId, asOf, passed, content.discrepancies().size(),
        properties.toleranceYuan(), toJson(content), Timestamp.from(createdAt));
    if (inserted.isEmpty()) {
      return find(caseNumber, round).orElseThrow();
    }
    long id = inserted.get(0);
    audit.record(AuditLog.Entry.of("VERIFICATION_REPORT_CREATED", "verification-report", id).inCase(caseNumber)
        .in(household.communityCode())
        .change(null, Map.of("round", round, "passed", passed, "discrepancies", content.discrepancies().size())));
    return new VerificationReport(id, caseNumber, round, householdId, asOf, passed, content.discrepancies().size(),
        properties.toleranceYuan(), createdAt, content);
  }

  /**
   * What the sources say against the household's declaration as of {@code asOf}, without keeping a report: the
   * data match that decides whether new income or assets warrant a review.
   */
  @Transactional(readOnly = true)
  public VerificationReport.Content compare(long householdId, LocalDate asOf) throws SourceUnavailableException {
    return compare(households.require(householdId), asOf);
  }

  private VerificationReport.Content compare(HouseholdSnapshot household, LocalDate asOf)
      throws SourceUnavailableException {
    Declaration declaration = declarationOf(household);
    Map<String, List<SourceAnswer>> byResident = sources.answers(
        declaration.members().stream().map(Member::residentId).distinct().toList(), asOf);
    Map<Long, List<SourceAnswer>> answers = new LinkedHashMap<>();
    for (Member member : declaration.members()) {
      answers.put(member.id(), byResident.get(member.residentId()));
    }
    IncomeWindow window = IncomeWindow.before(asOf,
        policy.snapshot(household.communityCode(), asOf).incomeWindowMonths());
    return new EconomyComparison(properties.toleranceYuan(), properties.assetToleranceYuan())
        .compare(declaration, answers, window);
  }

  /** The reports of a case, newest first; 404 outside the caller's jurisdiction. */
  @Transactional(readOnly = true)
  public List<VerificationReport> ofCase(String caseNumber) {
    cases.require(caseNumber);
    return jdbc.query("select " + COLUMNS + " from verification_reports where case_number = ?"
        + " order by created_at desc, id desc", this::report, caseNumber);
  }

  /** One report; 404 when it does not exist or its case is outside the caller's jurisdiction. */
  @Transactional(readOnly = true)
  public VerificationReport get(long reportId) {
    VerificationReport report = jdbc.query("select " + COLUMNS + " from verification_reports where id = ?",
        this::report, reportId).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound("VERIFICATION_REPORT_NOT_FOUND"));
    try {
      cases.require(report.caseNumber());
    } catch (ApiException outside) {
      throw ApiException.notFound("VERIFICATION_REPORT_NOT_FOUND");
    }
    return report;
  }

  /**
   * The newest report of a case the caller already holds (no second jurisdiction check): what a (re-)assessment
   * compares the declaration with.
   */
  @Transactional(readOnly = true)
  public Optional<VerificationReport> newestOfCase(String caseNumber) {
    return jdbc.query("select " + COLUMNS + " from verification_reports where case_number = ?"
        + " order by created_at desc, id desc limit 1", this::report, caseNumber).stream().findFirst();
  }

  /**
   * A report of a case the caller already holds (no second jurisdiction check); 404 when the report does not exist
   * or belongs to another case.
   */
  @Transactional(readOnly = true)
  public VerificationReport ofCase(String caseNumber, long reportId) {
    return jdbc.query("select " + COLUMNS + " from verification_reports where id = ? and case_number = ?",
        this::report, reportId, caseNumber).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound("VERIFICATION_REPORT_NOT_FOUND"));
  }

  /** The newest report of any case of a household (no jurisdiction check: the caller holds the household). */
  @Transactional(readOnly = true)
  public Optional<VerificationReport> newestOfHousehold(long householdId) {
    return jdbc.query("select " + COLUMNS + " from verification_reports where household_id = ?"
        + " order by created_at desc, id desc limit 1", this::report, householdId).stream().findFirst();
  }

  private Optional<VerificationReport> find(String caseNumber, int round) {
    return jdbc.query("select " + COLUMNS + " from verification_reports where case_number = ? and round = ?",
        this::report, caseNumber, round).stream().findFirst();
  }

  private static Declaration declarationOf(HouseholdSnapshot household) {
    return new Declaration(
        household.activeMembers().stream().map(m -> new Member(m.id(), m.name(), m.residentId())).toList(),
        household.currentIncomes(), household.currentAssets());
  }

  private VerificationReport report(ResultSet row, int n) throws SQLException {
    try {
      return new VerificationReport(row.getLong("id"), row.getString("case_number"), row.getInt("round"),
          row.getLong("household_id"), row.getObject("as_of", LocalDate.class), row.getBoolean("passed"),
          row.getInt("discrepancy_count"), row.getBigDecimal("tolerance_yuan"),
          row.getTimestamp("created_at").toInstant(),
          json.readValue(row.getString("content"), VerificationReport.Content.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable verification report " + row.getLong("id"), e);
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
