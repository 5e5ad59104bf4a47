package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The temporary-aid terms are the district's: district 110187 lets its streets pay up to 4 months of the standard
 * at once (5,800), gives the street head 48 hours, sends requests above 12 months (17,400) to the case conference
 * and allows 7 working days for the paperwork; district 110188 keeps the defaults (3 months = 4,350, 24 hours,
 * 10 months = 14,500, 5 working days).
 */
class AidTermsParameterEffectsIntegrationTests extends ParameterEffectsTest {


  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TemporaryAidTerms terms;

  private TemporaryAidStreet generous;
  private TemporaryAidStreet usual;

  @BeforeEach
  void twoDistricts() {
    generous = street(OwnDistricts.aDistrictWithOneStreet(jdbc, "110187"));
    usual = street(OwnDistricts.aDistrictWithOneStreet(jdbc, "110188"));
    setParameter("110187", "aid.streetCeilingMultiple", 4, "2025-01-01");
    setParameter("110187", "aid.emergencyApprovalHours", 48, "2025-01-01");
    setParameter("110187", "aid.conferenceMultiple", 12, "2025-01-01");
    setParameter("110187", "aid.paperworkDays", 7, "2025-01-01");
  }

  @Test
  @ProvesParameter("aid.streetCeilingMultiple")
  void letsTheStreetHeadApproveAnEmergencyUpToTheDistrictsCeiling() {
    String withinCeiling = accept(generous.application("EMERGENCY", "SUDDEN_ILLNESS", 5000));
    String aboveCeiling = accept(usual.application("EMERGENCY", "SUDDEN_ILLNESS", 5000));

    assertThat(awaitTask(withinCeiling).getTaskDefinitionKey()).isEqualTo("UserTask_ApproveEmergencyAid");
    assertThat(awaitTask(aboveCeiling).getTaskDefinitionKey()).isEqualTo("UserTask_ReviewAtStreet");
  }

  @Test
  @ProvesParameter("aid.emergencyApprovalHours")
  void givesTheStreetHeadTheDistrictsHoursToApprove() {
    Instant before = Instant.now();
    Task twoDays = awaitTask(accept(generous.application("EMERGENCY", "ACCIDENT", 1000)));
    Task oneDay = awaitTask(accept(usual.application("EMERGENCY", "ACCIDENT", 1000)));
    Instant after = Instant.now();

    assertThat(twoDays.getDueDate().toInstant()).isBetween(before.plus(Duration.ofHours(48)),
        after.plus(Duration.ofHours(48)));
    assertThat(oneDay.getDueDate().toInstant()).isBetween(before.plus(Duration.ofHours(24)),
        after.plus(Duration.ofHours(24)));
  }

  @Test
  @ProvesParameter("aid.conferenceMultiple")
  void sendsRequestsAboveTheDistrictsThresholdToTheCaseConference() {
    // The street-reviewed request routes on this threshold (amountRequested > conferenceThreshold).
    Task generousReview = awaitTask(accept(generous.application("EXPENDITURE", "SPENDING_SHOCK", 16000)));
    Task usualReview = awaitTask(accept(usual.application("EXPENDITURE", "SPENDING_SHOCK", 16000)));

    assertThat(((Number) runtime.getVariable(generousReview.getProcessInstanceId(), "conferenceThreshold"))
        .doubleValue()).isEqualTo(17400.0);
    assertThat(((Number) runtime.getVariable(usualReview.getProcessInstanceId(), "conferenceThreshold"))
        .doubleValue()).isEqualTo(14500.0);
  }

  @Test
  @ProvesParameter("aid.paperworkDays")
  void allowsTheDistrictsWorkingDaysForThePaperwork() {
    Instant paidOnMonday = OffsetDateTime.parse("2026-11-02T10:00:00+08:00").toInstant();

    assertThat(terms.paperworkDueAt("LS-PAPERWORK-GENEROUS", generous.code(), paidOnMonday))
        .isEqualTo(OffsetDateTime.parse("2026-11-11T17:30:00+08:00").toInstant());
    assertThat(terms.paperworkDueAt("LS-PAPERWORK-USUAL", usual.code(), paidOnMonday))
        .isEqualTo(OffsetDateTime.parse("2026-11-09T17:30:00+08:00").toInstant());
  }

  private static TemporaryAidStreet street(String code) {
    return new TemporaryAidStreet(code, code + "001", TESTER, TESTER, TESTER, TESTER);
  }


  private String accept(Map<String, Object> application) {
    return (String) accepted(application).get("caseNumber");
  }

  /** The first human step the case's process waits in. */
  private Task awaitTask(String caseNumber) {
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }
}
