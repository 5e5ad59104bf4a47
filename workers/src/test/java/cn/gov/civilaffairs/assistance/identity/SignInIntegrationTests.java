package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class SignInIntegrationTests extends IntegrationTest {

  @Test
  @SuppressWarnings("unchecked")
  void signsInWithATokenAndTellsWhoIsSignedIn() {
    ensureUser("signin.clerk", "110105001", Role.WINDOW_CLERK);

    ResponseEntity<Map<String, Object>> signedIn = login("signin.clerk", PASSWORD);

    assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(signedIn.getBody()).containsKeys("token", "refreshToken", "expiresAt");
    Map<String, Object> user = (Map<String, Object>) signedIn.getBody().get("user");
    assertThat(user).containsEntry("username", "signin.clerk").containsEntry("jurisdictionCode", "110105001")
        .containsEntry("jurisdictionName", "建外街道");
    assertThat(bearer((String) signedIn.getBody().get("token")).getForEntity("/api/auth/me", Map.class)
        .getBody()).containsEntry("username", "signin.clerk");
  }

  @Test
  void answersTheSameForAnUnknownUserAndAWrongPassword() {
    ensureUser("signin.known", "110105001", Role.WINDOW_CLERK);

    ResponseEntity<Map<String, Object>> unknown = login("signin.nobody", PASSWORD);
    ResponseEntity<Map<String, Object>> wrong = login("signin.known", "Wrong-Password-1");

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(unknown.getBody()).isEqualTo(wrong.getBody());
    assertThat(unknown.getBody()).containsEntry("code", "INVALID_CREDENTIALS");
  }

  @Test
  void locksTheAccountAfterFiveFailuresInFifteenMinutes() {
    ensureUser("signin.victim", "110105001", Role.WINDOW_CLERK);
    for (int i = 0; i < 4; i++) {
      assertThat(login("signin.victim", "Wrong-Password-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(login("signin.victim", PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

    for (int i = 0; i < 5; i++) {
      login("signin.victim", "Wrong-Password-" + i);
    }
    ResponseEntity<Map<String, Object>> locked = login("signin.victim", PASSWORD);

    assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(locked.getBody()).containsEntry("code", "INVALID_CREDENTIALS");
    assertThat(count("select count(*) from users where username = 'signin.victim' and locked_until > now()"))
        .isEqualTo(1);
    assertThat(count("select count(*) from audit_events where username = 'signin.victim' "
        + "and action = 'LOGIN_FAILED_LOCKED'")).isEqualTo(1);

    jdbc.update("update users set locked_until = now() - interval '1 second' where username = 'signin.victim'");
    assertThat(login("signin.victim", PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @SuppressWarnings("unchecked")
  void refreshesAndRevokesOnSignOut() {
    ensureUser("signin.leaver", "110105001", Role.WINDOW_CLERK);
    Map<String, Object> signedIn = login("signin.leaver", PASSWORD).getBody();
    String token = (String) signedIn.get("token");

    ResponseEntity<Map<String, Object>> refreshed = anonymous.exchange("/api/auth/refresh", HttpMethod.POST,
        new HttpEntity<>(Map.of("refreshToken", signedIn.get("refreshToken")), jsonHeaders()), JSON_OBJECT);
    assertThat(refreshed.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> reused = anonymous.exchange("/api/auth/refresh", HttpMethod.POST,
        new HttpEntity<>(Map.of("refreshToken", signedIn.get("refreshToken")), jsonHeaders()), JSON_OBJECT);
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(bearer(token).postForEntity("/api/auth/logout", null, Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map> afterLogout = bearer(token).getForEntity("/api/auth/me", Map.class);
    assertThat(afterLogout.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(afterLogout.getBody()).containsEntry("code", "UNAUTHENTICATED");
    assertThat(bearer((String) refreshed.getBody().get("token")).getForEntity("/api/auth/me", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refusesATamperedToken() {
    ensureUser("signin.forger", "110105001", Role.WINDOW_CLERK);
    String token = (String) login("signin.forger", PASSWORD).getBody().get("token");
    String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");

    assertThat(bearer(tampered).getForEntity("/api/auth/me", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void signsOutEveryoneOfALockedAccount() {
    ensureUser("signin.suspended", "110105001", Role.WINDOW_CLERK);
    ensureUser("signin.admin", "110000", Role.ADMIN);
    String token = (String) login("signin.suspended", PASSWORD).getBody().get("token");

    assertThat(as("signin.admin").postForEntity("/api/users/signin.suspended/lock", null, Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(bearer(token).getForEntity("/api/auth/me", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(login("signin.suspended", PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<Map<String, Object>> login(String username, String password) {
    return anonymous.exchange("/api/auth/login", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", username, "password", password), jsonHeaders()), JSON_OBJECT);
  }

  private TestRestTemplate bearer(String token) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(anonymous.getRootUri())
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }
}
