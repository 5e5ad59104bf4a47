package cn.gov.civilaffairs.assistance.api;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.headOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Input that used to answer 5xx or a misleading 409: refused at the door with a stable code (issue 18, finding 9). */
class BadInputIntegrationTests extends IntegrationTest {

  private static final String NUL = "\u0000";

  @Autowired
  private TaskService tasks;

  @Test
  void aNulInAnApplicationFieldIsA422InvalidCharacterAndNothingIsStored() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    @SuppressWarnings("unchecked")
    Map<String, Object> household = (Map<String, Object>) application.get("household");
    household.put("address", "永安里" + NUL + "1号");
    int cases = count("select count(*) from cases");

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertInvalidCharacter(response, "household.address");
    assertThat(count("select count(*) from cases")).isEqualTo(cases);
  }

  @Test
  void aNulInAHouseholdMemberNameIsA422InvalidCharacter() {
    Map<String, Object> household = aCoupleIn("110108001001");
    headOf(household).put("name", "王" + NUL);

    assertInvalidCharacter(post("/api/households", household), "members[0].name");
  }

  @Test
  void aNulInAnObjectionIsA422InvalidCharacter() {
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105001001"))
        .getBody().get("caseNumber");

    assertInvalidCharacter(post("/api/cases/" + caseNumber + "/objections",
        Map.of("objector", "邻居", "content", "收入不实" + NUL)), "content");
  }

  @Test
  void aNulInATaskFormIsA422InvalidCharacter() {
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002001"))
        .getBody().get("caseNumber");
    await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).count() == 1);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();

    assertInvalidCharacter(post("/api/tasks/" + taskId + "/complete",
        Map.of("visit", Map.of("notes", List.of("ok", "家中" + NUL)))), "visit.notes[1]");
  }

  @Test
  void aNulInAQueryParameterIsA422InvalidCharacter() {
    ResponseEntity<Map<String, Object>> response = http.exchange(
        listUri("/api/households", null, null, "{\"q\":\"王" + NUL + "\"}"), HttpMethod.GET, null, JSON_OBJECT);

    assertInvalidCharacter(response, "filter");
  }

  @Test
  void aNulInAMultipartTextFieldIsA422InvalidCharacter() {
    Object householdId = post("/api/households", aCoupleIn("110108001001")).getBody().get("id");
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("kind", "RESIDENT_IDS" + NUL);
    body.add("file", new ByteArrayResource("%PDF-1.4 test".getBytes()) {
      @Override
      public String getFilename() {
        return "id.pdf";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    assertInvalidCharacter(http.exchange("/api/households/" + householdId + "/documents", HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON_OBJECT), "kind");
  }

  @Test
  void anObjectionAfterTheNoticeTimerFiredIsA409NoticeEndedAndTheNoticeIsEnded() {
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105001001"))
        .getBody().get("caseNumber");
    // The notice still reads OPEN until its last day, but the process no longer waits for an objection (as after
    // the demo's shortened 公示 timer).
    Long noticeId = jdbc.queryForObject("""
        insert into public_notices (case_number, round, community_code, applicant_name, family_size,
          monthly_amount, starts_on, ends_on, status, published_at)
        values (?, 1, '110105001001', '王建国', 2, 100.00, current_date - 7, current_date + 7, 'OPEN', now())
        returning id""", Long.class, caseNumber);

    ResponseEntity<Map<String, Object>> response = post("/api/cases/" + caseNumber + "/objections",
        Map.of("objector", "邻居", "content", "收入不实"));

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("code", "NOTICE_ENDED");
    assertThat(jdbc.queryForObject("select status from public_notices where id = ?", String.class, noticeId))
        .isEqualTo("ENDED");
    assertThat(count("select count(*) from notice_objections where notice_id = ?", noticeId)).isZero();
  }

  @Test
  void theErrorPathAskedForDirectlyIsA404Problem() {
    ResponseEntity<Map<String, Object>> response = anonymous.exchange("/error", HttpMethod.GET, null, JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).containsEntry("code", "NOT_FOUND");
  }

  @Test
  void twoStreetsClerksUsingTheSameIdempotencyKeyEachGetTheirOwnCase() {
    ensureUser("idem.clerk.110105001", "110105001", Role.WINDOW_CLERK);
    ensureUser("idem.clerk.110105002", "110105002", Role.WINDOW_CLERK);
    String key = "shared-" + UUID.randomUUID();
    Map<String, Object> atFirst = aDibaoApplicationOfANewCouple("110105001001");
    Map<String, Object> atSecond = aDibaoApplicationOfANewCouple("110105002001");

    ResponseEntity<Map<String, Object>> first = apply("idem.clerk.110105001", atFirst, key);
    ResponseEntity<Map<String, Object>> second = apply("idem.clerk.110105002", atSecond, key);
    ResponseEntity<Map<String, Object>> retry = apply("idem.clerk.110105001", atFirst, key);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).as(String.valueOf(second.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody().get("caseNumber")).isNotEqualTo(first.getBody().get("caseNumber"));
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retry.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
  }

  @Test
  void usernamesAreUniqueRegardlessOfCase() {
    ensureUser("case.admin", "110000", Role.ADMIN);
    String name = "clerk." + UUID.randomUUID().toString().substring(0, 8);

    ResponseEntity<Map<String, Object>> lower = createUser(name.toLowerCase());
    ResponseEntity<Map<String, Object>> upper = createUser(name.toUpperCase());

    assertThat(lower.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(upper.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(upper.getBody()).containsEntry("code", "USERNAME_TAKEN");
    assertThat(count("select count(*) from users where lower(username) = ?", name.toLowerCase())).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesAUsernameDifferingOnlyInCase() {
    String name = "db." + UUID.randomUUID().toString().substring(0, 8);
    ensureUser(name, "110000", Role.WINDOW_CLERK);

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.update("""
        insert into users (username, display_name, password_hash, jurisdiction_code, password_changed_at, created_at)
        select upper(username), display_name, password_hash, jurisdiction_code, now(), now() from users
        where username = ?""", name)))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
        .hasMessageContaining("users_username_case_insensitive");
  }

  private ResponseEntity<Map<String, Object>> apply(String clerk, Map<String, Object> application, String key) {
    HttpHeaders headers = idempotencyKey(key);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(clerk).exchange("/api/applications", HttpMethod.POST, new HttpEntity<>(application, headers),
        JSON_OBJECT);
  }

  private ResponseEntity<Map<String, Object>> createUser(String username) {
    return as("case.admin").exchange("/api/users", HttpMethod.POST, new HttpEntity<>(
        Map.of("username", username, "displayName", "受理员", "password", "Long-Enough-Pass-2026x",
            "jurisdictionCode", "110108002", "roles", List.of("window-clerk")), jsonHeaders()), JSON_OBJECT);
  }

  private static void assertInvalidCharacter(ResponseEntity<Map<String, Object>> response, String field) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "INVALID_CHARACTER");
    assertThat(errors(response)).anySatisfy(error -> assertThat(error)
        .containsEntry("field", field).containsEntry("code", "INVALID_CHARACTER"));
  }
}
