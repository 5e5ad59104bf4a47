package cn.gov.civilaffairs.assistance.tasks;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class InboxIntegrationTests extends IntegrationTest {

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Test
  void setsDueAndFollowUpDatesInWorkingDaysFromTheStepLimit() {
    // Created on the eve of National Day 2026; the street head must assess within 1 working day.
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-09-30T10:00:00+08:00").toInstant()));
    Task task;
    try {
      String instance = runtime.startProcessInstanceByKey("temporary-aid", "LS-110105001-2026-990001",
          Map.of("streetCode", "110105001", "districtCode", "110105", "category", "TEMPORARY_AID")).getId();
      task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    } finally {
      ClockUtil.reset();
    }

    assertThat(task.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-10-08T17:30:00+08:00")
        .toInstant());
    assertThat(task.getFollowUpDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-09-30T09:00:00+08:00")
        .toInstant());
  }

  @Test
  void givesATekunCountyDecisionItsOwnLimitOf15WorkingDays() {
    // Monday 2 November 2026: 10 working days end on Monday 16 November, 15 on Monday 23 November.
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-02T10:00:00+08:00").toInstant()));
    Task dibao;
    Task tekun;
    try {
      dibao = startAtCountyDecision("DIBAO", "DB-110105001-2026-990101");
      tekun = startAtCountyDecision("TEKUN", "TK-110105001-2026-990102");
    } finally {
      ClockUtil.reset();
    }

    assertThat(dibao.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-16T17:30:00+08:00")
        .toInstant());
    assertThat(tekun.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-23T17:30:00+08:00")
        .toInstant());
  }

  private Task startAtCountyDecision(String category, String caseNumber) {
    String instance = runtime.createProcessInstanceByKey("assistance-application").businessKey(caseNumber)
        .setVariables(Map.of("streetCode", "110105001", "districtCode", "110105", "category", category,
            "householdId", 1L))
        .startBeforeActivity("UserTask_CountyDecision").execute().getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  @Test
  @SuppressWarnings("unchecked")
  void givesAStepDueInAYearNobodyEnteredAProvisionalDueDate() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105002001");
    application.put("category", "TEMPORARY_AID");
    application.put("materials", List.of("APPLICATION_FORM", "RESIDENT_IDS", "HARDSHIP_PROOF",
        "VERIFICATION_AUTHORISATION"));
    // One working day after New Year's Eve 2026 is in 2027, whose schedule is not shipped: on its statutory
    // holidays (1 January) and the weekend, Monday 4 January.
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-31T10:00:00+08:00").toInstant()));
    ResponseEntity<Map<String, Object>> accepted;
    try {
      accepted = post("/api/applications", application);
    } finally {
      ClockUtil.reset();
    }

    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) accepted.getBody().get("caseNumber");
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(task.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2027-01-04T17:30:00+08:00")
        .toInstant());
    assertThat(get("/api/tasks/" + task.getId()).getBody()).containsEntry("dueProvisional", true);
    assertThat((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody().get("timeline"))
        .noneSatisfy(entry -> assertThat(entry).containsEntry("type", "DEADLINE_UNKNOWN"));
  }

  @Test
  void offersAStreetsTaskToItsCaseworkersOnly() {
    ensureUser("inbox.caseworker.110105001", "110105001", Role.CASEWORKER);
    ensureUser("inbox.caseworker.110105002", "110105002", Role.CASEWORKER);
    String caseNumber = fileAndAwaitInvestigation("110105001001");

    List<Map<String, Object>> here = inbox("inbox.caseworker.110105001", "{\"inbox\":\"GROUP\"}");
    List<Map<String, Object>> there = inbox("inbox.caseworker.110105002", "{\"inbox\":\"GROUP\"}");

    // Due dates themselves are checked at fixed dates above.
    assertThat(here).anySatisfy(task -> assertThat(task).containsEntry("caseNumber", caseNumber)
        .containsEntry("step", "UserTask_InvestigateHousehold").containsEntry("processKey", "assistance-application"));
    assertThat(there).noneSatisfy(task -> assertThat(task).containsEntry("caseNumber", caseNumber));
    assertThat(inbox("inbox.caseworker.110105001", "{\"category\":\"DIBAO\"}"))
        .anySatisfy(task -> assertThat(task).containsEntry("caseNumber", caseNumber));
    assertThat(inbox("inbox.caseworker.110105001", "{\"category\":\"TEKUN\"}"))
        .noneSatisfy(task -> assertThat(task).containsEntry("caseNumber", caseNumber));
  }

  @Test
  void offersAStreetsCaseworkerTaskToCommunityCaseworkersOfThatStreetWithTheCase() {
    ensureUser("inbox.caseworker.110105001002", "110105001002", Role.CASEWORKER);
    ensureUser("inbox.gridcadre.110105001002", "110105001002", Role.GRID_CADRE);
    ensureUser("inbox.caseworker.110105002001", "110105002001", Role.CASEWORKER);
    String caseNumber = fileAndAwaitInvestigation("110105001001");

    assertThat(inbox("inbox.caseworker.110105001002", "{\"inbox\":\"GROUP\"}"))
        .anySatisfy(task -> assertThat(task).containsEntry("caseNumber", caseNumber));
    assertThat(as("inbox.caseworker.110105001002").getForEntity("/api/cases/" + caseNumber, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(inbox("inbox.caseworker.110105002001", "{\"inbox\":\"GROUP\"}"))
        .noneSatisfy(task -> assertThat(task).containsEntry("caseNumber", caseNumber));
    assertThat(as("inbox.gridcadre.110105001002").getForEntity("/api/cases/" + caseNumber, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void showsHeadsEverythingInTheirJurisdictionAndRefusesOthersThatView() {
    ensureUser("inbox.head.110105001", "110105001", Role.STREET_HEAD);
    ensureUser("inbox.caseworker.110105001", "110105001", Role.CASEWORKER);
    String caseNumber = fileAndAwaitInvestigation("110105001002");

    assertThat(inbox("inbox.head.110105001", "{\"inbox\":\"ALL\"}"))
        .anySatisfy(task -> assertThat(task).containsEntry("caseNumber", caseNumber));
    assertThat(as("inbox.caseworker.110105001").exchange(
        listUri("/api/tasks", null, null, "{\"inbox\":\"ALL\"}"), HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void letsOnlyOneOfTwoParallelClaimsWin() throws Exception {
    ensureUser("inbox.racer.a", "110105001", Role.CASEWORKER);
    ensureUser("inbox.racer.b", "110105001", Role.CASEWORKER);
    String caseNumber = fileAndAwaitInvestigation("110105001001");
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    var a = as("inbox.racer.a");
    var b = as("inbox.racer.b");
    List<Callable<ResponseEntity<String>>> claims = List.of(
        () -> a.postForEntity("/api/tasks/" + taskId + "/claim", null, String.class),
        () -> b.postForEntity("/api/tasks/" + taskId + "/claim", null, String.class));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> statuses;
    try {
      statuses = pool.invokeAll(claims).stream().map(f -> {
        try {
          return f.get().getStatusCode().value();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).sorted().toList();
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).containsExactly(200, 409);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).startsWith("inbox.racer.");
  }

  @Test
  void listsOverdueTasksWithNegativeRemainingWorkingDays() {
    ensureUser("inbox.caseworker.110105001", "110105001", Role.CASEWORKER);
    String caseNumber = fileAndAwaitInvestigation("110105001002");
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    tasks.setDueDate(taskId, Date.from(OffsetDateTime.of(2026, 10, 9, 17, 30, 0, 0, ZoneOffset.ofHours(8))
        .toInstant()));

    List<Map<String, Object>> overdue = inbox("inbox.caseworker.110105001", "{\"overdue\":true}");

    assertThat(overdue).anySatisfy(task -> {
      assertThat(task).containsEntry("caseNumber", caseNumber).containsEntry("overdue", true);
      if (task.get("remainingWorkingDays") != null) {
        assertThat((Integer) task.get("remainingWorkingDays")).isNegative();
      }
    });
  }

  @Test
  void countsTheWorkingDaysLeftUpToADueDateInAYearNobodyEntered() {
    ensureUser("inbox.caseworker.110105001", "110105001", Role.CASEWORKER);
    String caseNumber = fileAndAwaitInvestigation("110105001001");
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    tasks.setDueDate(taskId, Date.from(OffsetDateTime.parse("2041-03-04T17:30:00+08:00").toInstant()));

    List<Map<String, Object>> listed = inbox("inbox.caseworker.110105001", "{\"caseNumber\":\"" + caseNumber + "\"}");

    // 2027-2041 are provisional (weekends and statutory holidays): over 14 years, well over 3,000 working days.
    assertThat(listed).singleElement().satisfies(task -> {
      assertThat(task).containsEntry("overdue", false);
      assertThat((Integer) task.get("remainingWorkingDays")).isGreaterThan(3000);
    });
  }

  private String fileAndAwaitInvestigation(String community) {
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple(community)).getBody()
        .get("caseNumber");
    await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_InvestigateHousehold").count() == 1);
    return caseNumber;
  }

  private List<Map<String, Object>> inbox(String username, String filter) {
    return as(username).exchange(listUri("/api/tasks", "[\"due\",\"ASC\"]", "[0,99]", filter), HttpMethod.GET,
        null, JSON_ARRAY).getBody();
  }
}
