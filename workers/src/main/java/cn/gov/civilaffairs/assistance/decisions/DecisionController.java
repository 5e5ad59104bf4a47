package cn.gov.civilaffairs.assistance.decisions;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DecisionController {

  private final CaseDecisions decisions;

  DecisionController(CaseDecisions decisions) {
    this.decisions = decisions;
  }

  /** The first opinions and decisions of a case, oldest first, each with its reasons and parameter version. */
  @GetMapping("/api/cases/{caseNumber}/decisions")
  List<CaseDecisions.Decision> ofCase(@PathVariable String caseNumber) {
    return decisions.of(caseNumber);
  }
}
