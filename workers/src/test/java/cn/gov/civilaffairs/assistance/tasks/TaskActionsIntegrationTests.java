package cn.gov.civilaffairs.assistance.tasks;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class TaskActionsIntegrationTests extends IntegrationTest {

  @Autowired
  TaskService tasks;

  private String caseNumber;
  private String taskId;

  @BeforeEach
  void openAnInvestigation() {
    ensureUser("actions.caseworker.a", "110105002", Role.CASEWORKER);
    ensureUser("actions.caseworker.b", "110105002", Role.CASEWORKER);
    ensureUser("actions.head", "110105002", Role.STREET_HEAD);
    ensureUser("actions.caseworker.elsewhere", "110108001", Role.CASEWORKER);
    caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002001")).getBody()
        .get("caseNumber");
    await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_InvestigateHousehold").count() == 1);
    taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
  }

  @Test
  @SuppressWarnings("unchecked")
  void keepsCommentsOnTheCaseTimeline() {
    assertThat(call(as("actions.caseworker.a"), HttpMethod.POST, "/comments", Map.of("text", "已电话预约入户时间"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody().get("timeline"))
        .anySatisfy(entry -> assertThat(entry).containsEntry("type", "COMMENT")
            .containsEntry("actor", "actions.caseworker.a").containsEntry("detail", "已电话预约入户时间"));
  }

  @Test
  void letsTheHeadReassignButNotACaseworker() {
    ResponseEntity<Map<String, Object>> byCaseworker = call(as("actions.caseworker.a"), HttpMethod.POST,
        "/reassign", Map.of("username", "actions.caseworker.b"));
    ResponseEntity<Map<String, Object>> toAStranger = call(as("actions.head"), HttpMethod.POST, "/reassign",
        Map.of("username", "actions.caseworker.elsewhere"));
    ResponseEntity<Map<String, Object>> byHead = call(as("actions.head"), HttpMethod.POST, "/reassign",
        Map.of("username", "actions.caseworker.b"));

    assertThat(byCaseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(toAStranger.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(byHead.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byHead.getBody()).containsEntry("assignee", "actions.caseworker.b");
  }

  @Test
  void delegatesAndGetsTheTaskBack() {
    call(as("actions.caseworker.a"), HttpMethod.POST, "/claim", null);

    ResponseEntity<Map<String, Object>> delegated = call(as("actions.caseworker.a"), HttpMethod.POST, "/delegate",
        Map.of("username", "actions.caseworker.b"));
    ResponseEntity<Map<String, Object>> returned = call(as("actions.caseworker.b"), HttpMethod.POST, "/return",
        null);

    assertThat(delegated.getBody()).containsEntry("assignee", "actions.caseworker.b");
    assertThat(returned.getBody()).containsEntry("assignee", "actions.caseworker.a");
  }

  @Test
  void setsAFollowUpDateButNotOneInThePast() {
    LocalDate next = LocalDate.now().plusDays(3);

    ResponseEntity<Map<String, Object>> set = call(as("actions.caseworker.a"), HttpMethod.PUT, "/follow-up",
        Map.of("day", next.toString()));
    ResponseEntity<Map<String, Object>> past = call(as("actions.caseworker.a"), HttpMethod.PUT, "/follow-up",
        Map.of("day", "2020-01-01"));

    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) set.getBody().get("followUp")).startsWith(next.toString());
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void answersADoubleSubmittedCompletionAsDone() {
    TestRestTemplate caseworker = as("actions.caseworker.a");

    assertThat(call(caseworker, HttpMethod.POST, "/complete", INVESTIGATION).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call(caseworker, HttpMethod.POST, "/complete", INVESTIGATION).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call(as("actions.caseworker.b"), HttpMethod.POST, "/complete", INVESTIGATION).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(count("select count(*) from case_events e join cases c on c.id = e.case_id "
        + "where c.case_number = ? and e.type = 'STEP_COMPLETED' and e.step = '入户调查'", caseNumber)).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void checksTheSubmittedFormAgainstTheStepsFormAndCompletesNothingWhenItIsWrong() {
    ResponseEntity<Map<String, Object>> form = call(as("actions.caseworker.a"), HttpMethod.GET, "/form", null);
    assertThat(form.getBody()).containsEntry("id", "investigate-household");

    Map<String, Object> wrong = new java.util.HashMap<>(INVESTIGATION);
    wrong.put("membersPresent", 0);
    wrong.put("livingConditions", "PALACE");
    wrong.put("familySigned", false);
    wrong.remove("findings");
    wrong.put("bribe", 100);
    ResponseEntity<Map<String, Object>> refused = call(as("actions.caseworker.a"), HttpMethod.POST, "/complete",
        wrong);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(refused)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "membersPresent:OUT_OF_RANGE", "livingConditions:INVALID_VALUE", "familySigned:MUST_BE_TRUE",
        "findings:REQUIRED", "bribe:UNKNOWN_FIELD");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    assertThat(call(as("actions.caseworker.a"), HttpMethod.POST, "/complete", INVESTIGATION).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("select data->>'livingConditions' from task_completions where task_id = ?",
        String.class, taskId)).isEqualTo("RENTED");
  }

  private static final Map<String, Object> INVESTIGATION = Map.of("visitDate", "2026-11-20",
      "investigators", "陈经办、李社工", "livingConditions", "RENTED", "membersPresent", 2,
      "findings", "两口之家，租住平房，户主慢性病，无稳定收入。", "familySigned", true);

  @Test
  void namesTheUsersWhoCouldTakeTheTask() {
    ResponseEntity<List<Map<String, Object>>> candidates = as("actions.head").exchange(
        "/api/tasks/" + taskId + "/candidates", HttpMethod.GET, null, JSON_ARRAY);

    assertThat(candidates.getBody()).extracting(c -> c.get("username"))
        .contains("actions.caseworker.a", "actions.caseworker.b")
        .doesNotContain("actions.caseworker.elsewhere", "actions.head");
  }

  @Test
  @SuppressWarnings("unchecked")
  void attachesADocumentToTheCaseAndTheHouseholdFileButRefusesOtherFileTypes() {
    byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

    ResponseEntity<Map<String, Object>> attached = attach("actions.caseworker.a", "入户照片", "record.pdf", pdf);
    ResponseEntity<Map<String, Object>> script = attach("actions.caseworker.a", "其他", "x.pdf",
        "<script>alert(1)</script>".getBytes());
    ResponseEntity<Map<String, Object>> stranger = attach("actions.caseworker.elsewhere", "其他", "y.pdf", pdf);

    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(attached.getBody()).containsEntry("caseNumber", caseNumber)
        .containsEntry("step", "UserTask_InvestigateHousehold").containsEntry("taskId", taskId)
        .containsEntry("contentType", "application/pdf");
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("actions.head").exchange("/api/tasks/" + taskId + "/documents", HttpMethod.GET, null, JSON_ARRAY)
        .getBody()).singleElement().satisfies(document -> assertThat(document).containsEntry("kind", "入户照片"));
    Object householdId = attached.getBody().get("householdId");
    assertThat((List<Map<String, Object>>) get("/api/households/" + householdId).getBody().get("documents"))
        .anySatisfy(document -> assertThat(document).containsEntry("caseNumber", caseNumber));
  }

  private ResponseEntity<Map<String, Object>> attach(String username, String kind, String fileName,
      byte[] bytes) {
    var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    body.add("kind", kind);
    body.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return as(username).exchange("/api/tasks/" + taskId + "/documents", HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON_OBJECT);
  }

  @Test
  void sharesASavedFilterWithTheTeamOnly() {
    ResponseEntity<Map<String, Object>> saved = as("actions.caseworker.a").exchange("/api/task-filters",
        HttpMethod.POST, new HttpEntity<>(Map.of("name", "超期的入户调查", "filter",
            Map.of("step", "UserTask_InvestigateHousehold", "overdue", true), "sharedGroup", "caseworker:110105002"),
            jsonHeaders()), JSON_OBJECT);

    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(as("actions.caseworker.b").exchange("/api/task-filters", HttpMethod.GET, null, JSON_ARRAY).getBody())
        .anySatisfy(filter -> assertThat(filter).containsEntry("name", "超期的入户调查"));
    assertThat(as("actions.caseworker.elsewhere").exchange("/api/task-filters", HttpMethod.GET, null, JSON_ARRAY)
        .getBody()).noneSatisfy(filter -> assertThat(filter).containsEntry("name", "超期的入户调查"));
    assertThat(as("actions.caseworker.b").exchange("/api/task-filters/" + saved.getBody().get("id"),
        HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<Map<String, Object>> call(TestRestTemplate client, HttpMethod method, String action,
      Object body) {
    return client.exchange("/api/tasks/" + taskId + action, method,
        method == HttpMethod.GET ? null : new HttpEntity<>(body == null ? Map.of() : body, jsonHeaders()),
        JSON_OBJECT);
  }
}
