package cn.gov.civilaffairs.assistance.applications;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The whole case's time limits are the district's sla.total, sla.extended and sla.delegated: district 110181 sets
 * 25, 35 and 15 working days (the defaults are 30, 45 and 20).
 */
class CaseTimeLimitParameterEffectsIntegrationTests extends ParameterEffectsTest {

  private static final String HEAD = "params.head.110181001";

  @Autowired
  ApplicationCases cases;

  private String street;

  @BeforeEach
  void aDistrictWithItsOwnTimeLimits() {
    street = OwnDistricts.aDistrictWithOneStreet(jdbc, "110181");
    ensureUser(HEAD, street, Role.STREET_HEAD);
    setParameter("110181", "sla.total", 25, "2025-01-01");
    setParameter("110181", "sla.extended", 35, "2025-01-01");
    setParameter("110181", "sla.delegated", 15, "2025-01-01");
  }

  @Test
  @ProvesParameter("sla.total")
  void givesACaseTheDistrictsTotalTimeLimitAtAcceptance() {
    assertThat(accepted(aDibaoApplicationOfANewCouple("110105001001"))).containsEntry("timeLimitWorkingDays", 30);
    assertThat(accepted(aDibaoApplicationOfANewCouple(street + "001"))).containsEntry("timeLimitWorkingDays", 25);
  }

  @Test
  @ProvesParameter("sla.extended")
  void extendsACaseToTheDistrictsExtendedTimeLimit() {
    String caseNumber = aDibaoCaseIn(street + "001");

    ResponseEntity<Map<String, Object>> extended = as(HEAD).exchange("/api/cases/" + caseNumber + "/extend",
        HttpMethod.POST, new HttpEntity<>(Map.of("reason", "需补充核对"), jsonHeaders()), JSON_OBJECT);

    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(extended.getBody()).containsEntry("timeLimitWorkingDays", 35);
  }

  @Test
  @ProvesParameter("sla.delegated")
  void shortensADelegatedCaseToTheDistrictsDelegatedTimeLimit() {
    String caseNumber = aDibaoCaseIn(street + "001");

    cases.applyDelegatedTimeLimit(caseNumber);

    assertThat(get("/api/cases/" + caseNumber).getBody()).containsEntry("timeLimitWorkingDays", 15);
  }

}
