package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.WebappSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The engine's REST API and the webapps' internal engine API are for operating the engine: every engine resource
 * of the table below, for every role, through both doors. Operators (process managers, admins) may deploy, read
 * and retry; nobody completes, claims or assigns tasks, touches variables, starts, modifies, deletes, suspends or
 * migrates instances, correlates messages, throws signals, works external tasks, evaluates decisions or executes
 * jobs there.
 */
class EngineAccessMatrixIntegrationTests extends IntegrationTest {

  static final String CLERK = "engine.clerk.110105001";
  static final String HEAD = "engine.head.110105001";
  static final String MANAGER = "engine.manager.110000";
  static final String ADMIN = "engine.admin.110000";

  /** An engine call and whether operators may make it. */
  record Call(HttpMethod method, String path, String body, boolean forOperators, Integer operatorStatus) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final String ID = "00000000-0000-0000-0000-000000000000";
  static final String VARIABLES = "{\"variables\":{\"emergencyDecision\":{\"value\":\"APPROVE\"}}}";

  static final List<Call> CALLS = List.of(
      denied(HttpMethod.POST, "/task/" + ID + "/complete", VARIABLES),
      denied(HttpMethod.POST, "/task/" + ID + "/submit-form", VARIABLES),
      denied(HttpMethod.POST, "/task/" + ID + "/claim", "{\"userId\":\"x\"}"),
      denied(HttpMethod.POST, "/task/" + ID + "/unclaim", "{}"),
      denied(HttpMethod.POST, "/task/" + ID + "/assignee", "{\"userId\":\"x\"}"),
      denied(HttpMethod.POST, "/task/" + ID + "/resolve", VARIABLES),
      denied(HttpMethod.POST, "/task/" + ID + "/delegate", "{\"userId\":\"x\"}"),
      denied(HttpMethod.PUT, "/task/" + ID + "/variables/emergencyDecision", "{\"value\":\"APPROVE\"}"),
      denied(HttpMethod.POST, "/task/" + ID + "/variables", "{\"modifications\":{}}"),
      denied(HttpMethod.GET, "/task/" + ID + "/variables", null),
      denied(HttpMethod.POST, "/task/create", "{\"name\":\"x\"}"),
      denied(HttpMethod.DELETE, "/process-instance/" + ID, null),
      denied(HttpMethod.POST, "/process-instance/delete", "{\"processInstanceIds\":[\"" + ID + "\"]}"),
      denied(HttpMethod.POST, "/process-instance/" + ID + "/modification",
          "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"x\"}]}"),
      denied(HttpMethod.POST, "/process-instance/" + ID + "/variables", "{\"modifications\":{}}"),
      denied(HttpMethod.PUT, "/process-instance/" + ID + "/variables/x", "{\"value\":1}"),
      denied(HttpMethod.GET, "/process-instance/" + ID + "/variables", null),
      denied(HttpMethod.PUT, "/process-instance/" + ID + "/suspended", "{\"suspended\":true}"),
      denied(HttpMethod.POST, "/process-definition/key/assistance-application/start", VARIABLES),
      denied(HttpMethod.POST, "/process-definition/key/assistance-application/submit-form", VARIABLES),
      denied(HttpMethod.PUT, "/process-definition/key/assistance-application/suspended", "{\"suspended\":true}"),
      denied(HttpMethod.DELETE, "/process-definition/key/assistance-application", null),
      denied(HttpMethod.POST, "/message", "{\"messageName\":\"x\"}"),
      denied(HttpMethod.POST, "/signal", "{\"name\":\"x\"}"),
      denied(HttpMethod.POST, "/external-task/fetchAndLock",
          "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"x\",\"lockDuration\":1000}]}"),
      denied(HttpMethod.POST, "/external-task/" + ID + "/complete", "{\"workerId\":\"w\"}"),
      denied(HttpMethod.POST, "/external-task/" + ID + "/failure", "{\"workerId\":\"w\"}"),
      denied(HttpMethod.POST, "/job/" + ID + "/execute", null),
      denied(HttpMethod.PUT, "/job/" + ID + "/suspended", "{\"suspended\":true}"),
      denied(HttpMethod.POST, "/migration/execute", "{}"),
      denied(HttpMethod.POST, "/migration/executeAsync", "{}"),
      denied(HttpMethod.POST, "/decision-definition/key/x/evaluate", "{\"variables\":{}}"),
      denied(HttpMethod.DELETE, "/batch/" + ID, null),
      denied(HttpMethod.DELETE, "/deployment/" + ID, null),
      denied(HttpMethod.POST, "/deployment/" + ID + "/redeploy", "{}"),
      denied(HttpMethod.POST, "/authorization/create", "{}"),
      denied(HttpMethod.POST, "/user/create", "{}"),
      denied(HttpMethod.POST, "/filter/create", "{}"),
      denied(HttpMethod.GET, "/variable-instance", null),
      denied(HttpMethod.GET, "/history/variable-instance", null),
      denied(HttpMethod.GET, "/history/detail", null),
      denied(HttpMethod.POST, "/history/process-instance/delete", "{}"),
      denied(HttpMethod.GET, "/some-resource-a-later-engine-adds", null),
      allowed(HttpMethod.GET, "/process-definition?key=assistance-application", null),
      allowed(HttpMethod.GET, "/process-definition/key/assistance-application/xml", null),
      allowed(HttpMethod.GET, "/deployment", null),
      allowed(HttpMethod.GET, "/process-instance", null),
      allowed(HttpMethod.POST, "/process-instance", "{}"),
      allowed(HttpMethod.GET, "/task", null),
      allowed(HttpMethod.GET, "/incident", null),
      allowed(HttpMethod.GET, "/job", null),
      allowed(HttpMethod.GET, "/history/process-instance", null),
      allowed(HttpMethod.PUT, "/job/" + ID + "/retries", "{\"retries\":1}"),
      allowed(HttpMethod.PUT, "/external-task/" + ID + "/retries", "{\"retries\":1}"));

  static Call denied(HttpMethod method, String path, String body) {
    return new Call(method, path, body, false, 403);
  }

  /** Allowed: reads answer 200; calls on an unknown id get the engine's own answer, not a refusal. */
  static Call allowed(HttpMethod method, String path, String body) {
    return new Call(method, path, body, true, path.contains(ID) ? null : 200);
  }

  @BeforeEach
  void operatorsAndCaseWorkers() {
    ensureUser(CLERK, "110105001", Role.WINDOW_CLERK);
    ensureUser(HEAD, "110105001", Role.STREET_HEAD);
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
    ensureUser(ADMIN, "110000", Role.ADMIN);
  }

  @Test
  void engineRestApiAllowsOperatorsOnlyToDeployReadAndRetry() {
    SoftAssertions softly = new SoftAssertions();
    for (Call call : CALLS) {
      for (String prefix : List.of("/engine-rest", "/engine-rest/engine/default")) {
        String path = prefix + call.path();
        softly.assertThat(rest(anonymous, call, path).getStatusCode()).as("anonymous %s", path)
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : prefix.endsWith("default") ? List.of(CLERK) : List.of(CLERK, HEAD)) {
          // The right password of a user without an engine role gets the wrong password's answer (no oracle).
          softly.assertThat(rest(anonymous.withBasicAuth(user, PASSWORD), call, path).getStatusCode())
              .as("%s %s", user, path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // bcrypt per basic call is slow: the named-engine door is walked for one operator only
        for (String user : prefix.endsWith("default") ? List.of(MANAGER) : List.of(MANAGER, ADMIN)) {
          ResponseEntity<String> answer = rest(anonymous.withBasicAuth(user, PASSWORD), call, path);
          expectOperator(softly, user + " " + call.method() + " " + path, call, answer);
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void deployingOverTheEngineRestApiIsForProcessManagersThroughTheProductsChecks() {
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("deployment-name", "empty");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<String> manager = anonymous.withBasicAuth(MANAGER, PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    ResponseEntity<String> admin = anonymous.withBasicAuth(ADMIN, PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    ResponseEntity<String> clerk = anonymous.withBasicAuth(CLERK, PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

    // the product's deploy check answers (no model file), not the engine and not the access rules
    assertThat(manager.getStatusCode()).as("%s", manager.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(manager.getBody()).contains("\"field\":\"files\"");
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void everyEngineRestCallOfAnAdminIsAudited() {
    String marker = "incidentType=" + System.nanoTime();
    anonymous.withBasicAuth(ADMIN, PASSWORD).getForEntity("/engine-rest/incident?" + marker, String.class);
    anonymous.withBasicAuth(ADMIN, PASSWORD).exchange("/engine-rest/task/" + ID + "/complete", HttpMethod.POST,
        new HttpEntity<>(VARIABLES, jsonHeaders()), String.class);

    assertThat(count("select count(*) from audit_events where username = ? and action = 'ENGINE_CALL' "
        + "and after ->> 'method' = 'GET' and after ->> 'path' = '/engine-rest/incident' and after ->> 'query' = ? "
        + "and after ->> 'status' = '200'", ADMIN, marker)).isEqualTo(1);
    assertThat(count("select count(*) from audit_events where username = ? and action = 'ENGINE_CALL_REFUSED' "
        + "and after ->> 'path' = ? and after ->> 'method' = 'POST'", ADMIN, "/engine-rest/task/" + ID + "/complete"))
        .as("%s", jdbc.queryForList("select action, entity_id, after::text from audit_events where username = ? "
            + "order by id desc limit 5", ADMIN))
        .isPositive();
  }

  @Test
  void webappsEngineApiAllowsOperatorsOnlyToReadAndRetry() {
    SoftAssertions softly = new SoftAssertions();
    Map<String, WebappSession> sessions = new LinkedHashMap<>();
    for (String user : List.of(MANAGER, ADMIN)) {
      sessions.put(user, WebappSession.signIn(anonymous, user, PASSWORD, "cockpit"));
    }
    for (Call call : CALLS) {
      String path = "/operaton/api/engine/engine/default" + call.path();
      ResponseEntity<String> stranger = new WebappSession(anonymous).call(call.method(), path, call.body());
      softly.assertThat(stranger.getStatusCode().is2xxSuccessful()).as("anonymous %s", path).isFalse();
      sessions.forEach((user, session) -> expectOperator(softly, user + " webapp " + call.method() + " " + path,
          call, session.call(call.method(), path, call.body())));
    }
    softly.assertAll();
  }

  @Test
  void tasklistIsClosedForEveryone() {
    WebappSession session = new WebappSession(anonymous);
    assertThat(session.login(ADMIN, PASSWORD, "tasklist").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anonymous.getForEntity("/operaton/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(session.login(ADMIN, PASSWORD, "cockpit").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static void expectOperator(SoftAssertions softly, String what, Call call, ResponseEntity<String> answer) {
    if (call.forOperators()) {
      softly.assertThat(answer.getStatusCode().value()).as("%s: %s", what, answer.getBody()).isNotIn(401, 403);
      if (call.operatorStatus() != null) {
        softly.assertThat(answer.getStatusCode().value()).as("%s: %s", what, answer.getBody())
            .isEqualTo(call.operatorStatus());
      }
    } else {
      softly.assertThat(answer.getStatusCode()).as("%s: %s", what, answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(answer.getBody()).as(what).contains("\"code\":\"ENGINE_OPERATION_NOT_ALLOWED\"");
    }
  }

  private static ResponseEntity<String> rest(TestRestTemplate client, Call call, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (call.body() != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return client.exchange(path, call.method(), new HttpEntity<>(call.body(), headers), String.class);
  }
}
