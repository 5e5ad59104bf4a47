package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class UserAdministrationIntegrationTests extends IntegrationTest {

  private TestRestTemplate admin;

  @BeforeEach
  void signInAsAdmin() {
    ensureUser("users.admin", "110000", Role.ADMIN);
    admin = as("users.admin");
  }

  @Test
  void createsAUserWhoCanSignInAndAuditsIt() {
    ResponseEntity<Map<String, Object>> created = admin.exchange("/api/users", HttpMethod.POST, new HttpEntity<>(
        Map.of("username", "new.clerk", "displayName", "新受理员", "password", "Long-Enough-1",
            "jurisdictionCode", "110108002", "roles", List.of("window-clerk")), jsonHeaders()), JSON_OBJECT);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("username", "new.clerk").doesNotContainKey("passwordHash");
    assertThat(signIn("new.clerk", "Long-Enough-1")).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select password_hash from users where username = 'new.clerk'", String.class))
        .startsWith("{bcrypt}");
    assertThat(count("select count(*) from audit_events where action = 'USER_CREATED' and entity_id = 'new.clerk'"))
        .isEqualTo(1);
  }

  @Test
  void createsTheFirstAdministratorFromConfiguration() {
    assertThat(count("select count(*) from user_roles where username = 'first.admin' and role = 'admin'"))
        .isEqualTo(1);
    assertThat(signIn("first.admin", "Initial-Admin-2026")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void refusesAShortPasswordAndAnUnknownRole() {
    ResponseEntity<Map<String, Object>> shortPassword = admin.exchange("/api/users", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", "short.pw", "displayName", "x", "password", "123456789",
            "jurisdictionCode", "110108002", "roles", List.of("window-clerk")), jsonHeaders()), JSON_OBJECT);
    ResponseEntity<Map<String, Object>> unknownRole = admin.exchange("/api/users", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", "bad.role", "displayName", "x", "password", "Long-Enough-1",
            "jurisdictionCode", "110108002", "roles", List.of("superuser")), jsonHeaders()), JSON_OBJECT);

    assertThat(shortPassword.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(shortPassword)).anySatisfy(e -> assertThat(e).containsEntry("field", "password")
        .containsEntry("code", "PASSWORD_TOO_SHORT"));
    assertThat(unknownRole.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(count("select count(*) from users where username in ('short.pw', 'bad.role')")).isZero();
  }

  @Test
  void resetsAPasswordChangesRolesAndUnlocks() {
    ensureUser("users.target", "110105001", Role.WINDOW_CLERK);

    assertThat(admin.postForEntity("/api/users/users.target/reset-password",
        new HttpEntity<>(Map.of("password", "Brand-New-Pass-1"), jsonHeaders()), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(signIn("users.target", PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(signIn("users.target", "Brand-New-Pass-1")).isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> changed = admin.exchange("/api/users/users.target", HttpMethod.PUT,
        new HttpEntity<>(Map.of("displayName", "改名", "jurisdictionCode", "110105001",
            "roles", List.of("caseworker", "street-reviewer")), jsonHeaders()), JSON_OBJECT);
    assertThat(changed.getBody()).containsEntry("roles", List.of("caseworker", "street-reviewer"));

    admin.postForEntity("/api/users/users.target/lock", null, Void.class);
    assertThat(signIn("users.target", "Brand-New-Pass-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    admin.postForEntity("/api/users/users.target/unlock", null, Void.class);
    assertThat(signIn("users.target", "Brand-New-Pass-1")).isEqualTo(HttpStatus.OK);
  }

  private HttpStatus signIn(String username, String password) {
    return HttpStatus.valueOf(anonymous.exchange("/api/auth/login", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", username, "password", password), jsonHeaders()), JSON_OBJECT)
        .getStatusCode().value());
  }
}
