package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The verification report of one case and round: per member and source what was found, the comparison with what
 * the household declared, and the discrepancies. It passed when there is no discrepancy. Resident IDs masked.
 */
public record VerificationReport(long id, String caseNumber, int round, long householdId, LocalDate asOf,
    boolean passed, int discrepancyCount, BigDecimal toleranceYuan, Instant createdAt, Content content) {

  /**
   * What the sources found, with incomes in {@code window} (the assessment's): computed from the items the report
   * keeps per member and source, by the same computation the report used for its own window.
   */
  public FoundFigures foundFigures(IncomeWindow window) {
    List<FoundFigures.MemberIncome> members = content.members().stream()
        .map(m -> {
          Map<IncomeKind, FoundFigures.Income> byKind = new EnumMap<>(IncomeKind.class);
          EconomyComparison.foundIncome(m.sources(), window)
              .forEach((kind, found) -> byKind.put(kind, new FoundFigures.Income(found.monthly(), found.sources())));
          return new FoundFigures.MemberIncome(m.memberId(), byKind);
        })
        .toList();
    List<FoundFigures.Assets> assets = content.householdAssets().stream()
        .map(a -> new FoundFigures.Assets(a.kind(), a.foundCount(), a.foundValue(), a.foundValueKnown(),
            a.sources() == null ? List.of() : a.sources()))
        .toList();
    return new FoundFigures(id, window, members, assets);
  }

  /** The stored body of the report. */
  public record Content(BigDecimal assetToleranceYuan, List<SourceUsed> sources, List<MemberFindings> members,
      List<HouseholdAsset> householdAssets, BigDecimal householdLevelDeclaredMonthly,
      List<Discrepancy> discrepancies, IncomeWindow incomeWindow) {}

  /** A source the report used, and the date of its data. */
  public record SourceUsed(String source, String name, LocalDate extractDate) {}

  public record MemberFindings(long memberId, String name, String residentId, List<SourceFindings> sources,
      List<IncomeComparison> incomes, List<AssetComparison> assets) {}

  public record SourceFindings(String source, LocalDate extractDate, List<FoundItem> items) {}

  /**
   * Monthly income of one kind of one member in the report's income window, declared and found by the same
   * computation; {@code foundMonthly} is null when no source reports this kind. {@code discrepancy}: they differ
   * beyond the tolerance.
   */
  public record IncomeComparison(IncomeKind kind, BigDecimal declaredMonthly, BigDecimal foundMonthly,
      List<String> sources, boolean discrepancy) {}

  /** Assets of one kind of one member: declared in the member's name, and found by the sources. */
  public record AssetComparison(AssetKind kind, int declaredCount, BigDecimal declaredValue, int foundCount,
      BigDecimal foundValue, List<String> sources) {}

  /**
   * Assets of one kind of the whole household: declared (for a member or the household) and found (for any
   * member). {@code foundValueKnown} false when a source gave no value for an item; {@code discrepancy}: the two
   * disagree (see {@link Discrepancy}).
   */
  public record HouseholdAsset(AssetKind kind, int declaredCount, BigDecimal declaredValue, int foundCount,
      BigDecimal foundValue, boolean foundValueKnown, List<String> sources, boolean discrepancy) {}

  /**
   * Where the sources and the declaration disagree: {@code INCOME_MISMATCH} (a member's monthly income of a kind
   * differs beyond the tolerance), {@code UNDECLARED_ASSET} (found, not declared), {@code ASSET_NOT_FOUND}
   * (declared, not found), {@code ASSET_ABOVE_DECLARED} / {@code ASSET_BELOW_DECLARED} (more or fewer of a counted
   * kind, or a value beyond the asset tolerance), {@code MEMBER_DECEASED}, {@code MEMBER_MOVED_OUT}. Member null:
   * the household.
   */
  public record Discrepancy(Long memberId, String memberName, String code, String kind, List<String> sources,
      BigDecimal declared, BigDecimal found, BigDecimal difference) {}
}
