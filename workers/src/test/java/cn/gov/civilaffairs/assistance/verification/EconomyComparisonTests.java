package cn.gov.civilaffairs.assistance.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.DeclaredAsset;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.DeclaredIncome;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.Declaration;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.Member;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.Content;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.Discrepancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EconomyComparisonTests {

  private static final LocalDate EXTRACT = LocalDate.of(2026, 11, 20);
  private static final Member HEAD = new Member(1, "王建国", "110105198001010018");
  private static final Member SPOUSE = new Member(2, "李秀英", "110105198202020028");
  private static final DeclaredIncome HEAD_WAGES_6000_OVER_SIX_MONTHS = new DeclaredIncome(1L, IncomeKind.WAGES,
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), new BigDecimal("6000"));

  private final EconomyComparison comparison = new EconomyComparison(new BigDecimal("100"), new BigDecimal("1000"));

  @Test
  void passesWhenTheSourcesShowWhatWasDeclaredWithinTheTolerance() {
    Declaration declaration = new Declaration(List.of(HEAD, SPOUSE), List.of(HEAD_WAGES_6000_OVER_SIX_MONTHS),
        List.of(new DeclaredAsset(null, AssetKind.DEPOSIT, new BigDecimal("3000"))));

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.WAGES, wage("2026-09", "1050"), wage("2026-10", "1030")),
            answer(SourceCode.BANKS, asset("DEPOSIT", "2999.99"))),
        2L, List.of(answer(SourceCode.WAGES))));

    assertThat(content.discrepancies()).isEmpty();
    assertThat(content.members().get(0).incomes()).singleElement().satisfies(income -> {
      assertThat(income.declaredMonthly()).isEqualByComparingTo("1000");
      assertThat(income.foundMonthly()).isEqualByComparingTo("1040");
      assertThat(income.verifiedMonthly()).isEqualByComparingTo("1040");
      assertThat(income.sources()).containsExactly("wages");
    });
  }

  @Test
  void listsAnUndeclaredWageAnUndeclaredVehicleAndADeceasedMember() {
    Declaration declaration = new Declaration(List.of(HEAD, SPOUSE), List.of(HEAD_WAGES_6000_OVER_SIX_MONTHS),
        List.of());

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.WAGES, wage("2026-10", "1000")),
            answer(SourceCode.HOUSEHOLD_REGISTRATION, new FoundItem(ItemCategory.STATUS, "DECEASED", null,
                "2026-08-01", "王建国"))),
        2L, List.of(answer(SourceCode.TAX, wage("2026-09", "2500"), wage("2026-10", "2500")),
            answer(SourceCode.VEHICLES, asset("VEHICLE", null)))));

    assertThat(content.discrepancies()).extracting(Discrepancy::memberId, Discrepancy::code, Discrepancy::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(2L, "INCOME_MISMATCH", "WAGES"),
            org.assertj.core.groups.Tuple.tuple(2L, "UNDECLARED_ASSET", "VEHICLE"),
            org.assertj.core.groups.Tuple.tuple(1L, "MEMBER_DECEASED", "DECEASED"));
    Discrepancy wage = content.discrepancies().stream().filter(d -> d.code().equals("INCOME_MISMATCH"))
        .findFirst().orElseThrow();
    assertThat(wage.declared()).isEqualByComparingTo("0");
    assertThat(wage.found()).isEqualByComparingTo("2500");
    assertThat(wage.sources()).containsExactly("tax");
  }

  @Test
  void flagsAssetsFoundAboveTheDeclaredValue() {
    Declaration declaration = new Declaration(List.of(HEAD), List.of(),
        List.of(new DeclaredAsset(1L, AssetKind.DEPOSIT, new BigDecimal("3000"))));

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.BANKS, asset("DEPOSIT", "30000"), asset("DEPOSIT", "500")))));

    assertThat(content.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("ASSET_ABOVE_DECLARED");
      assertThat(d.found()).isEqualByComparingTo("30500");
    });
    assertThat(content.householdAssets()).singleElement()
        .satisfies(a -> assertThat(a.verifiedValue()).isEqualByComparingTo("30500"));
  }

  private static SourceAnswer answer(SourceCode source, FoundItem... items) {
    return new SourceAnswer(source, EXTRACT, List.of(items));
  }

  private static FoundItem wage(String month, String amount) {
    return new FoundItem(ItemCategory.INCOME, "WAGES", new BigDecimal(amount), month, "某公司");
  }

  private static FoundItem asset(String kind, String value) {
    return new FoundItem(ItemCategory.ASSET, kind, value == null ? null : new BigDecimal(value), null, "");
  }
}
