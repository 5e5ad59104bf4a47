package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opinions and decisions on a case, each with the assessment and parameter version it relied on. */
@Service
@Transactional
public class CaseDecisions {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId zone;
  private final AuditLog audit;
  private final CaseTimeline timeline;
  private final ApplicationCases cases;

  CaseDecisions(JdbcTemplate jdbc, ObjectMapper json, Clock clock, @Value("${app.zone}") ZoneId zone, AuditLog audit,
      CaseTimeline timeline, ApplicationCases cases) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.zone = zone;
    this.audit = audit;
    this.timeline = timeline;
    this.cases = cases;
  }

  public enum Kind {
    FIRST_OPINION,
    DECISION
  }

  /** The newest assessment of a case, as far as a decision needs it. */
  public record AssessmentRef(long id, boolean eligible, BigDecimal monthlyBenefit, String parameterVersion) {}

  public record Decision(long id, String caseNumber, String taskId, Kind kind, String level, String decision,
      BigDecimal monthlyBenefit, LocalDate startMonth, List<String> reasons, String note, Long assessmentId,
      String parameterVersion, String decidedBy, Instant decidedAt) {}

  public Optional<AssessmentRef> latestAssessment(String caseNumber) {
    return jdbc.query("""
        select id, eligible, monthly_benefit, parameter_version from eligibility_assessments
        where case_number = ? order by round desc limit 1""",
        (rs, i) -> new AssessmentRef(rs.getLong(1), rs.getBoolean(2), rs.getBigDecimal(3), rs.getString(4)),
        caseNumber).stream().findFirst();
  }

  /**
   * Records an opinion or decision made at a task. An approval takes the assessed monthly benefit and starts
   * the month after the decision.
   */
  Decision record(String caseNumber, String taskId, Kind kind, String level, DecisionForm form,
      AssessmentRef assessment, String actor) {
    Instant now = clock.instant();
    boolean approvedBenefit = kind == Kind.DECISION && form.approves();
    BigDecimal amount = approvedBenefit ? assessment.monthlyBenefit() : null;
    LocalDate startMonth = approvedBenefit ? now.atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(1) : null;
    Long id = jdbc.queryForObject("""
        insert into case_decisions (case_number, task_id, kind, level, decision, monthly_benefit, start_month,
          reasons, note, assessment_id, parameter_version, decided_by, decided_at)
        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?) returning id""", Long.class,
        caseNumber, taskId, kind.name(), level, form.decision(), amount,
        startMonth == null ? null : Date.valueOf(startMonth), toJson(form.reasons()), form.note(),
        assessment == null ? null : assessment.id(), assessment == null ? null : assessment.parameterVersion(),
        actor, Timestamp.from(now));
    Decision decision = new Decision(id, caseNumber, taskId, kind, level, form.decision(), amount, startMonth,
        form.reasons(), form.note(), assessment == null ? null : assessment.id(),
        assessment == null ? null : assessment.parameterVersion(), actor, now);
    String label = (kind == Kind.FIRST_OPINION ? "初审意见：" : "审批决定：") + (form.approves() ? "同意" : "不同意")
        + (form.reasons().isEmpty() ? "" : "（" + String.join("；", form.reasons()) + "）");
    timeline.record(caseNumber, "decision:" + id, kind.name(), null, actor, label);
    audit.record(AuditLog.Entry.of(kind == Kind.FIRST_OPINION ? "FIRST_OPINION_GIVEN" : "CASE_DECIDED",
        "case", caseNumber).inCase(caseNumber).change(null, Map.of("decision", form.decision(),
            "reasons", form.reasons(), "level", level)));
    return decision;
  }

  /** The case's opinions and decisions, oldest first (404 outside the caller's scope). */
  @Transactional(readOnly = true)
  public List<Decision> of(String caseNumber) {
    cases.require(caseNumber);
    return select("case_number = ? order by id", caseNumber);
  }

  /** The newest approving or refusing decision of a case (not a first opinion). */
  @Transactional(readOnly = true)
  public Optional<Decision> finalDecision(String caseNumber) {
    return select("case_number = ? and kind = 'DECISION' order by id desc limit 1", caseNumber).stream()
        .findFirst();
  }

  private List<Decision> select(String condition, Object... arguments) {
    return jdbc.query("""
        select id, case_number, task_id, kind, level, decision, monthly_benefit, start_month, reasons::text, note,
          assessment_id, parameter_version, decided_by, decided_at from case_decisions where """ + " " + condition,
        (rs, i) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3),
            Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
            rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), readReasons(rs.getString(9)),
            rs.getString(10), (Long) rs.getObject(11), rs.getString(12), rs.getString(13),
            rs.getTimestamp(14).toInstant()), arguments);
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> readReasons(String text) {
    try {
      return List.of(json.readValue(text, String[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
