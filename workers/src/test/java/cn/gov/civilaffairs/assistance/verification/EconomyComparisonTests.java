package cn.gov.civilaffairs.assistance.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.Declaration;
import cn.gov.civilaffairs.assistance.verification.EconomyComparison.Member;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.Content;
import cn.gov.civilaffairs.assistance.verification.VerificationReport.Discrepancy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison of declaration and findings: one income window for both, assets per kind for the household. */
class EconomyComparisonTests {

  private static final LocalDate EXTRACT = LocalDate.of(2026, 11, 20);
  /** Verified on 2026-12-08 with 12 months: 2025-12-01 to 2026-11-30. */
  private static final IncomeWindow WINDOW = IncomeWindow.before(LocalDate.of(2026, 12, 8), 12);
  private static final Member HEAD = new Member(1, "王建国", "110105198001010018");
  private static final Member SPOUSE = new Member(2, "李秀英", "110105198202020028");
  /** 12,000 over the window: 1,000 a month. */
  private static final HouseholdSnapshot.Income HEAD_WAGES_12000_OVER_THE_WINDOW = new HouseholdSnapshot.Income(1L,
      IncomeKind.WAGES, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), new BigDecimal("12000"));

  private final EconomyComparison comparison = new EconomyComparison(new BigDecimal("100"), new BigDecimal("1000"));

  @Test
  void passesWhenTheSourcesShowWhatWasDeclaredWithinTheToleranceInTheSameWindow() {
    Declaration declaration = new Declaration(List.of(HEAD, SPOUSE), List.of(HEAD_WAGES_12000_OVER_THE_WINDOW),
        List.of(deposit(null, "3000")));

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.WAGES, wagesEveryMonth("1010")),
            answer(SourceCode.BANKS, asset("DEPOSIT", "2999.99"))),
        2L, List.of(answer(SourceCode.WAGES))), WINDOW);

    assertThat(content.discrepancies()).isEmpty();
    assertThat(content.incomeWindow()).isEqualTo(WINDOW);
    assertThat(content.members().get(0).incomes()).singleElement().satisfies(income -> {
      assertThat(income.declaredMonthly()).isEqualByComparingTo("1000");
      assertThat(income.foundMonthly()).isEqualByComparingTo("1010");
      assertThat(income.discrepancy()).isFalse();
      assertThat(income.sources()).containsExactly("wages");
    });
  }

  @Test
  void countsOnlyTheFoundMonthsInsideTheWindowDividedByItsMonths() {
    Declaration declaration = new Declaration(List.of(HEAD), List.of(), List.of());

    Content content = comparison.compare(declaration, Map.of(1L, List.of(answer(SourceCode.WAGES,
        wage("2025-11", "9000"), wage("2026-09", "1000"), wage("2026-10", "1000"), wage("2026-11", "1000"),
        wage("2026-12", "9000")))), WINDOW);

    assertThat(content.members().get(0).incomes()).singleElement()
        .satisfies(income -> assertThat(income.foundMonthly()).isEqualByComparingTo("250.00"));
  }

  @Test
  void takesTheHighestSourceWhenSeveralReportTheSameIncome() {
    Declaration declaration = new Declaration(List.of(HEAD), List.of(HEAD_WAGES_12000_OVER_THE_WINDOW), List.of());

    Content content = comparison.compare(declaration, Map.of(1L, List.of(
        answer(SourceCode.WAGES, wagesEveryMonth("1000")), answer(SourceCode.TAX, wagesEveryMonth("1200")))),
        WINDOW);

    assertThat(content.members().get(0).incomes()).singleElement().satisfies(income -> {
      assertThat(income.foundMonthly()).isEqualByComparingTo("1200");
      assertThat(income.sources()).containsExactly("wages", "tax");
    });
    assertThat(content.discrepancies()).singleElement().satisfies(d -> assertThat(d.code())
        .isEqualTo("INCOME_MISMATCH"));
  }

  @Test
  void listsAnUndeclaredWageAnUndeclaredVehicleAndADeceasedMember() {
    Declaration declaration = new Declaration(List.of(HEAD, SPOUSE), List.of(HEAD_WAGES_12000_OVER_THE_WINDOW),
        List.of());

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.WAGES, wagesEveryMonth("1000")),
            answer(SourceCode.HOUSEHOLD_REGISTRATION, new FoundItem(ItemCategory.STATUS, "DECEASED", null,
                "2026-08-01", "王建国"))),
        2L, List.of(answer(SourceCode.TAX, wage("2026-09", "2500"), wage("2026-10", "2500")),
            answer(SourceCode.VEHICLES, asset("VEHICLE", null)))), WINDOW);

    assertThat(content.discrepancies()).extracting(Discrepancy::memberId, Discrepancy::code, Discrepancy::kind)
        .containsExactlyInAnyOrder(
            tuple(2L, "INCOME_MISMATCH", "WAGES"),
            tuple(null, "UNDECLARED_ASSET", "VEHICLE"),
            tuple(1L, "MEMBER_DECEASED", "DECEASED"));
    Discrepancy wage = content.discrepancies().stream().filter(d -> d.code().equals("INCOME_MISMATCH"))
        .findFirst().orElseThrow();
    assertThat(wage.declared()).isEqualByComparingTo("0");
    assertThat(wage.found()).isEqualByComparingTo("416.67");
    assertThat(wage.sources()).containsExactly("tax");
  }

  @Test
  void flagsAssetsFoundAboveTheDeclaredValue() {
    Declaration declaration = new Declaration(List.of(HEAD), List.of(), List.of(deposit(1L, "3000")));

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.BANKS, asset("DEPOSIT", "30000"), asset("DEPOSIT", "500")))), WINDOW);

    assertThat(content.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("ASSET_ABOVE_DECLARED");
      assertThat(d.found()).isEqualByComparingTo("30500");
    });
    assertThat(content.householdAssets()).singleElement().satisfies(a -> {
      assertThat(a.foundValue()).isEqualByComparingTo("30500");
      assertThat(a.discrepancy()).isTrue();
    });
  }

  @Test
  void flagsADepositDeclaredAtZeroAndFoundAt5600() {
    Declaration declaration = new Declaration(List.of(HEAD), List.of(), List.of(deposit(null, "0.00")));

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.BANKS, asset("DEPOSIT", "5600.00")))), WINDOW);

    assertThat(content.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.memberId()).isNull();
      assertThat(d.code()).isEqualTo("ASSET_ABOVE_DECLARED");
      assertThat(d.declared()).isEqualByComparingTo("0");
      assertThat(d.found()).isEqualByComparingTo("5600");
    });
  }

  @Test
  void agreesWhenAHouseholdDepositIsFoundInAMembersName() {
    Declaration declaration = new Declaration(List.of(HEAD), List.of(), List.of(deposit(null, "5600.00")));

    Content content = comparison.compare(declaration, Map.of(
        1L, List.of(answer(SourceCode.BANKS, asset("DEPOSIT", "5600.00")))), WINDOW);

    assertThat(content.discrepancies()).isEmpty();
    assertThat(content.householdAssets()).singleElement().satisfies(a -> assertThat(a.discrepancy()).isFalse());
  }

  @Test
  void flagsAVehicleDeclaredButNotFoundAndOneFoundTwiceForOneDeclared() {
    Declaration declaredCar = new Declaration(List.of(HEAD), List.of(),
        List.of(new HouseholdSnapshot.Holding(1L, AssetKind.VEHICLE, new BigDecimal("50000"))));

    Content notFound = comparison.compare(declaredCar, Map.of(1L, List.of(answer(SourceCode.VEHICLES))), WINDOW);
    Content sameCar = comparison.compare(declaredCar, Map.of(1L, List.of(answer(SourceCode.VEHICLES,
        asset("VEHICLE", null)))), WINDOW);
    Content twoCars = comparison.compare(declaredCar, Map.of(1L, List.of(answer(SourceCode.VEHICLES,
        asset("VEHICLE", null), asset("VEHICLE", null)))), WINDOW);

    assertThat(notFound.discrepancies()).extracting(Discrepancy::code).containsExactly("ASSET_NOT_FOUND");
    assertThat(sameCar.discrepancies()).isEmpty();
    assertThat(twoCars.discrepancies()).extracting(Discrepancy::code).containsExactly("ASSET_ABOVE_DECLARED");
  }

  private static HouseholdSnapshot.Holding deposit(Long memberId, String value) {
    return new HouseholdSnapshot.Holding(memberId, AssetKind.DEPOSIT, new BigDecimal(value));
  }

  private static SourceAnswer answer(SourceCode source, FoundItem... items) {
    return new SourceAnswer(source, EXTRACT, List.of(items));
  }

  /** One slip for each month of {@link #WINDOW}. */
  private static FoundItem[] wagesEveryMonth(String amount) {
    return java.util.stream.IntStream.range(0, 12)
        .mapToObj(i -> wage(java.time.YearMonth.of(2025, 12).plusMonths(i).toString(), amount))
        .toArray(FoundItem[]::new);
  }

  private static FoundItem wage(String month, String amount) {
    return new FoundItem(ItemCategory.INCOME, "WAGES", new BigDecimal(amount), month, "某公司");
  }

  private static FoundItem asset(String kind, String value) {
    return new FoundItem(ItemCategory.ASSET, kind, value == null ? null : new BigDecimal(value), null, "");
  }
}
