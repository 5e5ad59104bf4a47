package cn.gov.civilaffairs.assistance.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.support.TestJobs;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the assessment hands the application process from the case's policy: whether the street decides
 * (decision.delegatedToStreet, set in district 110185) and whether a 公示 is repeated after an objection
 * (notice.repeatAfterObjection, switched off at its street 110185001). District 110105 keeps the defaults.
 */
class AssessmentPolicyEffectsIntegrationTests extends ParameterEffectsTest {


  @Autowired
  AssessEligibilityWorker worker;

  private String street;

  @BeforeEach
  void aDistrictThatDelegatesAndAStreetThatDoesNotRepeatNotices() {
    street = OwnDistricts.aDistrictWithOneStreet(jdbc, "110185");
    setParameter("110185", "decision.delegatedToStreet", true, "2025-01-01");
    setParameter(street, "notice.repeatAfterObjection", false, "2025-01-01");
  }

  @Test
  @ProvesParameter("decision.delegatedToStreet")
  void routesTheDecisionToTheStreetAndShortensTheTimeLimitWhereTheDistrictDelegates() {
    String delegated = aDibaoCaseIn(street + "001");
    String county = aDibaoCaseIn("110105001001");

    assertThat(assess(delegated)).containsEntry("decisionDelegated", true);
    assertThat(assess(county)).containsEntry("decisionDelegated", false);
    assertThat(get("/api/cases/" + delegated).getBody()).containsEntry("timeLimitWorkingDays", 20);
    assertThat(get("/api/cases/" + county).getBody()).containsEntry("timeLimitWorkingDays", 30);
  }

  @Test
  @ProvesParameter("notice.repeatAfterObjection")
  void repeatsTheNoticeAfterAnObjectionOnlyWhereTheStreetSaysSo() {
    assertThat(assess(aDibaoCaseIn(street + "001"))).containsEntry("repeatNoticeAfterObjection", false);
    assertThat(assess(aDibaoCaseIn("110105001001"))).containsEntry("repeatNoticeAfterObjection", true);
  }

  private Map<String, Object> assess(String caseNumber) {
    JobResult result = worker.handle(TestJobs.job(Topics.ASSESS_ELIGIBILITY, caseNumber, Map.of()));
    assertThat(result).isInstanceOf(JobResult.Completed.class);
    return ((JobResult.Completed) result).variables();
  }

}
