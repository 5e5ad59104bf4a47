package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
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

  /** The verified monthly income per member and the verified assets, for the eligibility check. */
  public VerifiedFigures verifiedFigures() {
    List<VerifiedFigures.MemberIncome> members = content.members().stream()
        .map(m -> {
          Map<IncomeKind, BigDecimal> byKind = new EnumMap<>(IncomeKind.class);
          m.incomes().forEach(i -> byKind.put(i.kind(), i.verifiedMonthly()));
          return new VerifiedFigures.MemberIncome(m.memberId(), byKind);
        })
        .toList();
    List<VerifiedFigures.AssetFigure> assets = content.householdAssets().stream()
        .map(a -> new VerifiedFigures.AssetFigure(a.kind(), a.verifiedValue(), a.foundCount()))
        .toList();
    return new VerifiedFigures(id, householdId, asOf, passed, members, content.householdLevelDeclaredMonthly(),
        assets);
  }

  /** The stored body of the report. */
  public record Content(BigDecimal assetToleranceYuan, List<SourceUsed> sources, List<MemberFindings> members,
      List<HouseholdAsset> householdAssets, BigDecimal householdLevelDeclaredMonthly,
      List<Discrepancy> discrepancies) {}

  /** A source the report used, and the date of its data. */
  public record SourceUsed(String source, String name, LocalDate extractDate) {}

  public record MemberFindings(long memberId, String name, String residentId, List<SourceFindings> sources,
      List<IncomeComparison> incomes, List<AssetComparison> assets) {}

  public record SourceFindings(String source, LocalDate extractDate, List<FoundItem> items) {}

  /**
   * Monthly income of one kind. {@code foundMonthly} is null when no source reports this kind; the verified
   * figure is the larger of declared and found.
   */
  public record IncomeComparison(IncomeKind kind, BigDecimal declaredMonthly, BigDecimal foundMonthly,
      List<String> sources, BigDecimal verifiedMonthly) {}

  /** Assets of one kind of one member: declared in the member's name, and found by the sources. */
  public record AssetComparison(AssetKind kind, int declaredCount, BigDecimal declaredValue, int foundCount,
      BigDecimal foundValue, List<String> sources) {}

  /** Assets of one kind of the whole household (declared for members or the household, found for members). */
  public record HouseholdAsset(AssetKind kind, BigDecimal declaredValue, BigDecimal foundValue, int foundCount,
      BigDecimal verifiedValue) {}

  /**
   * Something the sources say that the declaration does not: {@code INCOME_MISMATCH}, {@code UNDECLARED_ASSET},
   * {@code ASSET_ABOVE_DECLARED}, {@code MEMBER_DECEASED}, {@code MEMBER_MOVED_OUT}. Member null: the household.
   */
  public record Discrepancy(Long memberId, String memberName, String code, String kind, List<String> sources,
      BigDecimal declared, BigDecimal found, BigDecimal difference) {}
}
