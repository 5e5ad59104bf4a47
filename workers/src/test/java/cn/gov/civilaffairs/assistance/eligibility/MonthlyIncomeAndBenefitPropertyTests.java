package cn.gov.civilaffairs.assistance.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.Relation;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The household's monthly income and the 低保 benefit over generated households: money that is not income never
 * changes the counted figure, and the benefit stays between 0 and the standard times the members plus the
 * increments.
 */
class MonthlyIncomeAndBenefitPropertyTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 8);
  private static final List<IncomeKind> EXCLUDED = Arrays.stream(IncomeKind.values())
      .filter(k -> !k.countsAsIncome()).toList();
  private static final List<IncomeKind> COUNTED = Arrays.stream(IncomeKind.values())
      .filter(IncomeKind::countsAsIncome).toList();

  /** An income item of member index {@code member} (-1: the household) within two years before the day. */
  record Item(int member, IncomeKind kind, int startDaysBack, int days, long fen) {

    HouseholdSnapshot.Income toIncome() {
      LocalDate start = AS_OF.minusDays(startDaysBack);
      return new HouseholdSnapshot.Income(member < 0 ? null : (long) member + 1, kind, start,
          start.plusDays(days), BigDecimal.valueOf(fen, 2));
    }
  }

  record Person(int age, Integer disabilityGrade, Illness illness) {}

  @Provide
  Arbitrary<Item> countedItems() {
    return items(Arbitraries.of(COUNTED));
  }

  @Provide
  Arbitrary<Item> excludedItems() {
    return items(Arbitraries.of(EXCLUDED));
  }

  private static Arbitrary<Item> items(Arbitrary<IncomeKind> kinds) {
    return Combinators.combine(Arbitraries.integers().between(-1, 3), kinds, Arbitraries.integers().between(0, 730),
        Arbitraries.integers().between(0, 400), Arbitraries.longs().between(0, 3_000_000)).as(Item::new);
  }

  @Provide
  Arbitrary<Person> people() {
    return Combinators.combine(Arbitraries.integers().between(0, 95),
        Arbitraries.integers().between(1, 4).injectNull(0.6), Arbitraries.of(Illness.class)).as(Person::new);
  }

  @Property
  void excludedKindsNeverChangeTheCountedMonthlyIncome(@ForAll @IntRange(min = 1, max = 24) int months,
      @ForAll @Size(max = 12) List<@From("countedItems") Item> counted,
      @ForAll @Size(min = 1, max = 8) List<@From("excludedItems") Item> excluded) {
    List<HouseholdSnapshot.Income> without = counted.stream().map(Item::toIncome).toList();
    List<HouseholdSnapshot.Income> with = new ArrayList<>(without);
    excluded.forEach(item -> with.add(item.toIncome()));

    HouseholdFacts before = HouseholdFacts.of(household(without), AS_OF, months);
    HouseholdFacts after = HouseholdFacts.of(household(with), AS_OF, months);

    assertThat(after.monthlyIncome()).isEqualByComparingTo(before.monthlyIncome());
    assertThat(after.members()).extracting(HouseholdFacts.MemberFacts::monthlyIncome)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyElementsOf(before.members().stream().map(HouseholdFacts.MemberFacts::monthlyIncome).toList());
    assertThat(after.excludedMonthlyIncome()).isGreaterThanOrEqualTo(before.excludedMonthlyIncome());
  }

  @Property
  void theDibaoBenefitIsNeverNegativeNorAboveTheStandardTimesMembersPlusIncrements(
      @ForAll @Size(min = 1, max = 6) List<@From("people") Person> people,
      @ForAll @LongRange(min = 0, max = 2_000_000) long incomeFen,
      @ForAll @IntRange(min = 100, max = 5000) int standard) {
    PolicySnapshot policy = PolicySnapshot.defaults(AS_OF).with(PolicyCatalogue.DIBAO_STANDARD,
        String.valueOf(standard));
    List<HouseholdFacts.MemberFacts> members = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      members.add(new HouseholdFacts.MemberFacts((long) i + 1, "成员" + i, AS_OF.minusYears(p.age()),
          p.disabilityGrade() == null ? null : DisabilityKind.PHYSICAL, p.disabilityGrade(), WorkAbility.PARTIAL,
          p.illness(), StudentStatus.NONE, LegalSupport.ABLE, BigDecimal.ZERO, HouseholdFacts.Source.DECLARED));
    }
    HouseholdFacts facts = new HouseholdFacts(AS_OF, members, BigDecimal.valueOf(incomeFen, 2), BigDecimal.ZERO,
        java.util.Map.of(), BigDecimal.ZERO);

    BigDecimal benefit = EligibilityRules.assess(facts, policy, Category.DIBAO, AS_OF).monthlyBenefit();

    BigDecimal increments = members.stream()
        .map(m -> EligibilityRules.incrementShare(m, policy, AS_OF).multiply(policy.dibaoStandard()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal ceiling = policy.dibaoStandard().multiply(BigDecimal.valueOf(members.size())).add(increments)
        .setScale(0, RoundingMode.HALF_UP);
    assertThat(benefit).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThanOrEqualTo(ceiling);
  }

  private static HouseholdSnapshot household(List<HouseholdSnapshot.Income> incomes) {
    List<HouseholdSnapshot.Member> members = new ArrayList<>();
    for (long id = 1; id <= 4; id++) {
      members.add(new HouseholdSnapshot.Member(id, "成员" + id, "11010519800101001" + id, Relation.OTHER,
          LocalDate.of(1980, 1, 1), null, null, WorkAbility.PARTIAL, Illness.NONE, StudentStatus.NONE, null, true));
    }
    return new HouseholdSnapshot(1, "110105001001", members, incomes, List.of(), List.of());
  }
}
