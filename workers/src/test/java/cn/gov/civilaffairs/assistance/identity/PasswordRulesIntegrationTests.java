package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Passwords (issue 18, finding 7): common and trivially patterned passwords are refused with a field code, every
 * user changes their own password, and after an administrator's reset the user must change it first.
 */
class PasswordRulesIntegrationTests extends IntegrationTest {

  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

  private TestRestTemplate admin;

  @BeforeEach
  void signInAsAdmin() {
    ensureUser("passwords.admin", "110000", Role.ADMIN);
    admin = as("passwords.admin");
  }

  @ParameterizedTest(name = "{0} is refused with {1}")
  @CsvSource({
      "aaaaaaaaaa, PASSWORD_TOO_COMMON", "1234567890, PASSWORD_TOO_COMMON", "password12, PASSWORD_TOO_COMMON",
      "Password123, PASSWORD_TOO_COMMON", "qwertyuiop, PASSWORD_TOO_COMMON", "woaini1314, PASSWORD_TOO_COMMON",
      "a123456789, PASSWORD_TOO_COMMON", "qq12345678, PASSWORD_TOO_COMMON", "zzzzzzzzzzzz, PASSWORD_PATTERN",
      "3456789012, PASSWORD_PATTERN", "defghijklmn, PASSWORD_PATTERN", "poiuytrewq, PASSWORD_PATTERN",
      "abcabcabcabc, PASSWORD_PATTERN", "xy12xy12xy12, PASSWORD_PATTERN", "Wanglei.2026, PASSWORD_PATTERN",
      "short-1, PASSWORD_TOO_SHORT"})
  void refusesACommonOrPatternedPasswordWithItsCode(String password, String code) {
    ResponseEntity<Map<String, Object>> created = admin.exchange("/api/users", HttpMethod.POST, new HttpEntity<>(
        Map.of("username", "wanglei." + RUN, "displayName", "王磊", "password", password,
            "jurisdictionCode", "110105001", "roles", List.of("window-clerk")), jsonHeaders()), JSON_OBJECT);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(created)).anySatisfy(e -> assertThat(e).containsEntry("field", "password")
        .containsEntry("code", code));
  }

  @Test
  void acceptsAnUnremarkablePassword() {
    ResponseEntity<Map<String, Object>> created = admin.exchange("/api/users", HttpMethod.POST, new HttpEntity<>(
        Map.of("username", "accepted." + RUN, "displayName", "李娜", "password", "Hutong-Lamp-47",
            "jurisdictionCode", "110105001", "roles", List.of("window-clerk")), jsonHeaders()), JSON_OBJECT);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aUserChangesTheirOwnPasswordAndTheirOtherSessionsEnd() {
    String username = "changer." + RUN;
    ensureUser(username, "110105001", Role.CASEWORKER);
    Map<String, Object> first = apiLogin(username, PASSWORD).getBody();
    Map<String, Object> second = apiLogin(username, PASSWORD).getBody();
    TestRestTemplate current = bearer((String) first.get("token"));

    ResponseEntity<Map<String, Object>> wrongCurrent = change(current, "Not-My-Password-1", "River-Stone-83");
    assertThat(wrongCurrent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(wrongCurrent)).anySatisfy(e -> assertThat(e).containsEntry("field", "currentPassword")
        .containsEntry("code", "CURRENT_PASSWORD_WRONG"));
    ResponseEntity<Map<String, Object>> common = change(current, PASSWORD, "woaini1314");
    assertThat(errors(common)).anySatisfy(e -> assertThat(e).containsEntry("field", "newPassword")
        .containsEntry("code", "PASSWORD_TOO_COMMON"));
    ResponseEntity<Map<String, Object>> noCurrent = change(current, "", "River-Stone-83");
    assertThat(errors(noCurrent)).anySatisfy(e -> assertThat(e).containsEntry("field", "currentPassword"));

    assertThat(change(current, PASSWORD, "River-Stone-83").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(current.getForEntity("/api/auth/me", Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(bearer((String) second.get("token")).getForEntity("/api/auth/me", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.exchange("/api/auth/refresh", HttpMethod.POST,
        new HttpEntity<>(Map.of("refreshToken", second.get("refreshToken")), jsonHeaders()), JSON_OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(apiLogin(username, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(apiLogin(username, "River-Stone-83").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(count("select count(*) from audit_events where username = ? and action = 'PASSWORD_CHANGED'",
        username)).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void afterAnAdministratorsResetTheUserMustChangeThePasswordFirst() {
    String username = "reset." + RUN;
    ensureUser(username, "110105001", Role.CASEWORKER);
    assertThat(admin.postForEntity("/api/users/" + username + "/reset-password",
        new HttpEntity<>(Map.of("password", "Given-By-Admin-61"), jsonHeaders()), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> signedIn = apiLogin(username, "Given-By-Admin-61");
    assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) signedIn.getBody().get("user")).containsEntry("passwordChangeRequired", true);
    TestRestTemplate session = bearer((String) signedIn.getBody().get("token"));

    ResponseEntity<Map<String, Object>> refused = session.exchange("/api/cases", HttpMethod.GET, null, JSON_OBJECT);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("code", "PASSWORD_CHANGE_REQUIRED");
    assertThat(session.exchange("/api/jurisdictions", HttpMethod.GET, null, JSON_OBJECT).getBody())
        .containsEntry("code", "PASSWORD_CHANGE_REQUIRED");
    assertThat(session.getForEntity("/api/auth/me", Map.class).getBody())
        .containsEntry("passwordChangeRequired", true);

    assertThat(change(session, "Given-By-Admin-61", "Own-Choice-Path-29").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(session.getForEntity("/api/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> again = apiLogin(username, "Own-Choice-Path-29");
    assertThat((Map<String, Object>) again.getBody().get("user")).containsEntry("passwordChangeRequired", false);
  }

  private ResponseEntity<Map<String, Object>> change(TestRestTemplate session, String current, String next) {
    return session.exchange("/api/auth/password", HttpMethod.POST,
        new HttpEntity<>(Map.of("currentPassword", current, "newPassword", next), jsonHeaders()), JSON_OBJECT);
  }

  private ResponseEntity<Map<String, Object>> apiLogin(String username, String password) {
    return anonymous.exchange("/api/auth/login", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", username, "password", password), jsonHeaders()), JSON_OBJECT);
  }

  private TestRestTemplate bearer(String token) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(anonymous.getRootUri())
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }
}
