package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 制定帮扶计划 (formKey builtin:draft-plan): the caseworker edits the household's plan on the screen (plan API) and
 * sends it to review; the step is done only when the household has a plan with at least one measure.
 */
@Component
class DraftPlanScreen implements TaskScreen {

  private final AssistancePlans plans;

  DraftPlanScreen(AssistancePlans plans) {
    this.plans = plans;
  }

  @Override
  public String key() {
    return "draft-plan";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    List<FieldViolation> violations = new ArrayList<>();
    submission.data().keySet().stream().filter(key -> !"note".equals(key)).sorted()
        .forEach(key -> violations.add(FieldViolation.of(key, "UNKNOWN_FIELD")));
    if (plans.ofCase(submission.caseNumber()).filter(plan -> !plan.measures().isEmpty()).isEmpty()) {
      violations.add(FieldViolation.of("plan", "PLAN_REQUIRED"));
    }
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    return Map.of();
  }
}
