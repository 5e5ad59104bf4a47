package cn.gov.civilaffairs.assistance.agreements;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The assistance agreement's terms are local: district 110198 gives families 7 days to sign; its street 110198001
 * pairs at most 2 households with a cadre and expects a visit every 45 days. Street 110105001 keeps the defaults
 * (10 days, 10 households, 30 days).
 */
class AgreementParameterEffectsIntegrationTests extends ParameterEffectsTest {


  @Autowired
  AgreementSteps steps;

  @Autowired
  CadreVisits visits;

  private String street;

  @BeforeEach
  void aDistrictWithItsOwnAgreementTerms() {
    street = OwnDistricts.aDistrictWithOneStreet(jdbc, "110198");
    setParameter("110198", "agreement.signingDays", 7, "2025-01-01");
    setParameter(street, "agreement.maxHouseholdsPerCadre", 2, "2025-01-01");
    setParameter(street, "agreement.visitIntervalDays", 45, "2025-01-01");
  }

  @Test
  @ProvesParameter("agreement.signingDays")
  void givesTheFamilyTheDistrictsDaysToSign() {
    String here = aDibaoCaseIn(street + "001");
    String there = aDibaoCaseIn("110105001001");
    plan(here);
    plan(there);

    assertThat(steps.generate(here).signingDeadline()).isEqualTo("P7D");
    assertThat(steps.generate(there).signingDeadline()).isEqualTo("P10D");
  }

  @Test
  @ProvesParameter("agreement.maxHouseholdsPerCadre")
  void refusesToPairACadreBeyondTheStreetsLimit() {
    String cadre = "params.cadre." + UUID.randomUUID().toString().substring(0, 8);
    ensureUser(cadre, street + "001", Role.GRID_CADRE);
    for (int i = 0; i < 2; i++) {
      Object household = post("/api/households", aCoupleIn(street + "001")).getBody().get("id");
      jdbc.update("insert into cadre_pairings (household_id, cadre, assigned_by, assigned_at) values (?, ?, 't', now())",
          ((Number) household).longValue(), cadre);
    }
    Map<String, Object> plan = plan(aDibaoCaseIn(street + "001"));

    ResponseEntity<Map<String, Object>> refused = http.exchange("/api/agreements/plans/" + plan.get("id") + "/cadre",
        HttpMethod.PUT, new HttpEntity<>(Map.of("cadre", cadre), jsonHeaders()), JSON_OBJECT);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(refused.getBody()).containsEntry("code", "CADRE_FULL").containsEntry("max", 2);
  }

  @Test
  @ProvesParameter("agreement.visitIntervalDays")
  void countsAVisitOverdueAfterTheStreetsInterval() {
    LocalDate fortyDaysAgo = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(40);
    long here = ((Number) post("/api/households", aCoupleIn(street + "001")).getBody().get("id")).longValue();
    long there = ((Number) post("/api/households", aCoupleIn("110105001001")).getBody().get("id")).longValue();

    CadreVisits.VisitStatus within = visits.status(here, street + "001", fortyDaysAgo);
    CadreVisits.VisitStatus overdue = visits.status(there, "110105001001", fortyDaysAgo);

    assertThat(within.overdue()).isFalse();
    assertThat(overdue.overdue()).isTrue();
  }


  private Map<String, Object> plan(String caseNumber) {
    ResponseEntity<Map<String, Object>> created = post("/api/agreements/plans", Map.of("caseNumber", caseNumber,
        "goals", List.of("户主6个月内实现就业"), "obligations", List.of("家庭情况变化及时报告"), "reviewOn", "2027-06-30",
        "measures", List.of(Map.of("measureCode", "MEDICAL_ASSISTANCE"))));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }
}
