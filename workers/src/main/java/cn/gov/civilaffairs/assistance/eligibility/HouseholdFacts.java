package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
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
 * Figures start as declared; verified figures replace them with the {@code withVerified...} methods.
 *
 * @param unassignedMonthlyIncome countable income declared for the household as a whole, per month
 * @param excludedMonthlyIncome money received that does not count as income (e.g. 优待抚恤金), per month, shown only
 * @param rigidSpendingLast12Months out-of-pocket medical, education and rehabilitation spending of the 12 months
 *     up to {@code asOf}
 */
public record HouseholdFacts(LocalDate asOf, List<MemberFacts> members, BigDecimal unassignedMonthlyIncome,
    BigDecimal excludedMonthlyIncome, Map<AssetKind, Holding> assets, BigDecimal rigidSpendingLast12Months) {

  /** Where a figure comes from. */
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

  /** How many assets of a kind the household holds and their total value in yuan. */
  public record Holding(int count, BigDecimal value, Source source) {

    static final Holding NONE = new Holding(0, BigDecimal.ZERO, Source.DECLARED);
  }

  public HouseholdFacts {
    members = List.copyOf(members);
    Map<AssetKind, Holding> complete = new EnumMap<>(AssetKind.class);
    for (AssetKind kind : AssetKind.values()) {
      complete.put(kind, assets.getOrDefault(kind, Holding.NONE));
    }
    assets = Map.copyOf(complete);
  }

  /**
   * The facts of a household as declared, on {@code asOf}. Monthly income is each income stream's (member and
   * kind) average over the months it was declared for within the 12 months up to {@code asOf}; members who left
   * and their income are not counted.
   */
  public static HouseholdFacts of(Household household, LocalDate asOf) {
    return of(HouseholdSnapshot.of(household), asOf);
  }

  /** Like {@link #of(Household, LocalDate)} for a household read as a snapshot. */
  public static HouseholdFacts of(HouseholdSnapshot household, LocalDate asOf) {
    MonthlyAmounts window = new MonthlyAmounts(asOf);
    List<HouseholdSnapshot.Member> active = household.activeMembers();
    List<MemberFacts> members = new ArrayList<>();
    for (HouseholdSnapshot.Member m : active) {
      List<HouseholdSnapshot.Income> own = household.incomes().stream()
          .filter(i -> i.kind().countsAsIncome() && Objects.equals(i.memberId(), m.id()))
          .toList();
      members.add(new MemberFacts(m.id(), m.name(), m.birthDate(), m.disabilityKind(), m.disabilityGrade(),
          m.workAbility(), m.illness(), m.studentStatus(), m.legalSupport(), window.monthlyIncome(own),
          Source.DECLARED));
    }
    List<HouseholdSnapshot.Income> counted = household.incomes().stream()
        .filter(i -> belongs(i.memberId(), active)).toList();
    BigDecimal unassigned = window.monthlyIncome(counted.stream()
        .filter(i -> i.kind().countsAsIncome() && i.memberId() == null).toList());
    BigDecimal excluded = window.monthlyIncome(counted.stream().filter(i -> !i.kind().countsAsIncome()).toList());
    Map<AssetKind, Holding> assets = new EnumMap<>(AssetKind.class);
    for (HouseholdSnapshot.Holding asset : household.assets()) {
      if (belongs(asset.memberId(), active)) {
        Holding held = assets.getOrDefault(asset.kind(), Holding.NONE);
        assets.put(asset.kind(), new Holding(held.count() + 1, held.value().add(asset.value()), Source.DECLARED));
      }
    }
    BigDecimal rigid = window.totalWithin(household.rigidExpenses().stream()
        .filter(e -> belongs(e.memberId(), active))
        .map(e -> new MonthlyAmounts.Item(e.periodStart(), e.periodEnd(), e.amount())).toList());
    return new HouseholdFacts(asOf, members, unassigned, excluded, assets, rigid);
  }

  /** Items of the household as a whole or of a co-resident member; those of members who left do not count. */
  private static boolean belongs(Long memberId, List<HouseholdSnapshot.Member> active) {
    return memberId == null || active.stream().anyMatch(m -> Objects.equals(m.id(), memberId));
  }

  /** The same facts with a member's monthly income replaced by the verified figure (核对结果). */
  public HouseholdFacts withVerifiedMonthlyIncome(long memberId, BigDecimal amount) {
    return withMember(memberId, m -> m.withIncome(amount, Source.VERIFIED));
  }

  /** The same facts with the household-level monthly income replaced by the verified figure. */
  public HouseholdFacts withVerifiedUnassignedMonthlyIncome(BigDecimal amount) {
    return new HouseholdFacts(asOf, members, amount, excludedMonthlyIncome, assets, rigidSpendingLast12Months);
  }

  /** The same facts with the verified holding of one asset kind. */
  public HouseholdFacts withVerifiedAssets(AssetKind kind, int count, BigDecimal value) {
    Map<AssetKind, Holding> changed = new EnumMap<>(assets);
    changed.put(kind, new Holding(count, value, Source.VERIFIED));
    return new HouseholdFacts(asOf, members, unassignedMonthlyIncome, excludedMonthlyIncome, changed,
        rigidSpendingLast12Months);
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
        excludedMonthlyIncome, assets, rigidSpendingLast12Months);
  }
}
