package cn.gov.civilaffairs.assistance.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.Relation;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.verification.FoundFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What counts when a verification found something (README "Verification and assessment"): per member and kind the
 * larger of the declared and the found monthly figure, per asset kind the larger number and value.
 */
class CountedFiguresTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 8);
  private static final PolicySnapshot POLICY = PolicySnapshot.defaults(AS_OF);

  @Test
  void countsTheLargerOfTheDeclaredAndTheFoundMonthlyIncomeOfEachMemberAndKind() {
    // declared: wages 12,000 over the window (1,000 a month), business 6,000 (500 a month)
    HouseholdFacts declared = HouseholdFacts.of(household(List.of(
        income(IncomeKind.WAGES, "2025-12-01", "2026-11-30", "12000"),
        income(IncomeKind.BUSINESS, "2025-12-01", "2026-11-30", "6000")), List.of()), AS_OF, 12);

    HouseholdFacts counted = declared.withFound(found(Map.of(IncomeKind.WAGES, "1200.00",
        IncomeKind.BUSINESS, "100.00"), List.of()));

    assertThat(declared.monthlyIncome()).isEqualByComparingTo("1500");
    assertThat(counted.monthlyIncome()).isEqualByComparingTo("1700");
    assertThat(counted.members().get(0).incomeSource()).isEqualTo(HouseholdFacts.Source.VERIFIED);
    assertThat(counted.incomeFigures()).extracting(HouseholdFacts.IncomeFigure::kind,
        HouseholdFacts.IncomeFigure::source).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(IncomeKind.WAGES, HouseholdFacts.Source.VERIFIED),
            org.assertj.core.groups.Tuple.tuple(IncomeKind.BUSINESS, HouseholdFacts.Source.DECLARED));
    String explanation = EligibilityRules.assess(counted, POLICY, Category.DIBAO, AS_OF)
        .test("INCOME_BELOW_STANDARD").explanation();
    assertThat(explanation).contains("2025-12-01 至 2026-11-30", "÷ 12", "工资性收入：申报 1000.00 元，核对 1200.00 元（wages）",
        "计入核对数 1200.00 元", "经营净收入：申报 500.00 元，核对 100.00 元（wages），计入申报数 500.00 元");
  }

  @Test
  void refusesADeclaredVehicleThatNoExtractFound() {
    HouseholdFacts declared = HouseholdFacts.of(household(List.of(),
        List.of(new HouseholdSnapshot.Holding(1L, AssetKind.VEHICLE, new BigDecimal("50000")))), AS_OF, 12);

    Assessment assessment = EligibilityRules.assess(declared.withFound(found(Map.of(), List.of())), POLICY,
        Category.DIBAO, AS_OF);

    assertThat(assessment.eligible()).isFalse();
    assertThat(assessment.test("VEHICLES").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assessment.test("VEHICLES").inputs()).containsEntry("count", 1).containsEntry("declaredCount", 1)
        .containsEntry("foundCount", 0);
    assertThat(assessment.test("VEHICLES").explanation()).contains("申报 1 辆，核对发现 0 辆");
  }

  @Test
  void countsTheSameCarDeclaredAndFoundOnceAndTheLargerDepositValue() {
    HouseholdFacts declared = HouseholdFacts.of(household(List.of(), List.of(
        new HouseholdSnapshot.Holding(1L, AssetKind.VEHICLE, new BigDecimal("50000")),
        new HouseholdSnapshot.Holding(null, AssetKind.DEPOSIT, new BigDecimal("0.00")))), AS_OF, 12);

    HouseholdFacts counted = declared.withFound(found(Map.of(), List.of(
        new FoundFigures.Assets(AssetKind.VEHICLE, 1, BigDecimal.ZERO, false, List.of("vehicles")),
        new FoundFigures.Assets(AssetKind.DEPOSIT, 1, new BigDecimal("5600.00"), true, List.of("banks")))));

    assertThat(counted.holding(AssetKind.VEHICLE).count()).isEqualTo(1);
    assertThat(counted.holding(AssetKind.VEHICLE).value()).isEqualByComparingTo("50000");
    assertThat(counted.holding(AssetKind.DEPOSIT).value()).isEqualByComparingTo("5600");
    assertThat(counted.holding(AssetKind.DEPOSIT).source()).isEqualTo(HouseholdFacts.Source.VERIFIED);
  }

  private static FoundFigures found(Map<IncomeKind, String> monthly, List<FoundFigures.Assets> assets) {
    Map<IncomeKind, FoundFigures.Income> byKind = new java.util.EnumMap<>(IncomeKind.class);
    monthly.forEach((kind, amount) -> byKind.put(kind, new FoundFigures.Income(new BigDecimal(amount),
        List.of("wages"))));
    return new FoundFigures(1, null, List.of(new FoundFigures.MemberIncome(1, byKind)), assets);
  }

  private static HouseholdSnapshot.Income income(IncomeKind kind, String from, String to, String amount) {
    return new HouseholdSnapshot.Income(1L, kind, LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(amount));
  }

  private static HouseholdSnapshot household(List<HouseholdSnapshot.Income> incomes,
      List<HouseholdSnapshot.Holding> assets) {
    return new HouseholdSnapshot(1, "110105001001", List.of(new HouseholdSnapshot.Member(1, "王建国",
        "110105198001010018", Relation.HEAD, LocalDate.of(1980, 1, 1), null, null, WorkAbility.PARTIAL,
        Illness.NONE, StudentStatus.NONE, null, true)), incomes, assets, List.of());
  }
}
