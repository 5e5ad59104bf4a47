package cn.gov.civilaffairs.assistance.households;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static cn.gov.civilaffairs.assistance.support.Fixtures.headOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class PersonalDataIntegrationTests extends IntegrationTest {

  @Test
  @SuppressWarnings("unchecked")
  void revealsAFullResidentIdOnlyOnRequestAndAuditsEachReveal() {
    ensureUser("pd.caseworker", "110105001", Role.CASEWORKER);
    Map<String, Object> form = aCoupleIn("110105001002");
    Map<String, Object> household = post("/api/households", form).getBody();
    Object memberId = ((List<Map<String, Object>>) household.get("members")).get(0).get("id");
    String path = "/api/households/" + household.get("id") + "/members/" + memberId + "/reveal";
    String fullId = (String) headOf(form).get("residentId");

    assertThat(as("pd.caseworker").getForEntity("/api/households/" + household.get("id"), String.class).getBody())
        .doesNotContain(fullId).contains(fullId.substring(0, 6) + "********" + fullId.substring(14));
    ResponseEntity<Map> revealed = as("pd.caseworker").postForEntity(path, null, Map.class);

    assertThat(revealed.getBody()).containsEntry("residentId", fullId);
    List<Map<String, Object>> audit = jdbc.queryForList("select username, ip, entity_id, jurisdiction_code "
        + "from audit_events where action = 'RESIDENT_ID_REVEALED' and entity_id = ?", memberId.toString());
    assertThat(audit).singleElement().satisfies(entry -> {
      assertThat(entry).containsEntry("username", "pd.caseworker").containsEntry("jurisdiction_code",
          "110105001002");
      assertThat((String) entry.get("ip")).isNotBlank();
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void keepsFullNumbersFromGridCadres() {
    ensureUser("pd.cadre", "110105001002", Role.GRID_CADRE);
    Map<String, Object> household = post("/api/households", aCoupleIn("110105001002")).getBody();
    Object memberId = ((List<Map<String, Object>>) household.get("members")).get(0).get("id");

    assertThat(as("pd.cadre").getForEntity("/api/households/" + household.get("id"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("pd.cadre").postForEntity("/api/households/" + household.get("id") + "/members/" + memberId
        + "/reveal", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("pd.cadre").postForEntity("/api/households/" + household.get("id") + "/reveal-phone", null,
        Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void masksResidentIdsInListsAndAuditsPhoneReveals() {
    Map<String, Object> form = aCoupleIn("110105001001");
    Object id = post("/api/households", form).getBody().get("id");

    String listed = http.getForEntity(listUri("/api/households", null, "[0,499]", null), String.class).getBody();
    Map revealed = http.postForEntity("/api/households/" + id + "/reveal-phone", null, Map.class).getBody();

    assertThat(listed).doesNotContain((String) headOf(form).get("residentId"));
    assertThat(revealed).containsEntry("phone", "13800001234");
    assertThat(count("select count(*) from audit_events where action = 'PHONE_REVEALED' and entity_id = ?",
        id.toString())).isEqualTo(1);
  }
}
