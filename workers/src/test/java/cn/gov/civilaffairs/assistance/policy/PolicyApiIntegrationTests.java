package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class PolicyApiIntegrationTests extends IntegrationTest {

  private static final String ADMIN = "policy.admin";

  @Autowired
  StepDeadlines stepDeadlines;

  @Autowired
  PolicyParameters parameters;

  @BeforeEach
  void createAdministrator() {
    ensureUser(ADMIN, "110000", Role.ADMIN);
  }

  private ResponseEntity<Map<String, Object>> postAs(TestRestTemplate client, String path, Object body) {
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
  }

  private static Map<String, Object> change(String jurisdiction, String code, Object value, String from,
      String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("jurisdictionCode", jurisdiction);
    body.put("code", code);
    body.put("value", value);
    body.put("effectiveFrom", from);
    body.put("reason", reason);
    return body;
  }

  @Test
  @SuppressWarnings("unchecked")
  void letsAnAdministratorSetAValueWithAReasonAndAuditsIt() {
    String inForce = parameters.snapshot("110108", LocalDate.of(2044, 1, 1)).text("dibao.standard");

    ResponseEntity<Map<String, Object>> response = postAs(as(ADMIN), "/api/policy/parameters",
        change("110108", "dibao.standard", 1520.5, "2044-01-01", "区政府 2044 年第 1 号文"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("value", "1520.5").containsEntry("createdBy", ADMIN)
        .containsEntry("reason", "区政府 2044 年第 1 号文");
    Object id = response.getBody().get("id");
    Map<String, Object> audit = jdbc.queryForMap("""
        select username, jurisdiction_code, before ->> 'value' as before_value, after ->> 'value' as after_value,
          after ->> 'reason' as reason from audit_events where action = 'POLICY_PARAMETER_SET' and entity_id = ?""",
        id.toString());
    assertThat(audit).containsEntry("username", ADMIN).containsEntry("jurisdiction_code", "110108")
        .containsEntry("before_value", inForce).containsEntry("after_value", "1520.5")
        .containsEntry("reason", "区政府 2044 年第 1 号文");

    Map<String, Object> snapshot = get("/api/policy/snapshot?jurisdiction=110108001001&day=2044-01-01").getBody();
    Map<String, Object> standard = (Map<String, Object>) ((Map<String, Object>) snapshot.get("values"))
        .get("dibao.standard");
    assertThat(standard).containsEntry("value", "1520.5").containsEntry("setAt", "110108")
        .containsEntry("effectiveFrom", "2044-01-01");
    assertThat((String) snapshot.get("version")).contains(id.toString());
  }

  @Test
  void forbidsEveryoneButAdministratorsToSetAValue() {
    int rows = count("select count(*) from policy_parameters");

    ResponseEntity<Map<String, Object>> response = post("/api/policy/parameters",
        change("110108", "dibao.standard", "1600", "2045-01-01", "越权"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count("select count(*) from policy_parameters")).isEqualTo(rows);
  }

  @Test
  void refusesInvalidValuesWithFieldErrorsAndStoresNothing() {
    int rows = count("select count(*) from policy_parameters");
    int audits = count("select count(*) from audit_events where action = 'POLICY_PARAMETER_SET'");
    TestRestTemplate admin = as(ADMIN);

    ResponseEntity<Map<String, Object>> notANumber = postAs(admin, "/api/policy/parameters",
        change("110108", "dibao.standard", "一千五", "2046-01-01", "x"));
    ResponseEntity<Map<String, Object>> outOfRange = postAs(admin, "/api/policy/parameters",
        change("110108", "marginal.factor", 7, "2046-01-01", "x"));
    ResponseEntity<Map<String, Object>> wrongLevel = postAs(admin, "/api/policy/parameters",
        change("110108001", "dibao.standard", 1600, "2046-01-01", "x"));
    ResponseEntity<Map<String, Object>> noReason = postAs(admin, "/api/policy/parameters",
        change("110108", "rigid.test", "MEDIAN", "2046-01-01", " "));
    ResponseEntity<Map<String, Object>> unknown = postAs(admin, "/api/policy/parameters",
        change("110108", "dibao.bonus", 1, null, "x"));

    assertThat(List.of(notANumber, outOfRange, wrongLevel, noReason, unknown))
        .allSatisfy(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY));
    assertThat(errors(notANumber)).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("field", "value").containsEntry("code", "NOT_A_NUMBER").containsKey("message"));
    assertThat(errors(outOfRange)).extracting(e -> e.get("code")).containsExactly("OUT_OF_RANGE");
    assertThat(errors(wrongLevel)).extracting(e -> e.get("field") + ":" + e.get("code"))
        .containsExactly("jurisdictionCode:LEVEL_NOT_ALLOWED");
    assertThat(errors(noReason)).extracting(e -> e.get("field") + ":" + e.get("code"))
        .containsExactlyInAnyOrder("value:NOT_AN_ALLOWED_VALUE", "reason:REQUIRED");
    assertThat(errors(unknown)).extracting(e -> e.get("field") + ":" + e.get("code"))
        .containsExactlyInAnyOrder("code:UNKNOWN_PARAMETER", "effectiveFrom:REQUIRED");
    assertThat(count("select count(*) from policy_parameters")).isEqualTo(rows);
    assertThat(count("select count(*) from audit_events where action = 'POLICY_PARAMETER_SET'")).isEqualTo(audits);
  }

  @Test
  void listsRowsFilteredByJurisdictionAndCode() {
    postAs(as(ADMIN), "/api/policy/parameters", change("110105", "sla.countyDecision", 8, "2047-01-01", "区规定"));

    ResponseEntity<List<Map<String, Object>>> response = list("/api/policy/parameters", "[\"effectiveFrom\",\"DESC\"]",
        "[0,9]", "{\"jurisdictionCode\":\"110105\",\"code\":\"sla.countyDecision\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_RANGE)).startsWith("parameters 0-");
    assertThat(response.getBody()).isNotEmpty().allSatisfy(row -> assertThat(row)
        .containsEntry("jurisdictionCode", "110105").containsEntry("code", "sla.countyDecision"));
    assertThat(response.getBody().get(0)).containsEntry("value", "8");
  }

  @Test
  @SuppressWarnings("unchecked")
  void describesEveryParameterInTheCatalogue() {
    List<Map<String, Object>> catalogue = list("/api/policy/catalogue").getBody();

    assertThat(catalogue).extracting(d -> d.get("code")).contains("dibao.standard", "marginal.factor",
        "rigid.test", "tekun.basicLivingFactor", "sla.total", "notice.countsTowardSla", "decision.delegatedToStreet");
    assertThat(catalogue).filteredOn(d -> d.get("code").equals("rigid.test")).singleElement()
        .satisfies(d -> assertThat((List<String>) d.get("allowedValues")).containsExactly("RATIO", "RESIDUAL"));
    assertThat(catalogue).filteredOn(d -> d.get("code").equals("dibao.standard")).singleElement()
        .satisfies(d -> assertThat(d).containsEntry("labelZh", "低保标准").containsEntry("unit", "元/人/月")
            .containsEntry("defaultValue", "1450").containsEntry("lowestLevel", "DISTRICT")
            .containsEntry("levels", List.of("CITY", "DISTRICT")));
  }

  @Test
  void setsAStepLimitFromADayOnAndRefusesASecondOneForTheSameDay() {
    Map<String, Object> limit = Map.of("jurisdictionCode", "110108", "processKey", "assistance-application",
        "stepId", "UserTask_InvestigateHousehold", "workingDays", 2, "effectiveFrom", "2048-01-01",
        "reason", "区提速");

    ResponseEntity<Map<String, Object>> created = postAs(as(ADMIN), "/api/policy/step-slas", limit);
    ResponseEntity<Map<String, Object>> again = postAs(as(ADMIN), "/api/policy/step-slas", limit);
    ResponseEntity<Map<String, Object>> forbidden = post("/api/policy/step-slas", limit);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(stepDeadlines.workingDaysFor("assistance-application", "UserTask_InvestigateHousehold",
        "110108001", LocalDate.of(2048, 1, 1))).contains(2);
    assertThat(stepDeadlines.workingDaysFor("assistance-application", "UserTask_InvestigateHousehold",
        "110108001", LocalDate.of(2047, 12, 31))).contains(3);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(again)).containsExactly("effectiveFrom");
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count("select count(*) from audit_events where action = 'STEP_SLA_SET' and entity_id = ?",
        created.getBody().get("id").toString())).isEqualTo(1);
    assertThat(list("/api/policy/step-slas", null, "[0,99]", "{\"jurisdictionCode\":\"110108\"}").getBody())
        .extracting(r -> r.get("workingDays")).contains(2);
  }

  @Test
  void takesALimitForTheCategoryAnywhereUpTheTreeBeforeTheStepsOwnAtTheStreet() {
    String step = "UserTask_VisitHousehold";
    jdbc.update("""
        insert into step_slas (jurisdiction_code, process_key, step_id, working_days, effective_from) values
          ('110000', 'periodic-review-test', ?, 9, date '2049-01-01'),
          ('110000', 'periodic-review-test', ? || '@TEKUN', 4, date '2049-01-01'),
          ('110108001', 'periodic-review-test', ?, 6, date '2049-01-01')""", step, step, step);
    LocalDate day = LocalDate.of(2049, 1, 4);

    assertThat(stepDeadlines.workingDaysFor("periodic-review-test", List.of(step + "@TEKUN", step), "110108001",
        day)).contains(4);
    assertThat(stepDeadlines.workingDaysFor("periodic-review-test", List.of(step + "@DIBAO", step), "110108001",
        day)).contains(6);
    assertThat(stepDeadlines.workingDaysFor("periodic-review-test", List.of(step + "@DIBAO", step), "110108002",
        day)).contains(9);
    assertThat(stepDeadlines.workingDaysFor("periodic-review-test", List.of(step + "@DIBAO", step), "110108001",
        day.minusYears(1))).isEmpty();
  }
}
