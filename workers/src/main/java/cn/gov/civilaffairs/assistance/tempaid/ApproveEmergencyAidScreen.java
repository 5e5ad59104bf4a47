package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The street head's approval of an emergency (先行救助审批, formKey {@code builtin:approve-emergency-aid}):
 * {@code emergencyDecision} APPROVE (pay from the reserve fund at once) or REGULAR (take the regular path), an
 * optional {@code approvedAmount} (at most the amount requested and the street's ceiling) and the
 * {@code opinion}. What is submitted is kept with the completion; the payment reads the approved amount there.
 */
@Component
class ApproveEmergencyAidScreen implements TaskScreen {

  private static final Set<String> FIELDS = Set.of("emergencyDecision", "approvedAmount", "opinion");
  private static final int MAX_OPINION = 1000;

  private final TemporaryAidRequests requests;

  ApproveEmergencyAidScreen(TemporaryAidRequests requests) {
    this.requests = requests;
  }

  @Override
  public String key() {
    return "approve-emergency-aid";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, Object> data = submission.data();
    violations.addAll(TaskScreen.unknownFields(data, FIELDS));
    Object decision = data.get("emergencyDecision");
    if (decision == null) {
      violations.add(FieldViolation.of("emergencyDecision", "REQUIRED"));
    } else if (!"APPROVE".equals(decision) && !"REGULAR".equals(decision)) {
      violations.add(FieldViolation.of("emergencyDecision", "INVALID_VALUE"));
    }
    Object opinion = data.get("opinion");
    if (!(opinion instanceof String text) || text.isBlank()) {
      violations.add(FieldViolation.of("opinion", "REQUIRED"));
    } else if (text.length() > MAX_OPINION) {
      violations.add(FieldViolation.of("opinion", "SIZE"));
    }
    Object amount = data.get("approvedAmount");
    if (amount != null && !"".equals(amount)) {
      BigDecimal approved;
      try {
        approved = new BigDecimal(amount.toString());
      } catch (NumberFormatException e) {
        violations.add(FieldViolation.of("approvedAmount", "NOT_A_NUMBER"));
        return violations;
      }
      BigDecimal requested = requests.require(submission.caseNumber()).details().amountRequested();
      Object ceiling = submission.variables().get("streetCeiling");
      if (approved.signum() <= 0) {
        violations.add(FieldViolation.of("approvedAmount", "AMOUNT_NOT_POSITIVE"));
      } else if (approved.stripTrailingZeros().scale() > 2) {
        violations.add(FieldViolation.of("approvedAmount", "INVALID_AMOUNT"));
      } else if (approved.compareTo(requested) > 0) {
        violations.add(FieldViolation.of("approvedAmount", "MORE_THAN_REQUESTED"));
      } else if (ceiling instanceof Number limit && approved.compareTo(BigDecimal.valueOf(limit.doubleValue())) > 0) {
        violations.add(FieldViolation.of("approvedAmount", "ABOVE_STREET_CEILING"));
      }
    }
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    return Map.of("emergencyDecision", submission.data().get("emergencyDecision"));
  }
}
