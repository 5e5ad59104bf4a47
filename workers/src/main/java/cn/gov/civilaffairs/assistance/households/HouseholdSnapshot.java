package cn.gov.civilaffairs.assistance.households;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A household as the economy verification and the eligibility rules read it, in one query and outside JPA: every
 * review reads its household twice, and loading the entity with its four collections cost four queries and most of
 * the JVM time of those steps. Items belong to a member ({@code memberId}) or to the household as a whole (null).
 * Lists are in id order, as on the entity.
 */
public record HouseholdSnapshot(long id, String communityCode, List<Member> members, List<Income> incomes,
    List<Holding> assets, List<Rigid> rigidExpenses) {

  public record Member(long id, String name, String residentId, Relation relation, LocalDate birthDate,
      DisabilityKind disabilityKind, Integer disabilityGrade, WorkAbility workAbility, Illness illness,
      StudentStatus studentStatus, LegalSupport legalSupport, boolean active) {}

  public record Income(Long memberId, IncomeKind kind, LocalDate periodStart, LocalDate periodEnd,
      BigDecimal amount) {}

  public record Holding(Long memberId, AssetKind kind, BigDecimal value) {}

  public record Rigid(Long memberId, RigidExpenseKind kind, LocalDate periodStart, LocalDate periodEnd,
      BigDecimal amount) {}

  public HouseholdSnapshot {
    members = List.copyOf(members);
    incomes = List.copyOf(incomes);
    assets = List.copyOf(assets);
    rigidExpenses = List.copyOf(rigidExpenses);
  }

  /** The same view of a household already loaded as an entity. */
  public static HouseholdSnapshot of(Household household) {
    return new HouseholdSnapshot(household.id(), household.communityCode(),
        household.members().stream().map(m -> new Member(m.id(), m.name(), m.residentId(), m.relation(),
            m.birthDate(), m.disabilityKind(), m.disabilityGrade(), m.workAbility(), m.illness(), m.studentStatus(),
            m.legalSupport(), m.active())).toList(),
        household.incomes().stream().map(i -> new Income(memberId(i.member()), i.kind(), i.periodStart(),
            i.periodEnd(), i.amount())).toList(),
        household.assets().stream().map(a -> new Holding(memberId(a.member()), a.kind(), a.value())).toList(),
        household.rigidExpenses().stream().map(e -> new Rigid(memberId(e.member()), e.kind(), e.periodStart(),
            e.periodEnd(), e.amount())).toList());
  }

  public List<Member> activeMembers() {
    return members.stream().filter(Member::active).toList();
  }

  /**
   * Whether an item of this member (null: the household as a whole) is the household's: items of members who left
   * do not count.
   */
  public boolean belongs(Long memberId) {
    return memberId == null || members.stream().anyMatch(m -> m.active() && m.id() == memberId);
  }

  /** Income items of the household as a whole or of a co-resident member. */
  public List<Income> currentIncomes() {
    return incomes.stream().filter(i -> belongs(i.memberId())).toList();
  }

  /** Assets of the household as a whole or of a co-resident member. */
  public List<Holding> currentAssets() {
    return assets.stream().filter(a -> belongs(a.memberId())).toList();
  }

  private static Long memberId(HouseholdMember member) {
    return member == null ? null : member.id();
  }
}
