package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.verification.FoundFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules need to know about a household on one day: its co-resident (active) members with their monthly
 * income, the household's income not tied to a member, assets per kind and rigid spending of the last 12 months.
 * Figures start as declared ({@link #of}); {@link #withFound} puts what a verification found next to them, and the
 * larger of the two counts.
 *
 * @param unassignedMonthlyIncome countable income declared for the household as a whole, per month
 * @param excludedMonthlyIncome money received that does not count as income (e.g. 优待抚恤金), per month, shown only
 * @param rigidSpendingLast12Months out-of-pocket medical, education and rehabilitation spending of the 12 months
 *     up to {@code asOf}
 * @param incomeWindow the period whose income counts and its months (null in hand-made rule-test facts)
 * @param incomeFigures per member and countable kind: the declared, found and counted monthly figures
 */
public record HouseholdFacts(LocalDate asOf, List<MemberFacts> members, BigDecimal unassignedMonthlyIncome,
    BigDecimal excludedMonthlyIncome, Map<AssetKind, Holding> assets, BigDecimal rigidSpendingLast12Months,
    IncomeWindow incomeWindow, List<IncomeFigure> incomeFigures) {

  /** Where a counted figure comes from: the family's declaration, or what the verification found (larger). */
  public enum Source {
    DECLARED,
    VERIFIED
  }

  /** One co-resident member; {@code monthlyIncome} counts, excluded kinds are not in it. */
  public record MemberFacts(Long memberId, String name, LocalDate birthDate, DisabilityKind disabilityKind,
      Integer disabilityGrade, WorkAbility workAbility, Illness illness, StudentStatus studentStatus,
      LegalSupport legalSupport, BigDecimal monthlyIncome, Source incomeSource) {

    public int ageOn(LocalDate day) {
      return Period.between(birthDate, day).getYears();
    }

    MemberFacts withIncome(BigDecimal amount, Source source) {
      return new MemberFacts(memberId, name, birthDate, disabilityKind, disabilityGrade, workAbility, illness,
          studentStatus, legalSupport, amount, source);
    }

    MemberFacts withLegalSupport(LegalSupport support) {
      return new MemberFacts(memberId, name, birthDate, disabilityKind, disabilityGrade, workAbility, illness,
          studentStatus, support, monthlyIncome, incomeSource);
    }
  }

  /**
   * One income stream's monthly figures (member null: the household as a whole): declared, found (null: no
   * source reports it) and counted, the larger of the two.
   */
  public record IncomeFigure(Long memberId, String member, IncomeKind kind, BigDecimal declared, BigDecimal found,
      List<String> sources, BigDecimal counted, Source source) {}

  /**
   * How many assets of a kind count and their total value in yuan: the larger of what was declared and what was
   * found ({@code foundCount} null: no verification).
   */
  public record Holding(int count, BigDecimal value, Source source, int declaredCount, BigDecimal declaredValue,
      Integer foundCount, BigDecimal foundValue) {

    static final Holding NONE = new Holding(0, BigDecimal.ZERO, Source.DECLARED);

    /** A holding as declared, or set as such by a rule test. */
    public Holding(int count, BigDecimal value, Source source) {
      this(count, value, source, count, value, null, null);
    }
  }

  public HouseholdFacts {
    members = List.copyOf(members);
    incomeFigures = List.copyOf(incomeFigures);
    Map<AssetKind, Holding> complete = new EnumMap<>(AssetKind.class);
    for (AssetKind kind : AssetKind.values()) {
      complete.put(kind, assets.getOrDefault(kind, Holding.NONE));
    }
    assets = Map.copyOf(complete);
  }

  /** Facts made by hand (rule tests): no income window, no per-stream figures. */
  public HouseholdFacts(LocalDate asOf, List<MemberFacts> members, BigDecimal unassignedMonthlyIncome,
      BigDecimal excludedMonthlyIncome, Map<AssetKind, Holding> assets, BigDecimal rigidSpendingLast12Months) {
    this(asOf, members, unassignedMonthlyIncome, excludedMonthlyIncome, assets, rigidSpendingLast12Months, null,
        List.of());
  }

  /**
   * The facts of a household as declared, assessed on {@code asOf}: monthly income by the {@link IncomeWindow} of
   * the {@code windowMonths} whole months before the month of {@code asOf} (per member and kind; kinds that do not
   * count as income are only shown), assets per kind; members who left and their items do not count.
   */
  public static HouseholdFacts of(HouseholdSnapshot household, LocalDate asOf, int windowMonths) {
    IncomeWindow window = IncomeWindow.before(asOf, windowMonths);
    Map<IncomeWindow.Stream, BigDecimal> declared = window.declaredByStream(household.currentIncomes());
    List<MemberFacts> members = new ArrayList<>();
    List<IncomeFigure> figures = new ArrayList<>();
    for (HouseholdSnapshot.Member m : household.activeMembers()) {
      BigDecimal income = BigDecimal.ZERO;
      for (Map.Entry<IncomeWindow.Stream, BigDecimal> stream : declared.entrySet()) {
        if (Objects.equals(stream.getKey().memberId(), m.id()) && stream.getKey().kind().countsAsIncome()) {
          income = income.add(stream.getValue());
          figures.add(new IncomeFigure(m.id(), m.name(), stream.getKey().kind(), stream.getValue(), null, List.of(),
              stream.getValue(), Source.DECLARED));
        }
      }
      members.add(new MemberFacts(m.id(), m.name(), m.birthDate(), m.disabilityKind(), m.disabilityGrade(),
          m.workAbility(), m.illness(), m.studentStatus(), m.legalSupport(), income, Source.DECLARED));
    }
    BigDecimal unassigned = BigDecimal.ZERO;
    BigDecimal excluded = BigDecimal.ZERO;
    for (Map.Entry<IncomeWindow.Stream, BigDecimal> stream : declared.entrySet()) {
      if (!stream.getKey().kind().countsAsIncome()) {
        excluded = excluded.add(stream.getValue());
      } else if (stream.getKey().memberId() == null) {
        unassigned = unassigned.add(stream.getValue());
        figures.add(new IncomeFigure(null, null, stream.getKey().kind(), stream.getValue(), null, List.of(),
            stream.getValue(), Source.DECLARED));
      }
    }
    Map<AssetKind, Holding> assets = new EnumMap<>(AssetKind.class);
    for (HouseholdSnapshot.Holding asset : household.currentAssets()) {
      Holding held = assets.getOrDefault(asset.kind(), Holding.NONE);
      assets.put(asset.kind(), new Holding(held.count() + 1, held.value().add(asset.value()), Source.DECLARED));
    }
    LocalDate rigidFrom = asOf.minusMonths(12).plusDays(1);
    BigDecimal rigid = household.rigidExpenses().stream().filter(e -> household.belongs(e.memberId()))
        .map(e -> IncomeWindow.partWithin(e.periodStart(), e.periodEnd(), e.amount(), rigidFrom, asOf))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new HouseholdFacts(asOf, members, unassigned, excluded, assets, rigid, window, figures);
  }

  /**
   * The facts with what a verification found next to the declaration (DOMAIN.md: what the family declares and what
   * the departments find both count). Per member and income kind the larger of the declared and the found monthly
   * figure counts: an understated declaration is the risk verification exists for, and a lower found figure does
   * not lower a declaration (departments do not see informal income). Per asset kind the larger number and the
   * larger value count: the same car declared and found is one car, and without a shared key to match items the
   * larger never drops one and never counts one twice.
   */
  public HouseholdFacts withFound(FoundFigures found) {
    Map<Long, FoundFigures.MemberIncome> byMember = new java.util.HashMap<>();
    found.members().forEach(m -> byMember.put(m.memberId(), m));
    List<IncomeFigure> figures = new ArrayList<>(incomeFigures.stream().filter(f -> f.memberId() == null).toList());
    List<MemberFacts> counted = new ArrayList<>();
    boolean anyFound = false;
    for (MemberFacts member : members) {
      Map<IncomeKind, FoundFigures.Income> foundByKind = byMember.containsKey(member.memberId())
          ? byMember.get(member.memberId()).byKind() : Map.of();
      BigDecimal income = BigDecimal.ZERO;
      boolean verified = false;
      for (IncomeKind kind : IncomeKind.values()) {
        if (!kind.countsAsIncome()) {
          continue;
        }
        IncomeFigure declared = incomeFigures.stream()
            .filter(f -> Objects.equals(f.memberId(), member.memberId()) && f.kind() == kind).findFirst()
            .orElse(null);
        FoundFigures.Income foundIncome = foundByKind.get(kind);
        if (declared == null && foundIncome == null) {
          continue;
        }
        BigDecimal declaredMonthly = declared == null ? BigDecimal.ZERO.setScale(2) : declared.declared();
        BigDecimal foundMonthly = foundIncome == null ? null : foundIncome.monthly();
        boolean foundCounts = foundMonthly != null && foundMonthly.compareTo(declaredMonthly) > 0;
        BigDecimal figure = foundCounts ? foundMonthly : declaredMonthly;
        verified |= foundCounts;
        income = income.add(figure);
        figures.add(new IncomeFigure(member.memberId(), member.name(), kind, declaredMonthly, foundMonthly,
            foundIncome == null ? List.of() : foundIncome.sources(), figure,
            foundCounts ? Source.VERIFIED : Source.DECLARED));
      }
      anyFound |= verified;
      counted.add(member.withIncome(income, verified ? Source.VERIFIED : Source.DECLARED));
    }
    Map<AssetKind, Holding> holdings = new EnumMap<>(assets);
    for (FoundFigures.Assets asset : found.assets()) {
      Holding declared = assets.get(asset.kind());
      BigDecimal foundValue = asset.value() == null ? BigDecimal.ZERO : asset.value();
      int count = Math.max(declared.declaredCount(), asset.count());
      BigDecimal value = declared.declaredValue().max(foundValue);
      boolean foundCounts = asset.count() > declared.declaredCount()
          || foundValue.compareTo(declared.declaredValue()) > 0;
      holdings.put(asset.kind(), new Holding(count, value, foundCounts ? Source.VERIFIED : Source.DECLARED,
          declared.declaredCount(), declared.declaredValue(), asset.count(), foundValue));
    }
    // Kinds no source found: found 0 (the verification ran and found none of them).
    for (AssetKind kind : AssetKind.values()) {
      Holding held = holdings.get(kind);
      if (held.foundCount() == null) {
        holdings.put(kind, new Holding(held.count(), held.value(), held.source(), held.declaredCount(),
            held.declaredValue(), 0, BigDecimal.ZERO));
      }
    }
    return new HouseholdFacts(asOf, counted, unassignedMonthlyIncome, excludedMonthlyIncome, holdings,
        rigidSpendingLast12Months, incomeWindow, figures);
  }

  /** For rule tests: the same facts with a member's counted monthly income set to {@code amount}. */
  public HouseholdFacts withVerifiedMonthlyIncome(long memberId, BigDecimal amount) {
    return withMember(memberId, m -> m.withIncome(amount, Source.VERIFIED));
  }

  /** For rule tests: the same facts with the counted holding of one asset kind set. */
  public HouseholdFacts withVerifiedAssets(AssetKind kind, int count, BigDecimal value) {
    Map<AssetKind, Holding> changed = new EnumMap<>(assets);
    changed.put(kind, new Holding(count, value, Source.VERIFIED));
    return new HouseholdFacts(asOf, members, unassignedMonthlyIncome, excludedMonthlyIncome, changed,
        rigidSpendingLast12Months, incomeWindow, incomeFigures);
  }

  /** The same facts with a member's legal support as found by the investigation. */
  public HouseholdFacts withLegalSupport(long memberId, LegalSupport support) {
    return withMember(memberId, m -> m.withLegalSupport(support));
  }

  public int memberCount() {
    return members.size();
  }

  /** Countable income of all co-resident members and of the household as a whole, per month. */
  public BigDecimal monthlyIncome() {
    return members.stream().map(MemberFacts::monthlyIncome).reduce(unassignedMonthlyIncome, BigDecimal::add);
  }

  public Holding holding(AssetKind kind) {
    return assets.get(kind);
  }

  private HouseholdFacts withMember(long memberId, java.util.function.UnaryOperator<MemberFacts> change) {
    if (members.stream().noneMatch(m -> Objects.equals(m.memberId(), memberId))) {
      throw new IllegalArgumentException("No co-resident member " + memberId);
    }
    return new HouseholdFacts(asOf, members.stream()
        .map(m -> Objects.equals(m.memberId(), memberId) ? change.apply(m) : m).toList(), unassignedMonthlyIncome,
        excludedMonthlyIncome, assets, rigidSpendingLast12Months, incomeWindow, incomeFigures);
  }
}
