package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.PlanViews.Plan;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals (转办) of plan measures to the departments that deliver them: one {@code agreement-referral} process per
 * measure, so a measure is tracked after the agreement and the application that called it have ended. Keyed by the
 * referral row, so a replayed job changes nothing.
 */
@Service
@Transactional
public class AgreementReferrals {

  static final String PROCESS_KEY = "agreement-referral";
  static final String FEEDBACK_STEP = "UserTask_RecordReferralFeedback";
  private static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 30);

  private final AssistancePlans plans;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId zone;

  AgreementReferrals(AssistancePlans plans, RuntimeService runtime, HistoryService history, JdbcTemplate jdbc,
      ObjectMapper json, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.plans = plans;
    this.runtime = runtime;
    this.history = history;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Opens a referral, with its own process, for every measure of the case's activated plan that another department
   * delivers and that is neither referred nor closed yet; answers how many were opened (0 on a replay).
   */
  public int start(String caseNumber) {
    Plan plan = plans.ofCase(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No assistance plan for case " + caseNumber));
    int started = 0;
    for (PlanViews.Measure measure : plans.referrals(plan.id())) {
      if (measure.status() != MeasureStatus.PLANNED) {
        continue;
      }
      List<Long> inserted = jdbc.queryForList("""
          insert into plan_referrals (plan_id, measure_id, measure_code, plan_version, case_number, household_id,
            street_code, department, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (measure_id) where closed_at is null do nothing returning id""", Long.class, plan.id(),
          measure.id(), measure.measureCode(), plan.version(), plan.caseNumber(), plan.householdId(),
          plan.streetCode(), measure.department(), Timestamp.from(clock.instant()));
      for (Long referralId : inserted) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("streetCode", plan.streetCode());
        variables.put("districtCode", plan.streetCode().substring(0, 6));
        variables.put("householdId", plan.householdId());
        variables.put("planId", plan.id());
        variables.put("measureId", measure.id());
        variables.put("referralId", referralId);
        variables.put("department", measure.department());
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, plan.caseNumber(), variables).getId();
        jdbc.update("update plan_referrals set process_instance_id = ? where id = ?", instance, referralId);
        started++;
      }
    }
    return started;
  }

  /** Refers the measure to its department (转办); due at the end of the measure's due day. */
  public OffsetDateTime refer(long referralId) {
    Map<String, Object> referral = row(referralId);
    long measureId = ((Number) referral.get("measure_id")).longValue();
    plans.markReferred(measureId);
    LocalDate dueOn = jdbc.queryForList("select due_on from plan_measures where id = ?", Date.class, measureId)
        .stream().findFirst().map(Date::toLocalDate).orElse(LocalDate.now(clock.withZone(zone)));
    OffsetDateTime due = dueOn.atTime(END_OF_OFFICE_DAY).atZone(zone).toOffsetDateTime();
    jdbc.update("""
        update plan_referrals set referred_at = coalesce(referred_at, ?), due_at = coalesce(due_at, ?) where id = ?""",
        Timestamp.from(clock.instant()), Timestamp.from(due.toInstant()), referralId);
    return ((Timestamp) row(referralId).get("due_at")).toInstant().atZone(zone).toOffsetDateTime();
  }

  /**
   * Closes the referral and its measure as done or not done with the department's answer. An answer entered at the
   * step in the task inbox (not through the referral inbox) is taken from that step's completion.
   */
  public void close(long referralId, boolean delivered) {
    Map<String, Object> referral = row(referralId);
    if (referral.get("closed_at") != null) {
      return;
    }
    if (referral.get("entered_by") == null) {
      copyAnswerFromStep(referralId, (String) referral.get("process_instance_id"), delivered);
      referral = row(referralId);
    }
    String note = evidenceNote(delivered, (String) referral.get("answered_by"), (Date) referral.get("answered_on"),
        (String) referral.get("answer_note"));
    plans.closeReferral(((Number) referral.get("plan_id")).longValue(),
        ((Number) referral.get("measure_id")).longValue(), delivered, note);
    jdbc.update("update plan_referrals set closed_at = ? where id = ? and closed_at is null",
        Timestamp.from(clock.instant()), referralId);
  }

  private void copyAnswerFromStep(long referralId, String processInstanceId, boolean delivered) {
    List<HistoricTaskInstance> steps = processInstanceId == null ? List.of() : history.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).taskDefinitionKey(FEEDBACK_STEP).finished().list();
    for (HistoricTaskInstance step : steps) {
      List<Map<String, Object>> completions = jdbc.queryForList(
          "select username, data::text as data, completed_at from task_completions where task_id = ?", step.getId());
      if (completions.isEmpty()) {
        continue;
      }
      Map<String, Object> completion = completions.get(0);
      JsonNode data = readTree((String) completion.get("data"));
      jdbc.update("""
          update plan_referrals set delivered = ?, answer_note = ?, answered_by = ?, answered_on = ?, entered_by = ?,
            entered_as = 'STREET', entered_at = ? where id = ? and entered_by is null""", delivered,
          text(data, "feedback"), text(data, "answeredBy"), date(text(data, "answeredOn")),
          completion.get("username"), completion.get("completed_at"), referralId);
      return;
    }
  }

  static String evidenceNote(boolean delivered, String answeredBy, Date answeredOn, String note) {
    StringBuilder text = new StringBuilder(delivered ? "转办部门反馈：已落实" : "转办部门反馈：未能落实");
    if (answeredBy != null || answeredOn != null) {
      text.append("（").append(answeredBy == null ? "" : answeredBy)
          .append(answeredBy != null && answeredOn != null ? "，" : "")
          .append(answeredOn == null ? "" : answeredOn.toString()).append("）");
    }
    if (note != null && !note.isBlank()) {
      text.append("：").append(note);
    }
    return text.toString();
  }

  Map<String, Object> row(long referralId) {
    return jdbc.queryForMap("select * from plan_referrals where id = ?", referralId);
  }

  private JsonNode readTree(String value) {
    try {
      return value == null ? json.createObjectNode() : json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode data, String field) {
    JsonNode value = data.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  private static Date date(String value) {
    return value == null ? null : Date.valueOf(LocalDate.parse(value.substring(0, 10)));
  }
}
