package cn.gov.civilaffairs.assistance.eligibility;

import static cn.gov.civilaffairs.assistance.eligibility.Families.AS_OF;
import static cn.gov.civilaffairs.assistance.eligibility.Families.aged;
import static cn.gov.civilaffairs.assistance.eligibility.Families.alone;
import static cn.gov.civilaffairs.assistance.eligibility.Families.person;
import static cn.gov.civilaffairs.assistance.eligibility.Families.withMonthlyIncome;
import static cn.gov.civilaffairs.assistance.eligibility.Families.withRigidSpending;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Each eligibility parameter changes the assessment it names: the same household assessed under the shipped
 * defaults and under one changed value (the snapshot the assessment worker passes, with that one value replaced).
 */
class EligibilityParameterEffectsTests {

  private static final PolicySnapshot DEFAULTS = PolicySnapshot.defaults(AS_OF);

  private static Assessment assess(HouseholdFacts facts, Category category) {
    return EligibilityRules.assess(facts, DEFAULTS, category, AS_OF);
  }

  private static Assessment assess(HouseholdFacts facts, Category category, String code, String value) {
    return EligibilityRules.assess(facts, DEFAULTS.with(code, value), category, AS_OF);
  }

  private static HouseholdFacts poorOfOne() {
    return withMonthlyIncome("1000", aged(40));
  }

  /** Two persons, 6,000 a month (72,000 a year), with {@code last12Months} of rigid spending. */
  private static HouseholdFacts spending(String last12Months) {
    return withRigidSpending(withMonthlyIncome("6000", aged(40), aged(38)), last12Months);
  }

  @Test
  @ProvesParameter("dibao.standard")
  void theStandardDecidesWhoIsBelowItAndTheGapPaid() {
    assertThat(assess(withMonthlyIncome("1480", aged(40)), Category.DIBAO).eligible()).isFalse();
    Assessment raised = assess(withMonthlyIncome("1480", aged(40)), Category.DIBAO, "dibao.standard", "1500");
    assertThat(raised.eligible()).isTrue();
    assertThat(raised.monthlyBenefit()).isEqualTo(new BigDecimal("20.00"));
  }

  @Test
  @ProvesParameter("marginal.factor")
  void theMarginalFactorDrawsTheMarginalLine() {
    assertThat(assess(withMonthlyIncome("2800", aged(40)), Category.MARGINAL).eligible()).isFalse();
    assertThat(assess(withMonthlyIncome("2800", aged(40)), Category.MARGINAL, "marginal.factor", "2").eligible())
        .isTrue();
  }

  @Test
  @ProvesParameter("rigid.test")
  void theRigidTestChoosesTheFormula() {
    // 36,500 is over half of 72,000 (RATIO), but leaves (6000 - 3041.67) / 2 = 1479.17 >= 1 x 1450 (RESIDUAL).
    assertThat(assess(spending("36500"), Category.RIGID_EXPENDITURE).eligible()).isTrue();
    Assessment residual = assess(spending("36500"), Category.RIGID_EXPENDITURE, "rigid.test", "RESIDUAL");
    assertThat(residual.eligible()).isFalse();
    assertThat(residual.test("RIGID_SPENDING_RESIDUAL").outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  @ProvesParameter("rigid.share")
  void theRigidShareIsTheShareOfIncomeSpendingMustExceed() {
    assertThat(assess(spending("36000.01"), Category.RIGID_EXPENDITURE).eligible()).isTrue();
    Assessment higher = assess(spending("36000.01"), Category.RIGID_EXPENDITURE, "rigid.share", "0.6");
    assertThat(higher.eligible()).isFalse();
    assertThat(higher.test("RIGID_SPENDING_RATIO").outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  @ProvesParameter("rigid.k")
  void kIsTheMultipleOfTheStandardTheResidualIncomeMustStayBelow() {
    // (6000 - 37,200.12 / 12) / 2 = 1449.995 < 1 x 1450, but not below 0.5 x 1450.
    PolicySnapshot residual = DEFAULTS.with("rigid.test", "RESIDUAL");
    assertThat(EligibilityRules.assess(spending("37200.12"), residual, Category.RIGID_EXPENDITURE, AS_OF)
        .eligible()).isTrue();
    Assessment halfK = EligibilityRules.assess(spending("37200.12"), residual.with("rigid.k", "0.5"),
        Category.RIGID_EXPENDITURE, AS_OF);
    assertThat(halfK.eligible()).isFalse();
    assertThat(halfK.test("RIGID_SPENDING_RESIDUAL").outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  @ProvesParameter("rigid.disposableIncomePerCapita")
  void lastYearsDisposableIncomeCapsTheIncomeOfRigidSpendingHouseholds() {
    HouseholdFacts facts = withRigidSpending(withMonthlyIncome("7083.34", aged(40)), "80000");

    assertThat(assess(facts, Category.RIGID_EXPENDITURE).test("INCOME_BELOW_DISPOSABLE_INCOME").outcome())
        .isEqualTo(Outcome.FAILED);
    Assessment higher = assess(facts, Category.RIGID_EXPENDITURE, "rigid.disposableIncomePerCapita", "90000");
    assertThat(higher.test("INCOME_BELOW_DISPOSABLE_INCOME").outcome()).isEqualTo(Outcome.PASSED);
    assertThat(higher.eligible()).isTrue();
  }

  @Test
  @ProvesParameter("asset.financialMonths")
  void theFinancialMonthsSetTheDepositLimit() {
    // 24 x 1450 = 34,800 for one person; 25 months allow 36,250.
    HouseholdFacts saved = poorOfOne().withVerifiedAssets(AssetKind.DEPOSIT, 1, new BigDecimal("34800.01"));
    assertThat(assess(saved, Category.DIBAO).test("FINANCIAL_ASSETS").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(saved, Category.DIBAO, "asset.financialMonths", "25").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("asset.vehicles")
  void theVehicleLimitDecidesWhetherACarExcludes() {
    HouseholdFacts withCar = poorOfOne().withVerifiedAssets(AssetKind.VEHICLE, 1, new BigDecimal("20000"));
    assertThat(assess(withCar, Category.DIBAO).test("VEHICLES").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(withCar, Category.DIBAO, "asset.vehicles", "1").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("asset.realEstate")
  void theHomeLimitDecidesWhetherASecondHomeExcludes() {
    HouseholdFacts twoHomes = poorOfOne().withVerifiedAssets(AssetKind.REAL_ESTATE, 2, new BigDecimal("900000"));
    assertThat(assess(twoHomes, Category.DIBAO).test("REAL_ESTATE").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(twoHomes, Category.DIBAO, "asset.realEstate", "2").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("asset.businesses")
  void theBusinessLimitDecidesWhetherABusinessExcludes() {
    HouseholdFacts shop = poorOfOne().withVerifiedAssets(AssetKind.BUSINESS, 1, new BigDecimal("5000"));
    assertThat(assess(shop, Category.DIBAO).test("BUSINESSES").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(shop, Category.DIBAO, "asset.businesses", "1").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("tekun.asset.financialMonths")
  void theTekunFinancialMonthsSetTheTekunDepositLimit() {
    // 36 x 1450 = 52,200 for one person; 37 months allow 53,650.
    HouseholdFacts saved = withMonthlyIncome("0", alone(80))
        .withVerifiedAssets(AssetKind.DEPOSIT, 1, new BigDecimal("52200.01"));
    assertThat(assess(saved, Category.TEKUN).test("TEKUN_FINANCIAL_ASSETS").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(saved, Category.TEKUN, "tekun.asset.financialMonths", "37").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("tekun.asset.vehicles")
  void theTekunVehicleLimitDecidesWhetherACarExcludes() {
    HouseholdFacts withCar = withMonthlyIncome("0", alone(80))
        .withVerifiedAssets(AssetKind.VEHICLE, 1, new BigDecimal("20000"));
    assertThat(assess(withCar, Category.TEKUN).test("TEKUN_VEHICLES").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(withCar, Category.TEKUN, "tekun.asset.vehicles", "1").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("tekun.asset.realEstate")
  void theTekunHomeLimitDecidesWhetherASecondHomeExcludes() {
    HouseholdFacts twoHomes = withMonthlyIncome("0", alone(80))
        .withVerifiedAssets(AssetKind.REAL_ESTATE, 2, new BigDecimal("900000"));
    assertThat(assess(twoHomes, Category.TEKUN).test("TEKUN_REAL_ESTATE").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(twoHomes, Category.TEKUN, "tekun.asset.realEstate", "2").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("tekun.asset.businesses")
  void theTekunBusinessLimitDecidesWhetherABusinessExcludes() {
    HouseholdFacts shop = withMonthlyIncome("0", alone(80))
        .withVerifiedAssets(AssetKind.BUSINESS, 1, new BigDecimal("5000"));
    assertThat(assess(shop, Category.TEKUN).test("TEKUN_BUSINESSES").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(assess(shop, Category.TEKUN, "tekun.asset.businesses", "1").eligible()).isTrue();
  }

  @Test
  @ProvesParameter("increment.elderly")
  void theElderlyIncrementIsTheShareOfTheStandardAddedForAnOlderMember() {
    // gap 1450 - 1000 = 450; 0.1 x 1450 = 145 added, 0.2 x 1450 = 290.
    assertThat(assess(withMonthlyIncome("1000", aged(70)), Category.DIBAO).monthlyBenefit())
        .isEqualTo(new BigDecimal("595.00"));
    assertThat(assess(withMonthlyIncome("1000", aged(70)), Category.DIBAO, "increment.elderly", "0.2")
        .monthlyBenefit()).isEqualTo(new BigDecimal("740.00"));
  }

  @Test
  @ProvesParameter("increment.elderlyAge")
  void theElderlyAgeIsWhenTheElderlyIncrementStarts() {
    assertThat(assess(withMonthlyIncome("1000", aged(62)), Category.DIBAO).monthlyBenefit())
        .isEqualTo(new BigDecimal("595.00"));
    assertThat(assess(withMonthlyIncome("1000", aged(62)), Category.DIBAO, "increment.elderlyAge", "65")
        .monthlyBenefit()).isEqualTo(new BigDecimal("450.00"));
  }

  @Test
  @ProvesParameter("increment.minor")
  void theMinorIncrementIsTheShareOfTheStandardAddedForAChild() {
    // gap 2 x 1450 - 1000 = 1900; 0.1 x 1450 = 145 added, 0.3 x 1450 = 435.
    assertThat(assess(withMonthlyIncome("1000", aged(40), aged(10)), Category.DIBAO).monthlyBenefit())
        .isEqualTo(new BigDecimal("2045.00"));
    assertThat(assess(withMonthlyIncome("1000", aged(40), aged(10)), Category.DIBAO, "increment.minor", "0.3")
        .monthlyBenefit()).isEqualTo(new BigDecimal("2335.00"));
  }

  @Test
  @ProvesParameter("increment.severelyDisabled")
  void theSevereDisabilityIncrementIsTheShareAddedForASeverelyDisabledMember() {
    HouseholdFacts facts = withMonthlyIncome("1000", person(40, WorkAbility.PARTIAL, DisabilityKind.PHYSICAL, 1,
        Illness.NONE, LegalSupport.ABLE));
    assertThat(assess(facts, Category.DIBAO).monthlyBenefit()).isEqualTo(new BigDecimal("740.00"));
    assertThat(assess(facts, Category.DIBAO, "increment.severelyDisabled", "0.5").monthlyBenefit())
        .isEqualTo(new BigDecimal("1175.00"));
  }

  @Test
  @ProvesParameter("increment.seriouslyIll")
  void theSeriousIllnessIncrementIsTheShareAddedForASeriouslyIllMember() {
    HouseholdFacts facts = withMonthlyIncome("1000", person(40, WorkAbility.PARTIAL, null, null, Illness.SERIOUS,
        LegalSupport.ABLE));
    assertThat(assess(facts, Category.DIBAO).monthlyBenefit()).isEqualTo(new BigDecimal("740.00"));
    assertThat(assess(facts, Category.DIBAO, "increment.seriouslyIll", "0.3").monthlyBenefit())
        .isEqualTo(new BigDecimal("885.00"));
  }

  @Test
  @ProvesParameter("tekun.basicLivingFactor")
  void theBasicLivingFactorSetsTheTekunBenefit() {
    // 1.3 x 1450 = 1885; 1.5 x 1450 = 2175.
    assertThat(assess(withMonthlyIncome("0", alone(60)), Category.TEKUN).monthlyBenefit())
        .isEqualTo(new BigDecimal("1885.00"));
    assertThat(assess(withMonthlyIncome("0", alone(60)), Category.TEKUN, "tekun.basicLivingFactor", "1.5")
        .monthlyBenefit()).isEqualTo(new BigDecimal("2175.00"));
  }
}
