package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The decision (审批): {@code decision} APPROVE or REFUSE with every reason of a refusal. It is made at the level
 * the step names ({@code decisionLevel} COUNTY, or STREET where delegated) and relies on the newest assessment:
 * an approval takes its monthly benefit, and a household the assessment found ineligible cannot be approved
 * (send it back through an objection or a new application instead).
 */
@Component
class DecisionScreen implements TaskScreen {

  private final CaseDecisions decisions;

  DecisionScreen(CaseDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public String key() {
    return "decision";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    List<FieldViolation> violations = new ArrayList<>();
    DecisionForm form = DecisionForm.read(submission.data(), "decision", violations);
    if (violations.isEmpty() && form.approves()) {
      var assessment = decisions.latestAssessment(submission.caseNumber());
      if (assessment.isEmpty()) {
        violations.add(FieldViolation.of("decision", "NO_ASSESSMENT"));
      } else if (!assessment.get().eligible()) {
        violations.add(FieldViolation.of("decision", "NOT_ELIGIBLE_BY_ASSESSMENT"));
      }
    }
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    DecisionForm form = DecisionForm.read(submission.data(), "decision", new ArrayList<>());
    String level = submission.stepProperties().getOrDefault("decisionLevel", "COUNTY");
    CaseDecisions.Decision decision = decisions.record(submission.caseNumber(), submission.taskId(),
        CaseDecisions.Kind.DECISION, level, form, decisions.latestAssessment(submission.caseNumber()).orElse(null),
        submission.user().username());
    return Map.of("decision", form.decision(), "decisionId", decision.id());
  }
}
