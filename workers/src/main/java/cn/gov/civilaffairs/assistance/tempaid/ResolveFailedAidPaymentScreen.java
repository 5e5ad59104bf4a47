package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The caseworker's step after a failed payment (处理支付失败, formKey {@code builtin:resolve-failed-aid-payment}):
 * {@code resolution} RETRY (pay the same payee again, with a {@code note} of what was done), CHANGE_PAYEE (propose
 * {@code payeeMemberId}, another active member of the aided person's household, with the reason in {@code note};
 * another user approves it before the next attempt) or CLOSE (end the case unpaid; {@code closeReason} required).
 * The process branches on {@code paymentResolution}.
 */
@Component
class ResolveFailedAidPaymentScreen implements TaskScreen {

  static final Set<String> RESOLUTIONS = Set.of("RETRY", "CHANGE_PAYEE", "CLOSE");
  private static final Set<String> FIELDS = Set.of("resolution", "payeeMemberId", "note", "closeReason");

  private final AidPaymentResolutions resolutions;

  ResolveFailedAidPaymentScreen(AidPaymentResolutions resolutions) {
    this.resolutions = resolutions;
  }

  @Override
  public String key() {
    return "resolve-failed-aid-payment";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    Map<String, Object> data = submission.data();
    List<FieldViolation> violations = new ArrayList<>(TaskScreen.unknownFields(data, FIELDS));
    String resolution = TaskScreen.text(data, "resolution");
    if (resolution == null) {
      violations.add(FieldViolation.of("resolution", "REQUIRED"));
    } else if (!RESOLUTIONS.contains(resolution)) {
      violations.add(FieldViolation.of("resolution", "INVALID_VALUE"));
    }
    if ("RETRY".equals(resolution) || "CHANGE_PAYEE".equals(resolution)) {
      checkText(data, "note", violations);
    }
    if ("CHANGE_PAYEE".equals(resolution)) {
      Object payee = data.get("payeeMemberId");
      if (payee == null || payee.toString().isBlank()) {
        violations.add(FieldViolation.of("payeeMemberId", "REQUIRED"));
      } else {
        try {
          resolutions.payeeProblem(submission.caseNumber(), Long.parseLong(payee.toString().trim()))
              .ifPresent(problem -> violations.add(FieldViolation.of("payeeMemberId", problem)));
        } catch (NumberFormatException e) {
          violations.add(FieldViolation.of("payeeMemberId", "PAYEE_NOT_ACTIVE_MEMBER"));
        }
      }
    }
    if ("CLOSE".equals(resolution)) {
      checkText(data, "closeReason", violations);
    }
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    Map<String, Object> data = submission.data();
    String resolution = TaskScreen.text(data, "resolution");
    switch (resolution) {
      case "CHANGE_PAYEE" -> resolutions.propose(submission.user(), submission.caseNumber(), submission.taskId(),
          Long.parseLong(data.get("payeeMemberId").toString().trim()), TaskScreen.text(data, "note"));
      case "CLOSE" -> resolutions.close(submission.user(), submission.caseNumber(),
          TaskScreen.text(data, "closeReason"));
      default -> { } // RETRY: the next attempt pays the payee again; the note stays with the completion.
    }
    return Map.of("paymentResolution", resolution);
  }

  private static void checkText(Map<String, Object> data, String field, List<FieldViolation> violations) {
    String text = TaskScreen.text(data, field);
    if (text == null) {
      violations.add(FieldViolation.of(field, "REQUIRED"));
    } else if (text.length() > AidPaymentResolutions.MAX_TEXT) {
      violations.add(FieldViolation.of(field, "SIZE"));
    }
  }
}
