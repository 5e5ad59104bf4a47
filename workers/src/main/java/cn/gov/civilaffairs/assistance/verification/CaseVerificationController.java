package cn.gov.civilaffairs.assistance.verification;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CaseVerificationController {

  private final VerificationReports reports;

  CaseVerificationController(VerificationReports reports) {
    this.reports = reports;
  }

  /** The verification reports of a case, newest first. */
  @GetMapping("/api/cases/{caseNumber}/verification-reports")
  List<VerificationReport> ofCase(@PathVariable String caseNumber) {
    return reports.ofCase(caseNumber);
  }
}
