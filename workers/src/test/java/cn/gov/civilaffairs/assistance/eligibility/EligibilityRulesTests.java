package cn.gov.civilaffairs.assistance.eligibility;

import static cn.gov.civilaffairs.assistance.eligibility.Families.AS_OF;
import static cn.gov.civilaffairs.assistance.eligibility.Families.aged;
import static cn.gov.civilaffairs.assistance.eligibility.Families.alone;
import static cn.gov.civilaffairs.assistance.eligibility.Families.disabled;
import static cn.gov.civilaffairs.assistance.eligibility.Families.person;
import static cn.gov.civilaffairs.assistance.eligibility.Families.turningTomorrow;
import static cn.gov.civilaffairs.assistance.eligibility.Families.withMonthlyIncome;
import static cn.gov.civilaffairs.assistance.eligibility.Families.withRigidSpending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.policy.ParameterDefinition;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.policy.TekunIncapacityGrades;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules at their boundaries, under the shipped defaults (standard 1450, factor 1.5, ...). */
class EligibilityRulesTests {

  private static final PolicySnapshot POLICY = PolicySnapshot.defaults(AS_OF);

  private static Assessment assess(HouseholdFacts facts, Category category) {
    return EligibilityRules.assess(facts, POLICY, category, AS_OF);
  }

  private static Assessment assess(HouseholdFacts facts, PolicySnapshot policy, Category category) {
    return EligibilityRules.assess(facts, policy, category, AS_OF);
  }

  @Nested
  class Dibao {

    @Test
    void refusesAHouseholdWhosePerCapitaIncomeEqualsTheStandard() {
      Assessment assessment = assess(withMonthlyIncome("2900", aged(40), aged(38)), Category.DIBAO);

      assertThat(assessment.eligible()).isFalse();
      assertThat(assessment.monthlyBenefit()).isEqualByComparingTo("0");
      assertThat(assessment.test("INCOME_BELOW_STANDARD").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(assessment.test("INCOME_BELOW_STANDARD").inputs()).containsEntry("perCapitaIncome",
          new BigDecimal("1450.00"));
      assertThat(assessment.test("INCOME_BELOW_STANDARD").explanation()).contains("不低于", "1450.00 元");
    }

    @Test
    void acceptsAHouseholdOneCentPerPersonBelowTheStandard() {
      Assessment assessment = assess(withMonthlyIncome("2899.98", aged(40), aged(38)), Category.DIBAO);

      assertThat(assessment.eligible()).isTrue();
      assertThat(assessment.test("INCOME_BELOW_STANDARD").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void paysTheGapToTheStandardTimesTheMembers() {
      Assessment assessment = assess(withMonthlyIncome("1000", aged(40), aged(38)), Category.DIBAO);

      assertThat(assessment.monthlyBenefit()).isEqualTo(new BigDecimal("1900.00"));
      assertThat(assessment.rulesVersion()).isEqualTo(EligibilityRules.RULES_VERSION);
      assertThat(assessment.parameterVersion()).isEqualTo(POLICY.version());
    }

    @Test
    void addsTheLargestIncrementOfEachMemberWithoutAddingThemUp() {
      var elderlyAndSeriouslyIll = person(70, WorkAbility.NONE, null, null, Illness.SERIOUS, LegalSupport.ABLE);
      Assessment assessment = assess(withMonthlyIncome("1500", elderlyAndSeriouslyIll, aged(10), aged(40)),
          Category.DIBAO);

      // gap 3 x 1450 - 1500 = 2850; increments 0.2 x 1450 (ill, not also elderly) + 0.1 x 1450 (minor) = 435
      assertThat(assessment.monthlyBenefit()).isEqualTo(new BigDecimal("3285.00"));
    }

    @Test
    void roundsTheBenefitToWholeYuanHalfUp() {
      assertThat(assess(withMonthlyIncome("1000.50", aged(40)), Category.DIBAO).monthlyBenefit())
          .isEqualTo(new BigDecimal("450.00"));
      assertThat(assess(withMonthlyIncome("1000.51", aged(40)), Category.DIBAO).monthlyBenefit())
          .isEqualTo(new BigDecimal("449.00"));
    }

    @Test
    void allowsFinancialAssetsUpToTheLimitAndNotACentMore() {
      // 24 months x 1450 x 2 persons = 69,600
      HouseholdFacts atLimit = withMonthlyIncome("1000", aged(40), aged(38))
          .withVerifiedAssets(AssetKind.DEPOSIT, 2, new BigDecimal("60000"))
          .withVerifiedAssets(AssetKind.SECURITIES, 1, new BigDecimal("9600"));
      HouseholdFacts over = atLimit.withVerifiedAssets(AssetKind.SECURITIES, 1, new BigDecimal("9600.01"));

      assertThat(assess(atLimit, Category.DIBAO).eligible()).isTrue();
      Assessment refused = assess(over, Category.DIBAO);
      assertThat(refused.eligible()).isFalse();
      assertThat(refused.test("FINANCIAL_ASSETS").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(refused.test("FINANCIAL_ASSETS").inputs()).containsEntry("limit", new BigDecimal("69600.00"));
    }

    @Test
    void refusesAHouseholdWithAVehicleOrASecondHome() {
      HouseholdFacts poor = withMonthlyIncome("500", aged(40));

      assertThat(assess(poor.withVerifiedAssets(AssetKind.VEHICLE, 1, new BigDecimal("20000")), Category.DIBAO)
          .test("VEHICLES").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(assess(poor.withVerifiedAssets(AssetKind.REAL_ESTATE, 1, new BigDecimal("900000")),
          Category.DIBAO).eligible()).isTrue();
      assertThat(assess(poor.withVerifiedAssets(AssetKind.REAL_ESTATE, 2, new BigDecimal("900000")),
          Category.DIBAO).test("REAL_ESTATE").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void usesTheStandardOfTheSnapshot() {
      PolicySnapshot raised = POLICY.with(PolicyCatalogue.DIBAO_STANDARD, "1500");

      Assessment assessment = assess(withMonthlyIncome("1480", aged(40)), raised, Category.DIBAO);

      assertThat(assessment.eligible()).isTrue();
      assertThat(assessment.monthlyBenefit()).isEqualTo(new BigDecimal("20.00"));
      assertThat(assessment.parameterVersion()).isEqualTo(raised.version()).isNotEqualTo(POLICY.version());
    }
  }

  @Nested
  class Marginal {

    @Test
    void acceptsAHouseholdAtTheStandardAndBelowOneAndAHalfTimesIt() {
      Assessment assessment = assess(withMonthlyIncome("2900", aged(40), aged(38)), Category.MARGINAL);

      assertThat(assessment.eligible()).isTrue();
      assertThat(assessment.monthlyBenefit()).isEqualTo(new BigDecimal("0.00"));
      assertThat(assessment.test("NOT_DIBAO").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void drawsTheLineAtOneAndAHalfTimesTheStandard() {
      // 1.5 x 1450 = 2175 per person
      assertThat(assess(withMonthlyIncome("4349.98", aged(40), aged(38)), Category.MARGINAL).eligible()).isTrue();
      Assessment atLine = assess(withMonthlyIncome("4350", aged(40), aged(38)), Category.MARGINAL);
      assertThat(atLine.eligible()).isFalse();
      assertThat(atLine.test("INCOME_BELOW_MARGINAL_LINE").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void refusesAHouseholdThatQualifiesForDibao() {
      Assessment assessment = assess(withMonthlyIncome("1000", aged(40)), Category.MARGINAL);

      assertThat(assessment.eligible()).isFalse();
      assertThat(assessment.test("NOT_DIBAO").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void followsALocalFactor() {
      PolicySnapshot twice = POLICY.with(PolicyCatalogue.MARGINAL_FACTOR, "2");

      assertThat(assess(withMonthlyIncome("2800", aged(40)), twice, Category.MARGINAL).eligible()).isTrue();
      assertThat(assess(withMonthlyIncome("2800", aged(40)), Category.MARGINAL).eligible()).isFalse();
    }
  }

  @Nested
  class RigidExpenditure {

    // 2 persons, 6000 a month: above 1.5 x standard, below 85000 / 12 per person; 72,000 a year.
    private HouseholdFacts spending(String last12Months) {
      return withRigidSpending(withMonthlyIncome("6000", aged(40), aged(38)), last12Months);
    }

    @Test
    void recognisesRigidSpendingOverTheShareOfIncome() {
      Assessment atShare = assess(spending("36000"), Category.RIGID_EXPENDITURE);
      Assessment overShare = assess(spending("36000.01"), Category.RIGID_EXPENDITURE);

      assertThat(atShare.eligible()).isFalse();
      assertThat(atShare.test("RIGID_SPENDING_RATIO").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(overShare.eligible()).isTrue();
      assertThat(overShare.monthlyBenefit()).isEqualTo(new BigDecimal("0.00"));
      assertThat(overShare.test("RIGID_SPENDING_RESIDUAL").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void recognisesAResidualIncomeBelowKTimesTheStandard() {
      PolicySnapshot residual = POLICY.with(PolicyCatalogue.RIGID_TEST, "RESIDUAL");
      // (6000 - spending / 12) / 2 < 1 x 1450  <=>  spending > 37,200
      Assessment atLine = assess(spending("37200"), residual, Category.RIGID_EXPENDITURE);
      Assessment belowLine = assess(spending("37200.12"), residual, Category.RIGID_EXPENDITURE);

      assertThat(atLine.test("RIGID_SPENDING_RESIDUAL").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(atLine.eligible()).isFalse();
      assertThat(belowLine.test("RIGID_SPENDING_RESIDUAL").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(belowLine.test("RIGID_SPENDING_RATIO").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(belowLine.eligible()).isTrue();
    }

    @Test
    void requiresIncomeBelowLastYearsDisposableIncomePerCapita() {
      // 85,000 / 12 = 7,083.33 per person per month
      HouseholdFacts below = withRigidSpending(withMonthlyIncome("7083.33", aged(40)), "80000");
      HouseholdFacts at = withRigidSpending(withMonthlyIncome("7083.34", aged(40)), "80000");

      assertThat(assess(below, Category.RIGID_EXPENDITURE).eligible()).isTrue();
      Assessment refused = assess(at, Category.RIGID_EXPENDITURE);
      assertThat(refused.eligible()).isFalse();
      assertThat(refused.test("INCOME_BELOW_DISPOSABLE_INCOME").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void refusesAHouseholdThatQualifiesForAnotherCategory() {
      Assessment dibaoHousehold = assess(withRigidSpending(withMonthlyIncome("1000", aged(40)), "50000"),
          Category.RIGID_EXPENDITURE);
      Assessment marginalHousehold = assess(withRigidSpending(withMonthlyIncome("2000", aged(40)), "50000"),
          Category.RIGID_EXPENDITURE);

      assertThat(dibaoHousehold.eligible()).isFalse();
      assertThat(dibaoHousehold.test("NOT_OTHER_CATEGORY").inputs()).containsEntry("dibaoEligible", true);
      assertThat(marginalHousehold.eligible()).isFalse();
      assertThat(marginalHousehold.test("NOT_OTHER_CATEGORY").inputs()).containsEntry("marginalEligible", true);
    }
  }

  @Nested
  class Tekun {

    @Test
    void acceptsAPersonOfSixtyAndPaysTheBasicLivingStandard() {
      Assessment assessment = assess(withMonthlyIncome("0", alone(60)), Category.TEKUN);

      assertThat(assessment.eligible()).isTrue();
      // 1450 x 1.3 = 1885
      assertThat(assessment.monthlyBenefit()).isEqualTo(new BigDecimal("1885.00"));
      assertThat(assessment.test("NO_WORK_ABILITY").explanation()).contains("按年龄视为无劳动能力");
    }

    @Test
    void refusesAPersonOfFiftyNineWhoCanWork() {
      Assessment assessment = assess(withMonthlyIncome("0",
          turningTomorrow(60, WorkAbility.PARTIAL, LegalSupport.NONE)), Category.TEKUN);

      assertThat(assessment.eligible()).isFalse();
      assertThat(assessment.test("TEKUN_PERSON_GROUP").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(assessment.test("TEKUN_PERSON_GROUP").inputs()).containsEntry("age", 59);
    }

    @Test
    void acceptsAChildOfFifteenButNotOfSixteen() {
      Assessment fifteen = assess(withMonthlyIncome("0", turningTomorrow(16, WorkAbility.NONE, LegalSupport.UNABLE)),
          Category.TEKUN);
      Assessment sixteen = assess(withMonthlyIncome("0",
          person(16, WorkAbility.NONE, null, null, Illness.NONE, LegalSupport.UNABLE)), Category.TEKUN);

      assertThat(fifteen.eligible()).isTrue();
      assertThat(sixteen.eligible()).isFalse();
      assertThat(sixteen.test("TEKUN_PERSON_GROUP").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void deemsPhysicalDisabilityUpToGradeTwoUnableToWorkWhateverTheRecordedWorkAbility() {
      Assessment partial = assess(withMonthlyIncome("0", disabled(DisabilityKind.PHYSICAL, 2, WorkAbility.PARTIAL)),
          Category.TEKUN);
      Assessment full = assess(withMonthlyIncome("0", disabled(DisabilityKind.PHYSICAL, 1, WorkAbility.FULL)),
          Category.TEKUN);

      assertThat(partial.eligible()).isTrue();
      assertThat(partial.test("TEKUN_PERSON_GROUP").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(partial.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(partial.test("NO_WORK_ABILITY").explanation())
          .contains("依据《特困人员认定办法》第五条，肢体残疾二级视为无劳动能力");
      assertThat(partial.test("NO_WORK_ABILITY").inputs()).containsEntry("deemedBy", "DISABILITY")
          .containsEntry("incapacityMaxGrade", 2);
      assertThat(full.eligible()).isTrue();
    }

    @Test
    void leavesPhysicalDisabilityOfGradeThreeToTheAssessedWorkAbility() {
      Assessment partial = assess(withMonthlyIncome("0", disabled(DisabilityKind.PHYSICAL, 3, WorkAbility.PARTIAL)),
          Category.TEKUN);
      Assessment none = assess(withMonthlyIncome("0", disabled(DisabilityKind.PHYSICAL, 3, WorkAbility.NONE)),
          Category.TEKUN);

      assertThat(partial.eligible()).isFalse();
      assertThat(partial.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(partial.test("TEKUN_PERSON_GROUP").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(partial.test("TEKUN_PERSON_GROUP").explanation()).contains("持残疾证（肢体残疾三级）");
      // A disabled person outside the art. 5 grades whose incapacity is assessed is eligible (art. 2).
      assertThat(none.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(none.test("NO_WORK_ABILITY").explanation()).contains("经评估无劳动能力");
      assertThat(none.test("TEKUN_PERSON_GROUP").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(none.eligible()).isTrue();
    }

    @Test
    void deemsIntellectualAndMentalDisabilityUpToGradeThreeButNotGradeFour() {
      for (DisabilityKind kind : new DisabilityKind[] {DisabilityKind.INTELLECTUAL, DisabilityKind.MENTAL}) {
        Assessment three = assess(withMonthlyIncome("0", disabled(kind, 3, WorkAbility.PARTIAL)), Category.TEKUN);
        Assessment four = assess(withMonthlyIncome("0", disabled(kind, 4, WorkAbility.PARTIAL)), Category.TEKUN);

        assertThat(three.eligible()).as(kind + " 3").isTrue();
        assertThat(three.test("NO_WORK_ABILITY").explanation()).contains("依据《特困人员认定办法》第五条，",
            kind == DisabilityKind.MENTAL ? "精神残疾三级视为无劳动能力" : "智力残疾三级视为无劳动能力");
        assertThat(four.eligible()).as(kind + " 4").isFalse();
        assertThat(four.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.FAILED);
      }
    }

    @Test
    void deemsVisualDisabilityOfGradeOneOnly() {
      Assessment one = assess(withMonthlyIncome("0", disabled(DisabilityKind.VISUAL, 1, WorkAbility.PARTIAL)),
          Category.TEKUN);
      Assessment two = assess(withMonthlyIncome("0", disabled(DisabilityKind.VISUAL, 2, WorkAbility.PARTIAL)),
          Category.TEKUN);

      assertThat(one.eligible()).isTrue();
      assertThat(one.test("NO_WORK_ABILITY").explanation()).contains("视力残疾一级视为无劳动能力");
      assertThat(two.eligible()).isFalse();
      assertThat(two.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void deemsNoHearingSpeechOrMultipleDisabilityNationally() {
      for (DisabilityKind kind : new DisabilityKind[] {DisabilityKind.HEARING, DisabilityKind.SPEECH,
          DisabilityKind.MULTIPLE}) {
        Assessment assessment = assess(withMonthlyIncome("0", disabled(kind, 1, WorkAbility.PARTIAL)),
            Category.TEKUN);

        assertThat(assessment.eligible()).as(kind.name()).isFalse();
        assertThat(assessment.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(assessment.test("TEKUN_PERSON_GROUP").inputs()).containsEntry("incapacityMaxGrade", 0);
      }
    }

    @Test
    @ProvesParameter("tekun.incapacity.visualMaxGrade")
    @ProvesParameter("tekun.incapacity.speechMaxGrade")
    @ProvesParameter("tekun.incapacity.physicalMaxGrade")
    @ProvesParameter("tekun.incapacity.intellectualMaxGrade")
    @ProvesParameter("tekun.incapacity.mentalMaxGrade")
    @ProvesParameter("tekun.incapacity.multipleMaxGrade")
    void deemsTheGradesALocalityAddsUnableToWork() {
      Map<DisabilityKind, Integer> added = Map.of(DisabilityKind.VISUAL, 2, DisabilityKind.SPEECH, 1,
          DisabilityKind.PHYSICAL, 3, DisabilityKind.INTELLECTUAL, 4, DisabilityKind.MENTAL, 4,
          DisabilityKind.MULTIPLE, 2);
      added.forEach((kind, grade) -> {
        HouseholdFacts facts = withMonthlyIncome("0", disabled(kind, grade, WorkAbility.PARTIAL));
        PolicySnapshot local = POLICY.with(TekunIncapacityGrades.code(kind), String.valueOf(grade));

        assertThat(assess(facts, Category.TEKUN).eligible()).as(kind + " nationally").isFalse();
        Assessment assessment = assess(facts, local, Category.TEKUN);
        assertThat(assessment.eligible()).as(kind + " locally").isTrue();
        assertThat(assessment.test("NO_WORK_ABILITY").explanation()).contains("依据《特困人员认定办法》第五条第（四）项及本地规定");
      });
    }

    @Test
    void letsNoLocalityRemoveAGradeTheNationalRuleDeems() {
      for (DisabilityKind kind : DisabilityKind.values()) {
        ParameterDefinition definition = PolicyCatalogue.find(TekunIncapacityGrades.code(kind)).orElseThrow();
        int national = TekunIncapacityGrades.national(kind);

        assertThat(definition.defaultValue()).as(kind.name()).isEqualTo(String.valueOf(national));
        if (national > 0) {
          assertThat(definition.problemWith(String.valueOf(national - 1))).as(kind.name()).contains("OUT_OF_RANGE");
        }
      }
      assertThat(TekunIncapacityGrades.national()).containsEntry(DisabilityKind.INTELLECTUAL, 3)
          .containsEntry(DisabilityKind.MENTAL, 3).containsEntry(DisabilityKind.PHYSICAL, 2)
          .containsEntry(DisabilityKind.VISUAL, 1).containsEntry(DisabilityKind.HEARING, 0)
          .containsEntry(DisabilityKind.SPEECH, 0);
    }

    @Test
    void deemsAgeSixtyAndUnderSixteenUnableToWorkWhateverIsRecorded() {
      Assessment sixty = assess(withMonthlyIncome("0", person(60, WorkAbility.FULL, null, null, Illness.NONE,
          LegalSupport.NONE)), Category.TEKUN);
      Assessment fifteen = assess(withMonthlyIncome("0", turningTomorrow(16, WorkAbility.FULL, LegalSupport.NONE)),
          Category.TEKUN);
      Assessment fiftyNine = assess(withMonthlyIncome("0", turningTomorrow(60, WorkAbility.FULL, LegalSupport.NONE)),
          Category.TEKUN);
      Assessment sixteen = assess(withMonthlyIncome("0", person(16, WorkAbility.FULL, null, null, Illness.NONE,
          LegalSupport.NONE)), Category.TEKUN);

      assertThat(sixty.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(sixty.test("NO_WORK_ABILITY").explanation()).contains("依据《特困人员认定办法》第五条，年满 60 周岁");
      assertThat(fifteen.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.PASSED);
      assertThat(fifteen.test("NO_WORK_ABILITY").explanation()).contains("未满 16 周岁");
      assertThat(fiftyNine.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(sixteen.test("NO_WORK_ABILITY").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(sixty.eligible()).isTrue();
      assertThat(fifteen.eligible()).isTrue();
      assertThat(fiftyNine.eligible()).isFalse();
      assertThat(sixteen.eligible()).isFalse();
    }

    @Test
    void refusesAPersonWithASupporterAbleToSupportOrNotYetRecorded() {
      Assessment supported = assess(withMonthlyIncome("0",
          person(70, WorkAbility.NONE, null, null, Illness.NONE, LegalSupport.ABLE)), Category.TEKUN);
      Assessment unknown = assess(withMonthlyIncome("0",
          person(70, WorkAbility.NONE, null, null, Illness.NONE, null)), Category.TEKUN);

      assertThat(supported.test("NO_ABLE_LEGAL_SUPPORTER").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(supported.eligible()).isFalse();
      assertThat(unknown.test("NO_ABLE_LEGAL_SUPPORTER").explanation()).contains("尚未登记");
      assertThat(unknown.eligible()).isFalse();
    }

    @Test
    void refusesAPersonWhoseOwnIncomeReachesTheStandard() {
      var elderly = alone(75);
      HouseholdFacts facts = withMonthlyIncome("0", elderly)
          .withVerifiedMonthlyIncome(elderly.memberId(), new BigDecimal("1450"));

      assertThat(assess(facts, Category.TEKUN).test("NO_SOURCE_OF_LIVING").outcome()).isEqualTo(Outcome.FAILED);
      assertThat(assess(facts.withVerifiedMonthlyIncome(elderly.memberId(), new BigDecimal("1449.99")),
          Category.TEKUN).eligible()).isTrue();
    }

    @Test
    void appliesTheTekunAssetLimitsNotTheDibaoOnes() {
      // 特困: 36 months x 1450 = 52,200 for one person (低保 would allow 34,800)
      HouseholdFacts saved = withMonthlyIncome("0", alone(80));

      assertThat(assess(saved.withVerifiedAssets(AssetKind.DEPOSIT, 1, new BigDecimal("52200")), Category.TEKUN)
          .eligible()).isTrue();
      Assessment over = assess(saved.withVerifiedAssets(AssetKind.DEPOSIT, 1, new BigDecimal("52200.01")),
          Category.TEKUN);
      assertThat(over.eligible()).isFalse();
      assertThat(over.test("TEKUN_FINANCIAL_ASSETS").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void paysEachEligiblePersonOfTheHousehold() {
      Assessment assessment = assess(withMonthlyIncome("0", alone(80), alone(78), aged(40)), Category.TEKUN);

      assertThat(assessment.eligible()).isTrue();
      assertThat(assessment.monthlyBenefit()).isEqualTo(new BigDecimal("3770.00"));
    }
  }

  @Test
  void refusesToAssessTemporaryAid() {
    assertThatThrownBy(() -> assess(withMonthlyIncome("0", aged(40)), Category.TEMPORARY_AID))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
