package cn.gov.civilaffairs.assistance;

import static org.assertj.core.api.Assertions.assertThat;

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
  void reportsHealthAndReadiness() {
    assertThat(get("/actuator/health").getBody()).containsEntry("status", "UP");
    assertThat(get("/actuator/health/readiness").getBody()).containsEntry("status", "UP");
  }

  @Test
  @SuppressWarnings("unchecked")
  void servesTheOpenApiDocument() {
    Map<String, Object> document = get("/v3/api-docs").getBody();

    assertThat((Map<String, Object>) document.get("paths")).containsKeys("/api/applications",
        "/api/households", "/api/cases", "/api/cases/{caseNumber}");
  }

  @Test
  void keepsTheEngineRestApiAndWebappsFromAnonymousUsers() {
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/operaton/app/cockpit/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("engine-admin", "wrong-password")
        .getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void letsTheConfiguredEngineAdminUseTheEngineRestApi() {
    ResponseEntity<List<Map<String, Object>>> definitions = http
        .withBasicAuth("engine-admin", "test-engine-admin-password")
        .exchange("/engine-rest/process-definition?key=assistance-application", HttpMethod.GET,
            new HttpEntity<>(new HttpHeaders()), JSON_ARRAY);

    assertThat(definitions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody()).isNotEmpty()
        .allSatisfy(d -> assertThat(d).containsEntry("key", "assistance-application"));
  }

  @Test
  void loadsTheJurisdictionTreeFromTheSeed() {
    List<Map<String, Object>> nodes = list("/api/jurisdictions").getBody();

    assertThat(nodes).extracting(n -> n.get("code")).contains("110000", "110105", "110108", "110105001",
        "110105002", "110108001", "110108002", "110105001001", "110108002002");
    assertThat(nodes).hasSize(15);
    assertThat(nodes).filteredOn(n -> "STREET".equals(n.get("level")))
        .allSatisfy(n -> assertThat((String) n.get("parentCode")).hasSize(6));
  }
}
