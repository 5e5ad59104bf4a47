package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of a verification report that the eligibility assessment works with: per member the monthly
 * income by kind, and the household's assets by kind. Each figure is the larger of what was declared and what
 * the sources show; income declared for the household as a whole (not a member) is in
 * {@code householdLevelMonthly}, as declared.
 */
public record VerifiedFigures(long reportId, long householdId, LocalDate asOf, boolean passed,
    List<MemberIncome> members, BigDecimal householdLevelMonthly, List<AssetFigure> assets) {

  public record MemberIncome(long memberId, Map<IncomeKind, BigDecimal> monthlyByKind) {

    public BigDecimal monthlyTotal() {
      return monthlyByKind.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public record AssetFigure(AssetKind kind, BigDecimal value, int foundCount) {}

  /** Monthly income of the whole household, by kind summed over members plus household-level income. */
  public BigDecimal householdMonthlyIncome() {
    return members.stream().map(MemberIncome::monthlyTotal).reduce(householdLevelMonthly, BigDecimal::add);
  }
}
