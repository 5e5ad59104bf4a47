package cn.gov.civilaffairs.assistance.eligibility;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.Jobs;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the assessment hands the application process from the case's policy: whether the street decides
 * (decision.delegatedToStreet, set in district 110185) and whether a 公示 is repeated after an objection
 * (notice.repeatAfterObjection, switched off at its street 110185001). District 110105 keeps the defaults.
 */
class AssessmentPolicyEffectsIntegrationTests extends IntegrationTest {

  private static final String ADMIN = "params.admin";

  @Autowired
  AssessEligibilityWorker worker;

  private String street;

  @BeforeEach
  void aDistrictThatDelegatesAndAStreetThatDoesNotRepeatNotices() {
    street = OwnDistricts.aDistrictWithOneStreet(jdbc, "110185");
    ensureUser(ADMIN, "110000", Role.ADMIN);
    OwnDistricts.setParameter(jdbc, as(ADMIN), "110185", "decision.delegatedToStreet", true, "2025-01-01");
    OwnDistricts.setParameter(jdbc, as(ADMIN), street, "notice.repeatAfterObjection", false, "2025-01-01");
  }

  @Test
  @ProvesParameter("decision.delegatedToStreet")
  void routesTheDecisionToTheStreetAndShortensTheTimeLimitWhereTheDistrictDelegates() {
    String delegated = accept(street + "001");
    String county = accept("110105001001");

    assertThat(assess(delegated)).containsEntry("decisionDelegated", true);
    assertThat(assess(county)).containsEntry("decisionDelegated", false);
    assertThat(get("/api/cases/" + delegated).getBody()).containsEntry("timeLimitWorkingDays", 20);
    assertThat(get("/api/cases/" + county).getBody()).containsEntry("timeLimitWorkingDays", 30);
  }

  @Test
  @ProvesParameter("notice.repeatAfterObjection")
  void repeatsTheNoticeAfterAnObjectionOnlyWhereTheStreetSaysSo() {
    assertThat(assess(accept(street + "001"))).containsEntry("repeatNoticeAfterObjection", false);
    assertThat(assess(accept("110105001001"))).containsEntry("repeatNoticeAfterObjection", true);
  }

  private Map<String, Object> assess(String caseNumber) {
    JobResult result = worker.handle(Jobs.aJob(Topics.ASSESS_ELIGIBILITY, caseNumber, Map.of()));
    assertThat(result).isInstanceOf(JobResult.Completed.class);
    return ((JobResult.Completed) result).variables();
  }

  private String accept(String community) {
    ResponseEntity<Map<String, Object>> accepted = post("/api/applications",
        aDibaoApplicationOfANewCouple(community));
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) accepted.getBody().get("caseNumber");
  }
}
