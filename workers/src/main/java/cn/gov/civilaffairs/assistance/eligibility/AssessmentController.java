package cn.gov.civilaffairs.assistance.eligibility;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AssessmentController {

  private final CaseAssessments assessments;

  AssessmentController(CaseAssessments assessments) {
    this.assessments = assessments;
  }

  /** The assessments of a case, newest first, each test with its inputs and outcome. */
  @GetMapping("/api/cases/{caseNumber}/assessments")
  List<CaseAssessments.StoredAssessment> ofCase(@PathVariable String caseNumber) {
    return assessments.ofCase(caseNumber);
  }
}
