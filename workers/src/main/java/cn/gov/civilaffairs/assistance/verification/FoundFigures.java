package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a verification report's sources found, as the assessment counts it next to the declaration: per member the
 * found monthly income by kind (in the assessment's own {@link IncomeWindow}, computed from the report's source
 * items), and per asset kind the number and value found for the household. Nothing here replaces a declaration.
 */
public record FoundFigures(long reportId, IncomeWindow window, List<MemberIncome> members, List<Assets> assets) {

  /** A found monthly income of one kind and the sources that reported it. */
  public record Income(BigDecimal monthly, List<String> sources) {}

  public record MemberIncome(long memberId, Map<IncomeKind, Income> byKind) {}

  /** Assets of one kind found for the household; {@code valueKnown} false when a source gave no value. */
  public record Assets(AssetKind kind, int count, BigDecimal value, boolean valueKnown, List<String> sources) {}
}
