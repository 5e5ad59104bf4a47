package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.EngineWebapps;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One lockout for every password door (issue 18, findings 3 and 7): the API sign-in, HTTP basic on
 * {@code /engine-rest} and the engine webapps' (Cockpit) login share one atomic failure count, refuse the same way
 * for every reason, and a concurrent burst compares at most the limit.
 */
class PasswordDoorsIntegrationTests extends IntegrationTest {

  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
  private static final int LIMIT = 5;

  private TestRestTemplate admin;

  @BeforeEach
  void signInAsAdmin() {
    ensureUser("doors.admin", "110000", Role.ADMIN);
    admin = as("doors.admin");
  }

  private String user(String name, Role... roles) {
    String username = "doors." + name + "." + RUN;
    ensureUser(username, roles[0] == Role.ADMIN || roles[0] == Role.PROCESS_MANAGER ? "110000" : "110105001",
        roles);
    return username;
  }

  @Test
  void locksAfterFiveFailuresAtTheApiSignIn() {
    String username = user("api", Role.ADMIN);
    for (int i = 0; i < LIMIT; i++) {
      assertThat(apiLogin(username, "Wrong-Password-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertLockedEverywhere(username);
  }

  @Test
  void locksAfterFiveFailuresOverEngineRestBasic() {
    String username = user("basic", Role.PROCESS_MANAGER);
    assertThat(basic(username, PASSWORD).getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);
    for (int i = 0; i < LIMIT; i++) {
      assertThat(basic(username, "Wrong-Password-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertLockedEverywhere(username);
  }

  @Test
  void locksAfterFiveFailuresAtTheCockpitLogin() {
    String username = user("cockpit", Role.ADMIN);
    for (int i = 0; i < LIMIT; i++) {
      assertThat(cockpitLogin(username, "Wrong-Password-" + i).getStatusCode().is2xxSuccessful()).isFalse();
    }
    assertLockedEverywhere(username);
  }

  @Test
  void sharesOneLockoutAcrossTheDoors() {
    String username = user("shared", Role.ADMIN);
    for (int i = 0; i < LIMIT - 1; i++) {
      assertThat(apiLogin(username, "Wrong-Password-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(basic(username, "Wrong-Password-basic").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertLockedEverywhere(username);
  }

  @Test
  void aConcurrentBurstOfWrongPasswordsComparesAtMostTheLimit() throws Exception {
    String username = user("burst", Role.WINDOW_CLERK);
    List<String> guesses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      guesses.add("Wrong-Password-" + i);
    }

    List<HttpStatus> answers = burst(username, guesses);

    assertThat(answers).containsOnly(HttpStatus.UNAUTHORIZED);
    assertThat(compared(username)).isEqualTo(LIMIT);
    assertThat(count("select count(*) from audit_events where username = ? and action = 'LOGIN_REFUSED_LOCKED'",
        username)).isEqualTo(40 - LIMIT);
    assertThat(apiLogin(username, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theRightPasswordInABurstDoesNotPassOnceTheLimitIsReached() throws Exception {
    String username = user("burst-right", Role.WINDOW_CLERK);
    for (int i = 0; i < LIMIT - 1; i++) {
      apiLogin(username, "Wrong-Password-" + i);
    }
    List<String> guesses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      guesses.add(i % 2 == 0 ? PASSWORD : "Wrong-Password-burst-" + i);
    }

    List<HttpStatus> answers = burst(username, guesses);

    // One comparison was left before the limit: at most one attempt of the 40 was compared, so the right password
    // passed at most once, and only if it was that one.
    assertThat(compared(username)).isLessThanOrEqualTo(LIMIT);
    assertThat(answers.stream().filter(HttpStatus.OK::equals).count()).isLessThanOrEqualTo(1);
    assertThat(count("select count(*) from audit_events where username = ? and action = 'LOGIN_REFUSED_LOCKED'",
        username)).isGreaterThanOrEqualTo(39);
  }

  @Test
  void aLockedAccountRefusesABurstOfTheRightPassword() throws Exception {
    String username = user("burst-locked", Role.WINDOW_CLERK);
    for (int i = 0; i < LIMIT; i++) {
      apiLogin(username, "Wrong-Password-" + i);
    }

    List<HttpStatus> answers = burst(username, java.util.Collections.nCopies(40, PASSWORD));

    assertThat(answers).containsOnly(HttpStatus.UNAUTHORIZED);
    assertThat(compared(username)).isEqualTo(LIMIT);
  }

  @Test
  void answersTheSameForWrongPasswordLockedAccountUnknownUserAndNoRoleAtEveryDoor() {
    String wrong = user("same-wrong", Role.ADMIN);
    String locked = user("same-locked", Role.ADMIN);
    String clerk = user("same-clerk", Role.WINDOW_CLERK);
    String unknown = "doors.nobody." + RUN;
    jdbc.update("update users set locked_until = now() + interval '10 minutes' where username = ?", locked);

    ResponseEntity<Map<String, Object>> apiWrong = apiLogin(wrong, "Wrong-Password-1");
    for (ResponseEntity<Map<String, Object>> other : List.of(apiLogin(locked, PASSWORD),
        apiLogin(unknown, PASSWORD))) {
      assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(other.getBody()).isEqualTo(apiWrong.getBody()).containsEntry("code", "INVALID_CREDENTIALS");
    }

    ResponseEntity<String> basicWrong = basic(wrong, "Wrong-Password-2");
    assertThat(basicWrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (ResponseEntity<String> other : List.of(basic(locked, PASSWORD), basic(unknown, PASSWORD),
        basic(clerk, PASSWORD))) {
      assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(other.getBody()).isEqualTo(basicWrong.getBody());
      assertThat(other.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE))
          .isEqualTo(basicWrong.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE));
    }

    ResponseEntity<String> cockpitWrong = cockpitLogin(wrong, "Wrong-Password-3");
    assertThat(cockpitWrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (ResponseEntity<String> other : List.of(cockpitLogin(locked, PASSWORD), cockpitLogin(unknown, PASSWORD),
        cockpitLogin(clerk, PASSWORD))) {
      assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      // The webapps answer with the servlet container's error body, which carries the time of the answer.
      assertThat(withoutTimestamp(other.getBody())).isEqualTo(withoutTimestamp(cockpitWrong.getBody()));
    }
  }

  private static String withoutTimestamp(String body) {
    return body == null ? null : body.replaceAll("\"timestamp\":\"[^\"]*\",?", "");
  }

  private void assertLockedEverywhere(String username) {
    assertThat(count("select count(*) from users where username = ? and locked_until > now()", username))
        .isEqualTo(1);
    assertThat(apiLogin(username, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(basic(username, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(cockpitLogin(username, PASSWORD).getStatusCode().is2xxSuccessful()).isFalse();
    // Refused without comparing: the three right passwords above were not counted as checks.
    assertThat(compared(username)).isEqualTo(LIMIT);
  }

  /** How many times a password of this user was actually compared (each comparison is audited). */
  private int compared(String username) {
    return count("select count(*) from audit_events where username = ? "
        + "and action in ('LOGIN_FAILED', 'LOGIN_FAILED_LOCKED', 'LOGIN_SUCCEEDED')", username);
  }

  private List<HttpStatus> burst(String username, List<String> passwords) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(passwords.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpStatus>> results = new ArrayList<>();
      for (String password : passwords) {
        results.add(pool.submit(() -> {
          start.await();
          return HttpStatus.valueOf(apiLogin(username, password).getStatusCode().value());
        }));
      }
      start.countDown();
      List<HttpStatus> answers = new ArrayList<>();
      for (Future<HttpStatus> result : results) {
        answers.add(result.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private ResponseEntity<Map<String, Object>> apiLogin(String username, String password) {
    return anonymous.exchange("/api/auth/login", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", username, "password", password), jsonHeaders()), JSON_OBJECT);
  }

  private ResponseEntity<String> basic(String username, String password) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(anonymous.getRootUri()))
        .withBasicAuth(username, password).getForEntity("/engine-rest/process-definition/count", String.class);
  }

  private ResponseEntity<String> cockpitLogin(String username, String password) {
    return EngineWebapps.cockpitLogin(anonymous, username, password);
  }
}
