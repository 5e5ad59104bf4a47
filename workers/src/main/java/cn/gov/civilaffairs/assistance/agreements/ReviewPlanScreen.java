package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 审核帮扶计划 (formKey builtin:review-plan): the street reviewer reads the plan and its agreement preview and
 * approves it ({@code planApproved = YES}) or returns it for revision ({@code NO}) with a note saying what to
 * change. The note is kept with the completion; only the decision goes to the process.
 */
@Component
class ReviewPlanScreen implements TaskScreen {

  private static final Set<String> FIELDS = Set.of("planApproved", "reviewComment");

  @Override
  public String key() {
    return "review-plan";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    Map<String, Object> data = submission.data();
    List<FieldViolation> violations = new ArrayList<>();
    violations.addAll(TaskScreen.unknownFields(data, FIELDS));
    String decision = TaskScreen.text(data, "planApproved");
    if (decision == null) {
      violations.add(FieldViolation.of("planApproved", "REQUIRED"));
    } else if (!Set.of("YES", "NO").contains(decision)) {
      violations.add(FieldViolation.of("planApproved", "INVALID_VALUE"));
    }
    String comment = TaskScreen.text(data, "reviewComment");
    if (comment == null) {
      if ("NO".equals(decision)) {
        violations.add(FieldViolation.of("reviewComment", "REQUIRED"));
      }
    } else if (comment.length() > 2000) {
      violations.add(FieldViolation.of("reviewComment", "SIZE"));
    }
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    return Map.of("planApproved", TaskScreen.text(submission.data(), "planApproved"));
  }

}
