package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.math.BigDecimal;
import cn.gov.civilaffairs.assistance.identity.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The decision on a review (the street's confirmation or the county's decision): {@code reviewDecision} one of
 * the outcomes, {@code reasons} (required for decrease, stop and gradual exit, each a line of the notice, and for
 * any outcome other than the automatic proposal), an optional {@code monthlyBenefit} for an increase or decrease
 * (default: the proposal's amount) and {@code note}. The street confirms only what the proposal lets it
 * ({@link ReviewRecords.Proposal#streetMayDecide}); anything else it submits is its opinion and goes on to the
 * county ({@code streetConfirmed} false). A step is a county decision only for a county approver, whatever the
 * model's {@code decisionLevel} says.
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
    ReviewRecords.Decision decision = records.decide(submission.caseNumber(), submission.taskId(),
        level(submission), form.outcome(), form.benefit(), form.reasons(), form.note(),
        submission.user().username());
    Map<String, Object> variables = new HashMap<>();
    variables.put("reviewDecisionId", decision.id());
    variables.put("streetConfirmed", decision.binding());
    // A street opinion that does not bind leaves no decision to branch on (so even a model that still tests
    // reviewDecision at the street sends it on to the county).
    variables.put("reviewDecision", decision.binding() ? form.outcome().name() : null);
    return variables;
  }

  /** The county decides only where the step says so and a county approver completes it. */
  private static String level(Submission submission) {
    boolean countyStep = ReviewRecords.COUNTY.equals(
        submission.stepProperties().getOrDefault("decisionLevel", ReviewRecords.COUNTY));
    return countyStep && submission.user().has(Role.COUNTY_APPROVER) ? ReviewRecords.COUNTY : ReviewRecords.STREET;
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
    var proposal = records.proposal(submission.caseNumber());
    boolean departs = outcome != null && proposal.isPresent() && outcome != proposal.get().outcome();
    if (outcome != null && (outcome.needsNotice() || departs) && reasons.isEmpty()) {
      // Decrease, stop and gradual exit are explained in writing; so is any decision other than the proposal.
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
