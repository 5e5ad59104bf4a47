package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.AssetComparison;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.Content;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.Discrepancy;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.HouseholdAsset;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.IncomeComparison;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.MemberFindings;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.SourceFindings;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.SourceUsed;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what the sources say with what the household declared, and reports; it decides nothing. Incomes are
 * compared per member and kind as monthly figures of one {@link IncomeWindow} (the declared figure and the found
 * figure by the same computation); assets per kind for the whole household (count and value declared against
 * count and value found). Every difference beyond the tolerance is a discrepancy, and the report passes only
 * without one.
 */
final class EconomyComparison {

  /** Asset kinds whose number the rules limit: a different number declared and found is a discrepancy. */
  static final Set<AssetKind> COUNTED_KINDS = EnumSet.of(AssetKind.VEHICLE, AssetKind.REAL_ESTATE,
      AssetKind.BUSINESS);

  record Member(long id, String name, String residentId) {}

  /** The household's current declaration: co-resident members, and the items of the household or of them. */
  record Declaration(List<Member> members, List<HouseholdSnapshot.Income> incomes,
      List<HouseholdSnapshot.Holding> assets) {}

  /** A found monthly income of one kind and the sources reporting it. */
  record FoundIncome(BigDecimal monthly, List<String> sources) {}

  private final BigDecimal tolerance;
  private final BigDecimal assetTolerance;

  EconomyComparison(BigDecimal tolerance, BigDecimal assetTolerance) {
    this.tolerance = tolerance;
    this.assetTolerance = assetTolerance;
  }

  /** @param answers what every source answered, per member id */
  Content compare(Declaration declaration, Map<Long, List<SourceAnswer>> answers, IncomeWindow window) {
    List<Discrepancy> discrepancies = new ArrayList<>();
    List<MemberFindings> members = new ArrayList<>();
    Map<IncomeWindow.Stream, BigDecimal> declared = window.declaredByStream(declaration.incomes());
    for (Member member : declaration.members()) {
      List<SourceAnswer> answered = answers.getOrDefault(member.id(), List.of());
      List<SourceFindings> findings = answered.stream()
          .map(a -> new SourceFindings(a.source().code(), a.extractDate(), a.items())).toList();
      members.add(new MemberFindings(member.id(), member.name(), ResidentIds.mask(member.residentId()), findings,
          incomes(member, declared, foundIncome(findings, window), discrepancies),
          assets(member, declaration, answered)));
      status(member, answered, discrepancies);
    }
    List<HouseholdAsset> householdAssets = householdAssets(declaration, answers, discrepancies);
    BigDecimal householdLevel = declared.entrySet().stream()
        .filter(e -> e.getKey().memberId() == null && e.getKey().kind().countsAsIncome())
        .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<SourceUsed> sources = answers.values().stream().flatMap(List::stream)
        .map(a -> new SourceUsed(a.source().code(), a.source().zhName(), a.extractDate()))
        .distinct().toList();
    return new Content(assetTolerance, sources, members, householdAssets, householdLevel, discrepancies, window);
  }

  /**
   * The found monthly income per kind of one member from what the sources answered about them: per source the
   * months inside the window summed, the highest source counts, divided by the window's months. Kinds any source
   * reports are present, with 0.00 when none of their months lies in the window.
   */
  static Map<IncomeKind, FoundIncome> foundIncome(List<SourceFindings> sources, IncomeWindow window) {
    Map<IncomeKind, Map<String, List<IncomeWindow.Received>>> byKind = new EnumMap<>(IncomeKind.class);
    for (SourceFindings source : sources) {
      for (FoundItem item : source.items()) {
        if (item.category() == ItemCategory.INCOME && item.amount() != null) {
          byKind.computeIfAbsent(incomeKind(item.kind()), k -> new LinkedHashMap<>())
              .computeIfAbsent(source.source(), s -> new ArrayList<>())
              .add(new IncomeWindow.Received(month(item.period()), item.amount()));
        }
      }
    }
    Map<IncomeKind, FoundIncome> found = new EnumMap<>(IncomeKind.class);
    byKind.forEach((kind, perSource) -> found.put(kind,
        new FoundIncome(window.foundMonthly(perSource.values()), List.copyOf(perSource.keySet()))));
    return found;
  }

  private List<IncomeComparison> incomes(Member member, Map<IncomeWindow.Stream, BigDecimal> declared,
      Map<IncomeKind, FoundIncome> found, List<Discrepancy> discrepancies) {
    List<IncomeComparison> comparisons = new ArrayList<>();
    for (IncomeKind kind : IncomeKind.values()) {
      BigDecimal declaredMonthly = declared.get(new IncomeWindow.Stream(member.id(), kind));
      FoundIncome foundIncome = found.get(kind);
      if (declaredMonthly == null && foundIncome == null) {
        continue;
      }
      BigDecimal declaredFigure = declaredMonthly == null ? BigDecimal.ZERO.setScale(2) : declaredMonthly;
      BigDecimal foundMonthly = foundIncome == null ? null : foundIncome.monthly();
      List<String> sources = foundIncome == null ? List.of() : foundIncome.sources();
      // Not reported by any source (e.g. informal income): nothing to compare, the declaration stands.
      boolean mismatch = foundMonthly != null
          && foundMonthly.subtract(declaredFigure).abs().compareTo(tolerance) > 0;
      comparisons.add(new IncomeComparison(kind, declaredFigure, foundMonthly, sources, mismatch));
      if (mismatch) {
        discrepancies.add(new Discrepancy(member.id(), member.name(), "INCOME_MISMATCH", kind.name(), sources,
            declaredFigure, foundMonthly, foundMonthly.subtract(declaredFigure)));
      }
    }
    return comparisons;
  }

  /** What was declared in the member's name and found in it, per kind: shown, compared for the household. */
  private static List<AssetComparison> assets(Member member, Declaration declaration, List<SourceAnswer> answered) {
    List<AssetComparison> comparisons = new ArrayList<>();
    for (AssetKind kind : AssetKind.values()) {
      List<HouseholdSnapshot.Holding> declared = declaration.assets().stream()
          .filter(a -> a.kind() == kind && Objects.equals(a.memberId(), member.id())).toList();
      List<String> sources = new ArrayList<>();
      List<FoundItem> found = new ArrayList<>();
      for (SourceAnswer answer : answered) {
        List<FoundItem> ofKind = answer.items().stream()
            .filter(i -> i.category() == ItemCategory.ASSET && assetKind(i.kind()) == kind).toList();
        if (!ofKind.isEmpty()) {
          sources.add(answer.source().code());
          found.addAll(ofKind);
        }
      }
      if (!declared.isEmpty() || !found.isEmpty()) {
        comparisons.add(new AssetComparison(kind, declared.size(),
            sum(declared.stream().map(HouseholdSnapshot.Holding::value).toList()), found.size(),
            sum(found.stream().map(FoundItem::amount).toList()), sources));
      }
    }
    return comparisons;
  }

  /**
   * Assets per kind of the whole household: declared (for a member or the household) against found (for any
   * member). Found but not declared, declared but not found, a different number of a counted kind, or a value
   * differing beyond the asset tolerance (when every found item has a value) is a discrepancy
   * ({@link #assetDiscrepancy}).
   */
  private List<HouseholdAsset> householdAssets(Declaration declaration, Map<Long, List<SourceAnswer>> answers,
      List<Discrepancy> discrepancies) {
    List<HouseholdAsset> assets = new ArrayList<>();
    for (AssetKind kind : AssetKind.values()) {
      List<HouseholdSnapshot.Holding> declared = declaration.assets().stream().filter(a -> a.kind() == kind)
          .toList();
      Set<String> sources = new LinkedHashSet<>();
      List<FoundItem> found = new ArrayList<>();
      answers.values().stream().flatMap(List::stream).forEach(answer -> answer.items().stream()
          .filter(i -> i.category() == ItemCategory.ASSET && assetKind(i.kind()) == kind)
          .forEach(item -> {
            found.add(item);
            sources.add(answer.source().code());
          }));
      if (declared.isEmpty() && found.isEmpty()) {
        continue;
      }
      BigDecimal declaredValue = sum(declared.stream().map(HouseholdSnapshot.Holding::value).toList());
      BigDecimal foundValue = sum(found.stream().map(FoundItem::amount).toList());
      boolean valueKnown = found.stream().allMatch(i -> i.amount() != null);
      String code = assetDiscrepancy(kind, declared.size(), declaredValue, found.size(), foundValue, valueKnown);
      assets.add(new HouseholdAsset(kind, declared.size(), declaredValue, found.size(), foundValue, valueKnown,
          List.copyOf(sources), code != null));
      if (code != null) {
        discrepancies.add(new Discrepancy(null, null, code, kind.name(), List.copyOf(sources), declaredValue,
            foundValue, foundValue.subtract(declaredValue)));
      }
    }
    return assets;
  }

  /**
   * The discrepancy code of one asset kind, or null when declaration and findings agree. Of a counted kind
   * (vehicles, homes, businesses) the number decides first: declared but not found, found but not declared, more
   * or fewer found; then the value. Of the other kinds (deposits, securities, other) the value decides, within the
   * asset tolerance (nothing found is a value of 0.00).
   */
  private String assetDiscrepancy(AssetKind kind, int declaredCount, BigDecimal declaredValue, int foundCount,
      BigDecimal foundValue, boolean valueKnown) {
    if (declaredCount == 0 && foundCount == 0) {
      return null;
    }
    boolean valueDiffers = valueKnown && foundValue.subtract(declaredValue).abs().compareTo(assetTolerance) > 0;
    if (COUNTED_KINDS.contains(kind)) {
      if (foundCount == 0) {
        return "ASSET_NOT_FOUND";
      }
      if (declaredCount == 0) {
        return "UNDECLARED_ASSET";
      }
      if (foundCount != declaredCount) {
        return foundCount > declaredCount ? "ASSET_ABOVE_DECLARED" : "ASSET_BELOW_DECLARED";
      }
    } else if (valueDiffers && foundCount == 0) {
      return "ASSET_NOT_FOUND";
    } else if (valueDiffers && declaredCount == 0) {
      return "UNDECLARED_ASSET";
    }
    if (!valueDiffers) {
      return null;
    }
    return foundValue.compareTo(declaredValue) > 0 ? "ASSET_ABOVE_DECLARED" : "ASSET_BELOW_DECLARED";
  }

  private static void status(Member member, List<SourceAnswer> answered, List<Discrepancy> discrepancies) {
    for (SourceAnswer answer : answered) {
      answer.items().stream()
          .filter(i -> i.category() == ItemCategory.STATUS)
          .filter(i -> "DECEASED".equals(i.kind()) || "MOVED_OUT".equals(i.kind()))
          .findFirst()
          .ifPresent(i -> discrepancies.add(new Discrepancy(member.id(), member.name(), "MEMBER_" + i.kind(),
              i.kind(), List.of(answer.source().code()), null, null, null)));
    }
  }

  /** The month a found item was paid for ({@code yyyy-MM}, or a day in it), null when it names none. */
  private static YearMonth month(String period) {
    if (period == null || period.length() < 7) {
      return null;
    }
    try {
      return YearMonth.parse(period.substring(0, 7));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal sum(List<BigDecimal> amounts) {
    return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static IncomeKind incomeKind(String kind) {
    return Arrays.stream(IncomeKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .orElse(IncomeKind.OTHER);
  }

  private static AssetKind assetKind(String kind) {
    return Arrays.stream(AssetKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .orElse(AssetKind.OTHER);
  }
}
