package cn.gov.civilaffairs.assistance.policy;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.CalendarYears;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Deadlines reaching into a year whose holiday schedule nobody entered: computed on its statutory holidays, marked
 * provisional in the API, recomputed (and recorded on the case's timeline) when an administrator enters it.
 */
class ProvisionalCalendarIntegrationTests extends IntegrationTest {

  private static final String ADMIN = "provisional.admin";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  WorkingDayCalendar calendar;

  private final List<Integer> entered = new ArrayList<>();

  /** Years entered here become provisional again, as every other test expects them. */
  @AfterEach
  void forgetTheYearsEnteredHere() {
    entered.stream().distinct().forEach(year -> CalendarYears.forget(jdbc, year));
  }

  @Test
  @SuppressWarnings("unchecked")
  void showsAYearNobodyEnteredAsProvisionalWithItsStatutoryHolidays() {
    Map<String, Object> year2027 = get("/api/calendar/2027").getBody();
    Map<String, Object> year2026 = get("/api/calendar/2026").getBody();

    assertThat(year2027).containsEntry("provisional", true).containsEntry("year", 2027);
    assertThat((String) year2027.get("source")).contains("暂定").contains("调休");
    assertThat((List<Map<String, Object>>) year2027.get("days")).extracting(day -> day.get("day"))
        .contains("2027-01-01", "2027-02-05", "2027-02-06", "2027-04-05", "2027-10-03").hasSize(13);
    assertThat((List<Map<String, Object>>) year2027.get("days"))
        .allSatisfy(day -> assertThat(day).containsEntry("kind", "HOLIDAY"));
    assertThat(year2026).containsEntry("provisional", false);
    assertThat(http.getForEntity("/api/calendar", List.class).getBody()).doesNotContain(2027);
  }

  @Test
  @SuppressWarnings("unchecked")
  void givesATaskDueInAYearNobodyEnteredAProvisionalDueDateAndRecomputesItWhenTheScheduleIsEntered() {
    ensureUser(ADMIN, "110000", Role.ADMIN);
    String caseNumber = acceptedCase("110105001001");
    // Investigation: 3 working days. From Tue 29 Dec 2026: 30, 31 Dec, then (provisional 2027) 1 Jan 元旦, a
    // weekend, Mon 4 Jan. From Mon 28 Dec the three days end on Thu 31 Dec, on the official 2026 schedule.
    String intoNextYear = investigationCreatedAt(caseNumber, "2026-12-29T10:00:00+08:00");
    String withinThisYear = investigationCreatedAt(caseNumber, "2026-12-28T10:00:00+08:00");

    Map<String, Object> provisional = get("/api/tasks/" + intoNextYear).getBody();
    assertThat(provisional).containsEntry("due", "2027-01-04T09:30:00Z").containsEntry("dueProvisional", true)
        .containsEntry("provisionalYears", List.of(2027));
    assertThat(get("/api/tasks/" + withinThisYear).getBody()).containsEntry("due", "2026-12-31T09:30:00Z")
        .containsEntry("dueProvisional", false);
    assertThat(list("/api/tasks", null, null, "{\"inbox\":\"ALL\",\"caseNumber\":\"" + caseNumber + "\"}").getBody())
        .anySatisfy(row -> assertThat(row).containsEntry("id", intoNextYear).containsEntry("dueProvisional", true));
    assertThat((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody().get("timeline"))
        .noneSatisfy(entry -> assertThat(entry).containsEntry("type", "DEADLINE_UNKNOWN"));

    // The State Council's schedule: 元旦 1-3 January and (for this test) Monday 4 January off as well.
    ResponseEntity<Map<String, Object>> official = enter(2027, List.of(
        day("2027-01-01", "HOLIDAY", "元旦"), day("2027-01-02", "HOLIDAY", "元旦"), day("2027-01-03", "HOLIDAY", "元旦"),
        day("2027-01-04", "HOLIDAY", "元旦"), day("2027-02-20", "WORKDAY", "春节调休上班")));

    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(official.getBody()).containsEntry("provisional", false);
    Map<String, Object> recomputed = get("/api/tasks/" + intoNextYear).getBody();
    assertThat(recomputed).containsEntry("due", "2027-01-05T09:30:00Z").containsEntry("dueProvisional", false)
        .containsEntry("provisionalYears", List.of());
    assertThat(tasks.createTaskQuery().taskId(intoNextYear).singleResult().getFollowUpDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-30T09:00:00+08:00").toInstant());
    assertThat((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody().get("timeline"))
        .anySatisfy(entry -> assertThat(entry).containsEntry("type", "DEADLINE_RECOMPUTED")
            .containsEntry("detail", "节假日安排已录入，办理时限重新计算：2027-01-04 → 2027-01-05"));

    // Entered again, corrected (4 January a working day after all): recomputed again.
    enter(2027, List.of(day("2027-01-01", "HOLIDAY", "元旦"), day("2027-01-02", "HOLIDAY", "元旦"),
        day("2027-01-03", "HOLIDAY", "元旦")));

    assertThat(get("/api/tasks/" + intoNextYear).getBody()).containsEntry("due", "2027-01-04T09:30:00Z")
        .containsEntry("dueProvisional", false);
    assertThat((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody().get("timeline"))
        .anySatisfy(entry -> assertThat(entry).containsEntry("type", "DEADLINE_RECOMPUTED")
            .containsEntry("detail", "节假日安排已录入，办理时限重新计算：2027-01-05 → 2027-01-04"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void marksACaseTimeLimitReachingIntoAYearNobodyEnteredProvisionalAndRecomputesIt() {
    ensureUser(ADMIN, "110000", Role.ADMIN);
    Map<String, Object> accepted = post("/api/applications", aDibaoApplicationOfANewCouple("110105001001"))
        .getBody();
    String caseNumber = (String) accepted.get("caseNumber");
    LocalDate due = LocalDate.parse((String) get("/api/cases/" + caseNumber).getBody().get("dueOn"));
    // Thirty working days from acceptance reach into a year nobody entered when run in its last weeks (December
    // 2026 here) or in a year nobody entered (the tests never enter one for long).
    assumeThat(calendar.knownYears()).doesNotContain(due.getYear());

    assertThat(get("/api/cases/" + caseNumber).getBody()).containsEntry("dueProvisional", true);
    assertThat((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody().get("timeline"))
        .noneSatisfy(entry -> assertThat(entry).containsEntry("type", "DEADLINE_UNKNOWN"));

    // The official schedule makes the provisional due day a holiday (and keeps the statutory ones).
    List<Map<String, Object>> days = new ArrayList<>();
    ProvisionalHolidays.of(due.getYear()).forEach(day -> days.add(day(day.day().toString(), "HOLIDAY", day.name())));
    days.add(day(due.toString(), "HOLIDAY", "测试：补假"));
    assertThat(enter(due.getYear(), days).getStatusCode()).isEqualTo(HttpStatus.OK);

    LocalDate moved = calendar.workingDays().addWorkingDays(due, 1);
    Map<String, Object> recomputed = get("/api/cases/" + caseNumber).getBody();
    assertThat(recomputed).containsEntry("dueOn", moved.toString()).containsEntry("dueProvisional", false);
    assertThat((List<Map<String, Object>>) recomputed.get("timeline"))
        .anySatisfy(entry -> assertThat(entry).containsEntry("type", "DEADLINE_RECOMPUTED")
            .containsEntry("detail", "节假日安排已录入，案件办结时限重新计算：" + due + " → " + moved));
  }

  private String acceptedCase(String community) {
    Map<String, Object> application = aDibaoApplicationOfANewCouple(community);
    ResponseEntity<Map<String, Object>> accepted = post("/api/applications", application);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) accepted.getBody().get("caseNumber");
  }

  /** An investigation step of the case created at {@code at} (the engine's clock). */
  private String investigationCreatedAt(String caseNumber, String at) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
    try {
      String instance = runtime.createProcessInstanceByKey("assistance-application").businessKey(caseNumber)
          .setVariables(Map.of("streetCode", "110105001", "districtCode", "110105", "category", "DIBAO",
              "householdId", 1L))
          .startBeforeActivity("UserTask_InvestigateHousehold").execute().getId();
      return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    } finally {
      ClockUtil.reset();
    }
  }

  private ResponseEntity<Map<String, Object>> enter(int year, List<Map<String, Object>> days) {
    entered.add(year);
    return as(ADMIN).exchange("/api/calendar/" + year, HttpMethod.PUT,
        new HttpEntity<>(Map.of("source", "测试用 " + year + " 年安排", "days", days), jsonHeaders()), JSON_OBJECT);
  }

  private static Map<String, Object> day(String day, String kind, String name) {
    return Map.of("day", day, "kind", kind, "name", name);
  }
}
