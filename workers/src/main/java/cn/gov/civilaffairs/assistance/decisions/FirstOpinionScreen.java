package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The street's first opinion (初审): {@code opinion} APPROVE or REFUSE with reasons. The process continues with
 * {@code firstOpinion}; a refusal goes to the decision without 公示.
 */
@Component
class FirstOpinionScreen implements TaskScreen {

  private final CaseDecisions decisions;

  FirstOpinionScreen(CaseDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public String key() {
    return "first-opinion";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    List<FieldViolation> violations = new ArrayList<>();
    DecisionForm.read(submission.data(), "opinion", violations);
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    DecisionForm form = DecisionForm.read(submission.data(), "opinion", new ArrayList<>());
    decisions.record(submission.caseNumber(), submission.taskId(), CaseDecisions.Kind.FIRST_OPINION, "STREET", form,
        decisions.latestAssessment(submission.caseNumber()).orElse(null), submission.user().username());
    return Map.of("firstOpinion", form.decision());
  }
}
