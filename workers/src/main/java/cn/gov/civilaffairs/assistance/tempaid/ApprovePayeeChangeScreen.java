package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The approval of a proposed change of payee (审批变更收款人, formKey {@code builtin:approve-payee-change}; the
 * street head on the emergency path, the county approver on the regular path): {@code payeeChangeDecision} APPROVE
 * or REJECT with the {@code opinion}. Whoever proposed the change may not decide it (403
 * {@code SEPARATION_OF_DUTIES}); a payee who left the household since the proposal cannot be approved.
 */
@Component
class ApprovePayeeChangeScreen implements TaskScreen {

  private static final Set<String> FIELDS = Set.of("payeeChangeDecision", "opinion");

  private final AidPaymentResolutions resolutions;

  ApprovePayeeChangeScreen(AidPaymentResolutions resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public String key() {
    return "approve-payee-change";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    AidPaymentResolutions.PayeeChange change = resolutions.pendingChange(submission.caseNumber())
        .orElseThrow(() -> ApiException.conflict("NO_PAYEE_CHANGE_PENDING", Map.of()));
    resolutions.requireOtherThanProposer(submission.user(), change);
    Map<String, Object> data = submission.data();
    List<FieldViolation> violations = new ArrayList<>(TaskScreen.unknownFields(data, FIELDS));
    String decision = TaskScreen.text(data, "payeeChangeDecision");
    if (decision == null) {
      violations.add(FieldViolation.of("payeeChangeDecision", "REQUIRED"));
    } else if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
      violations.add(FieldViolation.of("payeeChangeDecision", "INVALID_VALUE"));
    } else if ("APPROVE".equals(decision)) {
      resolutions.payeeProblem(submission.caseNumber(), change.to().memberId())
          .ifPresent(problem -> violations.add(FieldViolation.of("payeeChangeDecision", problem)));
    }
    String opinion = TaskScreen.text(data, "opinion");
    if (opinion == null) {
      violations.add(FieldViolation.of("opinion", "REQUIRED"));
    } else if (opinion.length() > AidPaymentResolutions.MAX_TEXT) {
      violations.add(FieldViolation.of("opinion", "SIZE"));
    }
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    String decision = TaskScreen.text(submission.data(), "payeeChangeDecision");
    resolutions.decide(submission.user(), submission.caseNumber(), submission.taskId(), "APPROVE".equals(decision),
        TaskScreen.text(submission.data(), "opinion"));
    return Map.of("payeeChangeDecision", decision);
  }
}
