package cn.gov.civilaffairs.assistance.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * The monthly income figure (README "Income"): what was received within the window divided by its months. The
 * items of one stream may be declared as slips, as one item or anything in between: the figure is the same.
 */
class IncomeWindowPropertyTests {

  private static final long MEMBER = 1L;

  /** A slip of the stream: which month of the window it was for, and its amount in fen. */
  record Slip(int monthIndex, long fen) {}

  @Provide
  Arbitrary<Slip> slips() {
    return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.longs().between(0, 2_000_000))
        .as(Slip::new);
  }

  @Property
  void summingASlipsOfOneStreamIntoOneItemNeverChangesTheMonthlyFigure(
      @ForAll @IntRange(min = 1, max = 24) int months, @ForAll("referenceDays") LocalDate referenceDay,
      @ForAll @Size(max = 30) List<@From("slips") Slip> slips) {
    IncomeWindow window = IncomeWindow.before(referenceDay, months);
    List<HouseholdSnapshot.Income> asSlips = new ArrayList<>();
    long total = 0;
    for (Slip slip : slips) {
      YearMonth month = YearMonth.from(window.first()).plusMonths(slip.monthIndex() % months);
      asSlips.add(wages(month.atDay(1), month.atEndOfMonth(), slip.fen()));
      total += slip.fen();
    }
    HouseholdSnapshot.Income merged = wages(window.first(), window.last(), total);

    assertThat(window.declaredMonthly(asSlips)).isEqualByComparingTo(window.declaredMonthly(List.of(merged)));
    assertThat(window.declaredMonthly(List.of(merged)))
        .isEqualByComparingTo(window.perMonth(BigDecimal.valueOf(total, 2)));
  }

  @Property
  void splittingAnItemInsideTheWindowAtAnyDayWithAnyShareNeverChangesTheMonthlyFigure(
      @ForAll @IntRange(min = 1, max = 24) int months, @ForAll("referenceDays") LocalDate referenceDay,
      @ForAll @IntRange(min = 0, max = 800) int splitDay, @ForAll @LongRange(min = 0, max = 5_000_000) long fen,
      @ForAll @IntRange(min = 0, max = 100) int sharePercent) {
    IncomeWindow window = IncomeWindow.before(referenceDay, months);
    long days = ChronoUnit.DAYS.between(window.first(), window.last());
    LocalDate split = window.first().plusDays(splitDay % Math.max(1, days));
    long first = fen * sharePercent / 100;
    List<HouseholdSnapshot.Income> parts = List.of(wages(window.first(), split, first),
        wages(split.plusDays(1), window.last(), fen - first));

    assertThat(window.declaredMonthly(parts))
        .isEqualByComparingTo(window.declaredMonthly(List.of(wages(window.first(), window.last(), fen))));
  }

  @Property
  void incomeThatEndedBeforeTheWindowCountsNothing(@ForAll @IntRange(min = 1, max = 24) int months,
      @ForAll("referenceDays") LocalDate referenceDay, @ForAll @IntRange(min = 1, max = 2000) int daysLong,
      @ForAll @LongRange(min = 1, max = 5_000_000) long fen) {
    IncomeWindow window = IncomeWindow.before(referenceDay, months);
    LocalDate end = window.first().minusDays(1);

    assertThat(window.declaredMonthly(List.of(wages(end.minusDays(daysLong - 1), end, fen))))
        .isEqualByComparingTo("0");
  }

  @Property
  void foundSlipsCountTheMonthsInsideTheWindowDividedByItsMonths(@ForAll @IntRange(min = 1, max = 24) int months,
      @ForAll("referenceDays") LocalDate referenceDay, @ForAll @Size(max = 30) List<@From("slips") Slip> slips) {
    IncomeWindow window = IncomeWindow.before(referenceDay, months);
    List<IncomeWindow.Received> found = new ArrayList<>();
    List<HouseholdSnapshot.Income> declared = new ArrayList<>();
    for (Slip slip : slips) {
      // some before the window, some inside, some in the reference month (after it)
      YearMonth month = YearMonth.from(window.first()).plusMonths(slip.monthIndex() - 6L);
      found.add(new IncomeWindow.Received(month, BigDecimal.valueOf(slip.fen(), 2)));
      declared.add(wages(month.atDay(1), month.atEndOfMonth(), slip.fen()));
    }

    assertThat(window.foundMonthly(List.of(found))).isEqualByComparingTo(window.declaredMonthly(declared));
  }

  @Provide
  Arbitrary<LocalDate> referenceDays() {
    return Arbitraries.integers().between(0, 365 * 4).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
  }

  private static HouseholdSnapshot.Income wages(LocalDate from, LocalDate to, long fen) {
    return new HouseholdSnapshot.Income(MEMBER, IncomeKind.WAGES, from, to, BigDecimal.valueOf(fen, 2));
  }
}
