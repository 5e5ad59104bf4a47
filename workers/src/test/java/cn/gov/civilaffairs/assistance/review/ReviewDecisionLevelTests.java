package cn.gov.civilaffairs.assistance.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may decide a review (DOMAIN.md: decrease or stop decided by the county and explained in writing; README:
 * the street confirms unchanged and increase where review.streetMayConfirm): the street only the proposal itself,
 * only unchanged or increase, only where it may confirm.
 */
class ReviewDecisionLevelTests {

  @ParameterizedTest(name = "proposal {0}, street may confirm {1}, street chooses {2}: street decides {3}")
  @CsvSource({
      "UNCHANGED, true, UNCHANGED, true",
      "INCREASE, true, INCREASE, true",
      "UNCHANGED, false, UNCHANGED, false",
      "INCREASE, false, INCREASE, false",
      "UNCHANGED, true, INCREASE, false",
      "INCREASE, true, UNCHANGED, false",
      "UNCHANGED, true, DECREASE, false",
      "DECREASE, true, UNCHANGED, false",
      "DECREASE, true, DECREASE, false",
      "STOP, true, STOP, false",
      "STOP, true, UNCHANGED, false",
      "GRADUAL_EXIT, true, GRADUAL_EXIT, false",
      "GRADUAL_EXIT, true, INCREASE, false"})
  void theStreetDecidesOnlyAnUnchangedOrIncreasedProposalItMayConfirm(ReviewOutcome proposed,
      boolean streetMayConfirm, ReviewOutcome chosen, boolean streetDecides) {
    assertThat(proposal(proposed, streetMayConfirm).streetMayDecide(chosen)).isEqualTo(streetDecides);
  }

  private static ReviewRecords.Proposal proposal(ReviewOutcome outcome, boolean streetMayConfirm) {
    return new ReviewRecords.Proposal(1, "DB-110105001-2026-000001", 1, outcome, new BigDecimal("1450.00"),
        new BigDecimal("1450.00"), false, List.of(), null, null, Instant.EPOCH, streetMayConfirm);
  }
}
