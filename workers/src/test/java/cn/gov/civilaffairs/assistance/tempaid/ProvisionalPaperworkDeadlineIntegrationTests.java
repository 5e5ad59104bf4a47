package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.policy.ProvisionalHolidays;
import cn.gov.civilaffairs.assistance.policy.WorkingDayCalendar;
import cn.gov.civilaffairs.assistance.support.CalendarYears;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The emergency paperwork deadline (补齐手续, aid.paperworkDays working days from payment) reaching into a year whose
 * holiday schedule nobody entered: provisional on the filing and the paperwork task, and moved everywhere (process,
 * task, overdue timer, filing) when the schedule is entered.
 */
class ProvisionalPaperworkDeadlineIntegrationTests extends TemporaryAidSupport {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String ADMIN = "paperwork.calendar.admin";

  @Autowired
  WorkingDayCalendar calendar;

  private Integer entered;

  @AfterEach
  void forgetTheYearEnteredHere() {
    if (entered != null) {
      CalendarYears.forget(jdbc, entered);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void movesAProvisionalPaperworkDeadlineWhenTheOfficialScheduleIsEntered() {
    ensureUser(ADMIN, "110000", Role.ADMIN);
    // 60 working days for this street's paperwork: from today, always into a year nobody entered here.
    jdbc.update("""
        insert into policy_parameters (jurisdiction_code, code, value, effective_from, reason, created_by, created_at)
        values (?, 'aid.paperworkDays', '60', date '2025-01-01', '测试', 'test', now())""", street.code());
    topUp("5000");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 700));
    approveEmergency(caseNumber, null);
    String paperwork = awaitTask(caseNumber, "UserTask_CompletePaperwork");
    Map<String, Object> filing = awaitFiling(caseNumber);
    LocalDate due = Instant.parse((String) filing.get("paperworkDueAt")).atZone(BEIJING).toLocalDate();
    assumeThat(calendar.knownYears()).doesNotContain(due.getYear());

    assertThat(filing).containsEntry("paperworkDueProvisional", true);
    assertThat(as(street.caseworker()).exchange("/api/tasks/" + paperwork, HttpMethod.GET, null, JSON_OBJECT)
        .getBody()).containsEntry("dueProvisional", true).containsEntry("due", filing.get("paperworkDueAt"));

    // The official schedule makes the provisional due day a holiday (and keeps the statutory ones).
    List<Map<String, Object>> days = new ArrayList<>();
    ProvisionalHolidays.of(due.getYear()).forEach(day ->
        days.add(Map.of("day", day.day().toString(), "kind", "HOLIDAY", "name", day.name())));
    days.add(Map.of("day", due.toString(), "kind", "HOLIDAY", "name", "测试：补假"));
    entered = due.getYear();
    assertThat(as(ADMIN).exchange("/api/calendar/" + due.getYear(), HttpMethod.PUT, new HttpEntity<>(
        Map.of("source", "测试用安排", "days", days), jsonHeaders()), JSON_OBJECT).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    Instant moved = calendar.workingDays().addWorkingDays(due, 1).atTime(LocalTime.of(17, 30)).atZone(BEIJING)
        .toInstant();
    assertThat(filingsOf(caseNumber).get(0)).containsEntry("paperworkDueAt", moved.toString())
        .containsEntry("paperworkDueProvisional", false);
    assertThat(tasks.createTaskQuery().taskId(paperwork).singleResult().getDueDate().toInstant()).isEqualTo(moved);
    assertThat(management.createJobQuery().processInstanceId(processInstanceOf(caseNumber)).timers().singleResult()
        .getDuedate().toInstant()).isEqualTo(moved);
    assertThat(((java.util.Date) history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceOf(caseNumber)).variableName("paperworkDueAt").singleResult().getValue())
        .toInstant()).isEqualTo(moved);
    assertThat((List<Map<String, Object>>) caseOf(caseNumber).get("timeline")).anySatisfy(entry ->
        assertThat(entry).containsEntry("type", "DEADLINE_RECOMPUTED")
            .containsEntry("detail", "节假日安排已录入，补齐手续期限重新计算：" + due + " → "
                + moved.atZone(BEIJING).toLocalDate()));
  }
}
