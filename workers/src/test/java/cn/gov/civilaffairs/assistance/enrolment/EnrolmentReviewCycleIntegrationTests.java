package cn.gov.civilaffairs.assistance.enrolment;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.support.TestJobs;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first review of an approved household is due after the district's review.unstableMonths (a member able to
 * work without a stable job) or review.stableMonths: district 110189 sets 3 and 9, district 110190 keeps 6 and 12.
 */
class EnrolmentReviewCycleIntegrationTests extends ParameterEffectsTest {

  private static final LocalDate START = LocalDate.of(2026, 12, 1);

  @Autowired
  EnrolHouseholdWorker worker;

  @Test
  @ProvesParameter("review.unstableMonths")
  @ProvesParameter("review.stableMonths")
  void schedulesTheFirstReviewAfterTheDistrictsMonths() {
    String own = OwnDistricts.aDistrictWithOneStreet(jdbc, "110189");
    String usual = OwnDistricts.aDistrictWithOneStreet(jdbc, "110190");
    setParameter("110189", "review.unstableMonths", 3, "2025-01-01");
    setParameter("110189", "review.stableMonths", 9, "2025-01-01");

    assertThat(nextReviewOfAnApproved(own, "PARTIAL")).isEqualTo(START.plusMonths(3));
    assertThat(nextReviewOfAnApproved(usual, "PARTIAL")).isEqualTo(START.plusMonths(6));
    assertThat(nextReviewOfAnApproved(own, "NONE")).isEqualTo(START.plusMonths(9));
    assertThat(nextReviewOfAnApproved(usual, "NONE")).isEqualTo(START.plusMonths(12));
  }

  /** Enrols a newly approved couple of {@code street} (both members of {@code workAbility}); its next review. */
  @SuppressWarnings("unchecked")
  private LocalDate nextReviewOfAnApproved(String street, String workAbility) {
    Map<String, Object> application = aDibaoApplicationOfANewCouple(street + "001");
    ((java.util.List<Map<String, Object>>) ((Map<String, Object>) application.get("household")).get("members"))
        .forEach(member -> member.put("workAbility", workAbility));
    String caseNumber = quiet((String) accepted(application).get("caseNumber"));
    jdbc.update("""
        insert into case_decisions (case_number, task_id, kind, level, decision, monthly_benefit, start_month, reasons,
          decided_by, decided_at) values (?, ?, 'DECISION', 'COUNTY', 'APPROVE', 500, ?, '[]', 'test', now())""",
        caseNumber, "approval-" + caseNumber, java.sql.Date.valueOf(START));

    worker.handle(TestJobs.job(Topics.ENROL_HOUSEHOLD, caseNumber, Map.of()));

    return jdbc.queryForObject("select next_review_on from enrolments where case_number = ?", java.sql.Date.class,
        caseNumber).toLocalDate();
  }
}
