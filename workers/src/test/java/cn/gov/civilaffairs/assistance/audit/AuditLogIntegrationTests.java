package cn.gov.civilaffairs.assistance.audit;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;

class AuditLogIntegrationTests extends IntegrationTest {

  @Test
  @SuppressWarnings("unchecked")
  void recordsWhoAcceptedAnApplicationAndWhenAndFromWhere() {
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002001"))
        .getBody().get("caseNumber");

    List<Map<String, Object>> entries = http.exchange(listUri("/api/audit", null, null,
        "{\"caseNumber\":\"" + caseNumber + "\"}"), HttpMethod.GET, null, JSON_ARRAY).getBody();

    assertThat(entries).extracting(entry -> entry.get("action"))
        .containsExactlyInAnyOrder("APPLICATION_ACCEPTED", "DOCUMENT_GENERATED");
    assertThat(entries).filteredOn("action", "APPLICATION_ACCEPTED").singleElement().satisfies(entry -> {
      assertThat(entry).containsEntry("action", "APPLICATION_ACCEPTED").containsEntry("username", TESTER)
          .containsEntry("jurisdictionCode", "110105002").containsKey("occurredAt");
      assertThat((Map<String, Object>) entry.get("after")).containsEntry("caseNumber", caseNumber);
      assertThat((String) entry.get("ip")).isNotBlank();
    });
  }

  @Test
  void showsACountyAuditorOnlyTheirSubtree() {
    ensureUser("audit.auditor.110108", "110108", Role.COUNTY_AUDITOR);
    String here = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110108002002")).getBody()
        .get("caseNumber");
    String there = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002002")).getBody()
        .get("caseNumber");

    List<Map<String, Object>> entries = as("audit.auditor.110108").exchange(
        listUri("/api/audit", null, "[0,499]", "{\"action\":\"APPLICATION_ACCEPTED\"}"), HttpMethod.GET, null,
        JSON_ARRAY).getBody();

    assertThat(entries).extracting(e -> e.get("caseNumber")).contains(here).doesNotContain(there);
  }

  @Test
  void showsEntriesOfNoJurisdictionToCityLevelRolesOnly() {
    ensureUser("audit.auditor.110105", "110105", Role.COUNTY_AUDITOR);
    ensureUser("audit.admin.110000", "110000", Role.ADMIN);
    String unknown = "nobody-" + System.nanoTime();
    anonymous.exchange("/api/auth/login", HttpMethod.POST, new org.springframework.http.HttpEntity<>(
        Map.of("username", unknown, "password", "wrong-password-1"), jsonHeaders()), JSON_OBJECT);
    assertThat(count("select count(*) from audit_events where username = ? and jurisdiction_code is null",
        unknown)).as("the failed sign-in of an unknown user has no jurisdiction").isEqualTo(1);
    String filter = "{\"username\":\"" + unknown + "\"}";

    List<Map<String, Object>> city = as("audit.admin.110000").exchange(listUri("/api/audit", null, "[0,49]",
        filter), HttpMethod.GET, null, JSON_ARRAY).getBody();
    List<Map<String, Object>> county = as("audit.auditor.110105").exchange(listUri("/api/audit", null, "[0,49]",
        filter), HttpMethod.GET, null, JSON_ARRAY).getBody();

    assertThat(city).hasSize(1);
    assertThat(county).isEmpty();
  }

  @Test
  void refusesToChangeOrDeleteAnEntry() {
    post("/api/applications", aDibaoApplicationOfANewCouple("110105002001"));

    assertThatThrownBy(() -> jdbc.update("update audit_events set username = 'someone-else'"))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_events"))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_events"))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
  }
}
