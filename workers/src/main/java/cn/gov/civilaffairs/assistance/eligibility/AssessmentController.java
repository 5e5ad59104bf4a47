package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.applications.Category;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AssessmentController {

  private final CaseAssessments assessments;
  private final HouseholdEligibility households;
  private final Clock clock;
  private final ZoneId zone;

  AssessmentController(CaseAssessments assessments, HouseholdEligibility households, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.assessments = assessments;
    this.households = households;
    this.clock = clock;
    this.zone = zone;
  }

  /** The assessments of a case, newest first, each test with its inputs and outcome. */
  @GetMapping("/api/cases/{caseNumber}/assessments")
  List<CaseAssessments.StoredAssessment> ofCase(@PathVariable String caseNumber) {
    return assessments.ofCase(caseNumber);
  }

  /**
   * A trial assessment (测算) of a registered household (its current facts next to its newest verification report), on {@code asOf} (default today) under the
   * policy in force where it lives; nothing is stored.
   */
  @GetMapping("/api/households/{householdId}/eligibility")
  Assessment ofHousehold(@PathVariable long householdId, @RequestParam Category category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    if (category == Category.TEMPORARY_AID) {
      // 临时救助 is decided on the hardship, not by a means test.
      throw ApiException.invalid(List.of(new FieldViolation("category", "NOT_MEANS_TESTED",
          "临时救助按困难情形认定，不适用收入和财产测算")));
    }
    return households.assess(householdId, category,
        asOf == null ? LocalDate.now(clock.withZone(zone)) : asOf);
  }
}
