package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares what the sources say about each member with what the household declared. Incomes are compared per
 * member and kind as monthly figures (a declared item's amount spread over the months of its period; a source's
 * items averaged over the months they cover; sources reporting the same kind corroborate, the highest counts).
 * An asset a source finds of a kind the household did not declare is always a discrepancy.
 */
final class EconomyComparison {

  record Member(long id, String name, String residentId) {}

  record DeclaredIncome(Long memberId, IncomeKind kind, LocalDate periodStart, LocalDate periodEnd,
      BigDecimal amount) {}

  record DeclaredAsset(Long memberId, AssetKind kind, BigDecimal value) {}

  record Declaration(List<Member> members, List<DeclaredIncome> incomes, List<DeclaredAsset> assets) {}

  private final BigDecimal tolerance;
  private final BigDecimal assetTolerance;

  EconomyComparison(BigDecimal tolerance, BigDecimal assetTolerance) {
    this.tolerance = tolerance;
    this.assetTolerance = assetTolerance;
  }

  /** @param answers what every source answered, per member id */
  Content compare(Declaration declaration, Map<Long, List<SourceAnswer>> answers) {
    List<Discrepancy> discrepancies = new ArrayList<>();
    List<MemberFindings> members = new ArrayList<>();
    for (Member member : declaration.members()) {
      List<SourceAnswer> answered = answers.getOrDefault(member.id(), List.of());
      members.add(new MemberFindings(member.id(), member.name(), ResidentIds.mask(member.residentId()),
          answered.stream().map(a -> new SourceFindings(a.source().code(), a.extractDate(), a.items())).toList(),
          incomes(member, declaration, answered, discrepancies),
          assets(member, declaration, answered, discrepancies)));
      status(member, answered, discrepancies);
    }
    List<HouseholdAsset> householdAssets = householdAssets(declaration, answers, discrepancies);
    BigDecimal householdLevel = declaration.incomes().stream().filter(i -> i.memberId() == null)
        .map(EconomyComparison::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<SourceUsed> sources = answers.values().stream().flatMap(List::stream)
        .map(a -> new SourceUsed(a.source().code(), a.source().zhName(), a.extractDate()))
        .distinct().toList();
    return new Content(assetTolerance, sources, members, householdAssets, householdLevel, discrepancies);
  }

  private List<IncomeComparison> incomes(Member member, Declaration declaration, List<SourceAnswer> answered,
      List<Discrepancy> discrepancies) {
    Map<IncomeKind, BigDecimal> declared = new EnumMap<>(IncomeKind.class);
    declaration.incomes().stream().filter(i -> Objects.equals(i.memberId(), member.id()))
        .forEach(i -> declared.merge(i.kind(), monthly(i), BigDecimal::add));
    Map<IncomeKind, BigDecimal> found = new EnumMap<>(IncomeKind.class);
    Map<IncomeKind, Set<String>> foundBy = new EnumMap<>(IncomeKind.class);
    for (SourceAnswer answer : answered) {
      Map<IncomeKind, List<FoundItem>> byKind = answer.items().stream()
          .filter(item -> item.category() == ItemCategory.INCOME && item.amount() != null)
          .collect(Collectors.groupingBy(item -> incomeKind(item.kind())));
      byKind.forEach((kind, items) -> {
        found.merge(kind, monthlyAverage(items), BigDecimal::max);
        foundBy.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(answer.source().code());
      });
    }
    List<IncomeComparison> comparisons = new ArrayList<>();
    for (IncomeKind kind : IncomeKind.values()) {
      BigDecimal declaredMonthly = declared.getOrDefault(kind, BigDecimal.ZERO);
      BigDecimal foundMonthly = found.get(kind);
      if (!declared.containsKey(kind) && foundMonthly == null) {
        continue;
      }
      List<String> sources = List.copyOf(foundBy.getOrDefault(kind, Set.of()));
      comparisons.add(new IncomeComparison(kind, declaredMonthly, foundMonthly, sources,
          foundMonthly == null ? declaredMonthly : declaredMonthly.max(foundMonthly)));
      if (foundMonthly != null && foundMonthly.subtract(declaredMonthly).abs().compareTo(tolerance) > 0) {
        discrepancies.add(new Discrepancy(member.id(), member.name(), "INCOME_MISMATCH", kind.name(), sources,
            declaredMonthly, foundMonthly, foundMonthly.subtract(declaredMonthly)));
      }
    }
    return comparisons;
  }

  private List<AssetComparison> assets(Member member, Declaration declaration, List<SourceAnswer> answered,
      List<Discrepancy> discrepancies) {
    List<AssetComparison> comparisons = new ArrayList<>();
    for (AssetKind kind : AssetKind.values()) {
      List<DeclaredAsset> declared = declaration.assets().stream()
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
      if (declared.isEmpty() && found.isEmpty()) {
        continue;
      }
      BigDecimal foundValue = sum(found.stream().map(FoundItem::amount).toList());
      comparisons.add(new AssetComparison(kind, declared.size(),
          sum(declared.stream().map(DeclaredAsset::value).toList()), found.size(), foundValue, sources));
      boolean declaredForHousehold = declaration.assets().stream()
          .anyMatch(a -> a.kind() == kind && a.memberId() == null);
      if (!found.isEmpty() && declared.isEmpty() && !declaredForHousehold) {
        discrepancies.add(new Discrepancy(member.id(), member.name(), "UNDECLARED_ASSET", kind.name(), sources,
            BigDecimal.ZERO, foundValue, foundValue));
      }
    }
    return comparisons;
  }

  private List<HouseholdAsset> householdAssets(Declaration declaration, Map<Long, List<SourceAnswer>> answers,
      List<Discrepancy> discrepancies) {
    List<HouseholdAsset> assets = new ArrayList<>();
    for (AssetKind kind : AssetKind.values()) {
      List<DeclaredAsset> declared = declaration.assets().stream().filter(a -> a.kind() == kind).toList();
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
      BigDecimal declaredValue = sum(declared.stream().map(DeclaredAsset::value).toList());
      BigDecimal foundValue = sum(found.stream().map(FoundItem::amount).toList());
      assets.add(new HouseholdAsset(kind, declaredValue, foundValue, found.size(), declaredValue.max(foundValue)));
      if (!declared.isEmpty() && foundValue.subtract(declaredValue).compareTo(assetTolerance) > 0) {
        discrepancies.add(new Discrepancy(null, null, "ASSET_ABOVE_DECLARED", kind.name(), List.copyOf(sources),
            declaredValue, foundValue, foundValue.subtract(declaredValue)));
      }
    }
    return assets;
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

  /** A declared amount spread evenly over the calendar months its period touches. */
  static BigDecimal monthly(DeclaredIncome income) {
    long months = ChronoUnit.MONTHS.between(YearMonth.from(income.periodStart()), YearMonth.from(income.periodEnd()))
        + 1;
    return income.amount().divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
  }

  /** A source's income items of one kind per month: their total over the number of months they cover. */
  private static BigDecimal monthlyAverage(List<FoundItem> items) {
    Map<String, BigDecimal> perMonth = new TreeMap<>();
    items.forEach(i -> perMonth.merge(Objects.requireNonNullElse(i.period(), ""), i.amount(), BigDecimal::add));
    BigDecimal total = perMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return total.divide(BigDecimal.valueOf(perMonth.size()), 2, RoundingMode.HALF_UP);
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
