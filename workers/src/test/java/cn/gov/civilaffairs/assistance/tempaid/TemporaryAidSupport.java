package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.support.Fixtures;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Driving temporary-aid cases over HTTP with the real engine and workers, on a street of the test's own. */
abstract class TemporaryAidSupport extends IntegrationTest {

  @Autowired
  TaskService tasks;

  @Autowired
  HistoryService history;

  @Autowired
  ManagementService management;

  TemporaryAidStreet street;

  @BeforeEach
  void aStreetOfItsOwn() {
    street = TemporaryAidStreet.create(jdbc, (username, jurisdiction, role) -> ensureUser(username, jurisdiction,
        role));
  }

  ResponseEntity<Map<String, Object>> file(String username, Map<String, Object> application) {
    return as(username).exchange("/api/applications", HttpMethod.POST, new HttpEntity<>(application, jsonHeaders()),
        JSON_OBJECT);
  }

  String accept(Map<String, Object> application) {
    ResponseEntity<Map<String, Object>> accepted = file(street.clerk(), application);
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) accepted.getBody().get("caseNumber");
  }

  void topUp(String amount) {
    ResponseEntity<Map<String, Object>> topUp = as(TemporaryAidStreet.APPROVER).exchange(
        "/api/reserve-funds/" + street.code() + "/top-ups", HttpMethod.POST,
        new HttpEntity<>(Map.of("amount", amount, "reason", "区县拨付备用金"), jsonHeaders()), JSON_OBJECT);
    assertThat(topUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  String awaitTask(String caseNumber, String step) {
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).singleResult()
        .getId();
  }

  ResponseEntity<Map<String, Object>> complete(String username, String taskId, Map<String, Object> data) {
    return as(username).exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(data, jsonHeaders()), JSON_OBJECT);
  }

  void completed(String username, String taskId, Map<String, Object> data) {
    ResponseEntity<Map<String, Object>> done = complete(username, taskId, data);
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  void approveEmergency(String caseNumber, Object approvedAmount) {
    completed(street.head(), awaitTask(caseNumber, "UserTask_ApproveEmergencyAid"), approvedAmount == null
        ? Map.of("emergencyDecision", "APPROVE", "opinion", "情况属实，同意先行救助")
        : Map.of("emergencyDecision", "APPROVE", "approvedAmount", approvedAmount, "opinion", "情况属实，同意先行救助"));
  }

  void completePaperwork(String caseNumber) {
    completed(street.caseworker(), awaitTask(caseNumber, "UserTask_CompletePaperwork"), Map.of("applicantSigned",
        true, "officeSealed", true, "explanation", "突发疾病住院，先行发放救助金，手续已补齐。"));
  }

  /** The filing of the case as the district's auditor sees it in the county's list, once it is there. */
  Map<String, Object> awaitFiling(String caseNumber) {
    await().atMost(Duration.ofSeconds(30)).until(() -> filingsOf(caseNumber).size() == 1);
    return filingsOf(caseNumber).get(0);
  }

  List<Map<String, Object>> filingsOf(String caseNumber) {
    return as(TemporaryAidStreet.AUDITOR).exchange(listUri("/api/temporary-aid/filings", null, null,
        "{\"q\":\"" + caseNumber + "\"}"), HttpMethod.GET, null, JSON_ARRAY).getBody();
  }

  ResponseEntity<Map<String, Object>> filingAction(String username, Object filingId, String action,
      Map<String, Object> body) {
    return as(username).exchange("/api/temporary-aid/filings/" + filingId + "/" + action, HttpMethod.POST,
        new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
  }

  Map<String, Object> caseOf(String caseNumber) {
    return get("/api/cases/" + caseNumber).getBody();
  }

  void awaitClosed(String caseNumber, String outcome) {
    await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(caseOf(caseNumber).get("status")));
    assertThat(caseOf(caseNumber)).containsEntry("outcome", outcome);
  }

  List<String> visited(String caseNumber) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceOf(caseNumber)).list()
        .stream().map(a -> a.getActivityId()).toList();
  }

  /** The resident ID of the second member (the spouse) of an application's new couple. */
  @SuppressWarnings("unchecked")
  static String spouseOf(Map<String, Object> application) {
    return (String) Fixtures.membersOf(
        (Map<String, Object>) application.get("household")).get(1).get("residentId");
  }

  /** The case's applicant leaves the household (moves out), as a caseworker records it. */
  void applicantLeaves(String caseNumber) {
    Map<String, Object> row = jdbc.queryForMap("select household_id, applicant_member_id from cases "
        + "where case_number = ?", caseNumber);
    ResponseEntity<Map<String, Object>> left = as(street.caseworker()).exchange("/api/households/"
        + row.get("household_id") + "/members/" + row.get("applicant_member_id") + "/leave", HttpMethod.POST,
        null, JSON_OBJECT);
    assertThat(left.getStatusCode().is2xxSuccessful()).as("%s", left.getBody()).isTrue();
  }

  String processInstanceOf(String caseNumber) {
    return jdbc.queryForObject("select process_instance_id from cases where case_number = ?", String.class,
        caseNumber);
  }
}
