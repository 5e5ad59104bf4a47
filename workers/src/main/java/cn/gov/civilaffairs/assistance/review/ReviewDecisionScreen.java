package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decision on a review (the street's confirmation or the county's decision): {@code reviewDecision} one of
 * the outcomes, {@code reasons} (required for decrease, stop and gradual exit: each a line of the notice), an
 * optional {@code monthlyBenefit} for an increase or decrease (default: the proposal's amount) and {@code note}.
 */
@Component
class ReviewDecisionScreen implements TaskScreen {

  private static final Set<String> FIELDS = Set.of("reviewDecision", "reasons", "monthlyBenefit", "note");

  private final ReviewRecords records;

  ReviewDecisionScreen(ReviewRecords records) {
    this.records = records;
  }

  @Override
  public String key() {
    return "review-decision";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    List<FieldViolation> violations = new ArrayList<>();
    read(submission, violations);
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    Form form = read(submission, new ArrayList<>());
    String level = submission.stepProperties().getOrDefault("decisionLevel", "COUNTY");
    ReviewRecords.Decision decision = records.decide(submission.caseNumber(), submission.taskId(), level,
        form.outcome(), form.benefit(), form.reasons(), form.note(), submission.user().username());
    return Map.of("reviewDecision", form.outcome().name(), "reviewDecisionId", decision.id());
  }

  private record Form(ReviewOutcome outcome, BigDecimal benefit, List<String> reasons, String note) {}

  private Form read(Submission submission, List<FieldViolation> violations) {
    Map<String, Object> data = submission.data();
    violations.addAll(TaskScreen.unknownFields(data, FIELDS));
    Object decision = data.get("reviewDecision");
    ReviewOutcome outcome = null;
    if (decision == null) {
      violations.add(FieldViolation.of("reviewDecision", "REQUIRED"));
    } else if (!ReviewOutcome.isOutcome(decision)) {
      violations.add(FieldViolation.of("reviewDecision", "INVALID_VALUE"));
    } else {
      outcome = ReviewOutcome.valueOf((String) decision);
    }
    List<String> reasons = new ArrayList<>();
    Object given = data.get("reasons");
    if (given != null && !(given instanceof List<?>)) {
      violations.add(FieldViolation.of("reasons", "INVALID_VALUE"));
    } else if (given != null) {
      List<?> items = (List<?>) given;
      if (items.size() > 10) {
        violations.add(FieldViolation.of("reasons", "SIZE"));
      }
      for (int i = 0; i < items.size(); i++) {
        if (!(items.get(i) instanceof String text) || text.isBlank()) {
          violations.add(FieldViolation.of("reasons[" + i + "]", "REQUIRED"));
        } else if (text.length() > 200) {
          violations.add(FieldViolation.of("reasons[" + i + "]", "SIZE"));
        } else {
          reasons.add(text.trim());
        }
      }
    }
    if (outcome != null && outcome.needsNotice() && reasons.isEmpty()) {
      violations.add(FieldViolation.of("reasons", "REQUIRED"));
    }
    BigDecimal benefit = null;
    Object amount = data.get("monthlyBenefit");
    if (amount != null) {
      try {
        benefit = new BigDecimal(amount.toString());
        if (benefit.signum() < 0) {
          violations.add(FieldViolation.of("monthlyBenefit", "NEGATIVE"));
        }
      } catch (NumberFormatException e) {
        violations.add(FieldViolation.of("monthlyBenefit", "INVALID_VALUE"));
      }
    }
    Object note = data.get("note");
    if (note != null && (!(note instanceof String text) || text.length() > 2000)) {
      violations.add(FieldViolation.of("note", "SIZE"));
    }
    var proposal = records.proposal(submission.caseNumber());
    if (proposal.isEmpty()) {
      violations.add(FieldViolation.of("reviewDecision", "NO_PROPOSAL"));
    }
    if (outcome != null && proposal.isPresent()) {
      BigDecimal current = proposal.get().currentBenefit();
      if (outcome == ReviewOutcome.INCREASE && benefit != null && benefit.compareTo(current) <= 0) {
        violations.add(FieldViolation.of("monthlyBenefit", "NOT_AN_INCREASE"));
      }
      if (outcome == ReviewOutcome.DECREASE && benefit != null && benefit.compareTo(current) >= 0) {
        violations.add(FieldViolation.of("monthlyBenefit", "NOT_A_DECREASE"));
      }
      benefit = switch (outcome) {
        case UNCHANGED, GRADUAL_EXIT -> current;
        case STOP -> BigDecimal.ZERO;
        case INCREASE, DECREASE -> benefit != null ? benefit : proposal.get().proposedBenefit();
      };
    }
    return new Form(outcome, benefit, List.copyOf(reasons),
        note instanceof String text && !text.isBlank() ? text.trim() : null);
  }
}
