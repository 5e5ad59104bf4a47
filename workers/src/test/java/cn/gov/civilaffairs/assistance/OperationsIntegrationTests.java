package cn.gov.civilaffairs.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.EngineWebapps;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class OperationsIntegrationTests extends IntegrationTest {

  @Test
  void reportsHealthAndReadinessWithoutSignIn() {
    assertThat(anonymous.getForEntity("/actuator/health", Map.class).getBody()).containsEntry("status", "UP");
    assertThat(anonymous.getForEntity("/actuator/health/readiness", Map.class).getBody())
        .containsEntry("status", "UP");
  }

  @Test
  @SuppressWarnings("unchecked")
  void servesTheOpenApiDocument() {
    Map<String, Object> document = anonymous.getForEntity("/v3/api-docs", Map.class).getBody();

    assertThat((Map<String, Object>) document.get("paths")).containsKeys("/api/applications",
        "/api/households", "/api/cases", "/api/cases/{caseNumber}", "/api/auth/login", "/api/audit");
  }

  @Test
  void refusesTheEngineRestApiToAnonymousUsersAndToNonAdministrators() {
    ensureUser("clerk.engine-test", "110105001", Role.WINDOW_CLERK);

    assertThat(anonymous.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // The right password of a user without the role answers like a wrong one (no oracle; issue 18 finding 3).
    assertThat(anonymous.withBasicAuth("clerk.engine-test", PASSWORD)
        .getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.withBasicAuth("clerk.engine-test", "wrong-password-1")
        .getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void letsProcessManagersUseTheEngineRestApiWithTheirAccount() {
    ensureUser("manager.engine-test", "110000", Role.PROCESS_MANAGER);

    ResponseEntity<List<Map<String, Object>>> definitions = anonymous
        .withBasicAuth("manager.engine-test", PASSWORD)
        .exchange("/engine-rest/process-definition?key=assistance-application", HttpMethod.GET,
            new HttpEntity<>(new HttpHeaders()), JSON_ARRAY);

    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody()).isNotEmpty()
        .allSatisfy(d -> assertThat(d).containsEntry("key", "assistance-application"));
  }

  @Test
  void opensCockpitToAdministratorsOnly() {
    ensureUser("clerk.cockpit-test", "110105001", Role.WINDOW_CLERK);
    ensureUser("admin.cockpit-test", "110000", Role.ADMIN);

    assertThat(cockpitLogin("clerk.cockpit-test", PASSWORD).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(cockpitLogin("admin.cockpit-test", "wrong-password-1").getStatusCode().is2xxSuccessful())
        .isFalse();
    assertThat(cockpitLogin("admin.cockpit-test", PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void loadsTheJurisdictionTreeFromTheSeed() {
    List<Map<String, Object>> nodes = list("/api/jurisdictions").getBody();

    assertThat(nodes).extracting(n -> n.get("code")).contains("110000", "110105", "110108", "110105001",
        "110105002", "110108001", "110108002", "110105001001", "110108002002");
    // The seed has 15 nodes; other tests may add their own streets to the shared database.
    assertThat(nodes).hasSizeGreaterThanOrEqualTo(15);
    assertThat(nodes).filteredOn(n -> "STREET".equals(n.get("level")))
        .allSatisfy(n -> assertThat((String) n.get("parentCode")).hasSize(6));
  }

  private ResponseEntity<String> cockpitLogin(String username, String password) {
    return EngineWebapps.cockpitLogin(anonymous, username, password);
  }
}
