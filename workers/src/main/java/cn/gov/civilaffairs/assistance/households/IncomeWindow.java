package cn.gov.civilaffairs.assistance.households;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one definition of a monthly income figure (DOMAIN.md "Income": what was received within the locally set
 * period before the application, divided by its months), used by the declaration side of the verification, by the
 * verification's findings and by every (re-)assessment.
 *
 * <p>The window is the {@code months} whole calendar months before the month of the reference day (assessed on
 * 2026-12-08 with 12 months: 2025-12-01 to 2026-11-30). A declared item counts with the part of its amount that
 * falls inside the window, pro rata by the days of its period; an item found by a source counts when the month it
 * was paid for lies in the window. The monthly figure of a stream (one member, or the household, and one kind) is
 * the sum of those parts divided by {@code months}, to the fen: splitting or merging the items of one stream never
 * changes it, and income that ended before the window counts nothing.
 *
 * @param first first day of the window
 * @param last last day of the window
 * @param months the divisor: the number of calendar months of the window
 */
public record IncomeWindow(LocalDate first, LocalDate last, int months) {

  /** Internal precision of pro-rata parts before the one rounding to the fen. */
  private static final int SCALE = 10;

  /** One income stream: a member (null: the household as a whole) and an income kind. */
  public record Stream(Long memberId, IncomeKind kind) {}

  /** An amount found for one month (a wage slip, a monthly benefit). */
  public record Received(YearMonth month, BigDecimal amount) {}

  public IncomeWindow {
    if (months < 1) {
      throw new IllegalArgumentException("An income window has at least one month: " + months);
    }
  }

  /** The {@code months} whole calendar months before the month of {@code referenceDay}. */
  public static IncomeWindow before(LocalDate referenceDay, int months) {
    YearMonth month = YearMonth.from(referenceDay);
    return new IncomeWindow(month.minusMonths(months).atDay(1), month.minusMonths(1).atEndOfMonth(), months);
  }

  public boolean contains(YearMonth month) {
    return !month.atDay(1).isBefore(first) && !month.atEndOfMonth().isAfter(last);
  }

  /** The part of {@code amount}, received over {@code start..end}, that falls inside the window, pro rata by days. */
  public BigDecimal partWithin(LocalDate start, LocalDate end, BigDecimal amount) {
    return partWithin(start, end, amount, first, last);
  }

  /** The part of {@code amount} received over {@code start..end} that falls in {@code from..to}, pro rata by days. */
  public static BigDecimal partWithin(LocalDate start, LocalDate end, BigDecimal amount, LocalDate from,
      LocalDate to) {
    LocalDate inFrom = start.isAfter(from) ? start : from;
    LocalDate inTo = end.isBefore(to) ? end : to;
    if (inTo.isBefore(inFrom)) {
      return BigDecimal.ZERO;
    }
    long inside = ChronoUnit.DAYS.between(inFrom, inTo) + 1;
    long all = ChronoUnit.DAYS.between(start, end) + 1;
    if (inside == all) {
      return amount;
    }
    return amount.multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(all), SCALE, RoundingMode.HALF_UP);
  }

  /** A total received within the window as a monthly figure: divided by the window's months, to the fen. */
  public BigDecimal perMonth(BigDecimal totalWithin) {
    return totalWithin.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
  }

  /** The monthly figure of declared items (normally the items of one stream). */
  public BigDecimal declaredMonthly(Collection<HouseholdSnapshot.Income> items) {
    BigDecimal total = BigDecimal.ZERO;
    for (HouseholdSnapshot.Income item : items) {
      total = total.add(partWithin(item.periodStart(), item.periodEnd(), item.amount()));
    }
    return perMonth(total);
  }

  /**
   * The declared monthly figure of every stream that has an item, whether or not the item falls in the window (a
   * stream that ended before it shows 0.00). Streams in the order of their first item.
   */
  public Map<Stream, BigDecimal> declaredByStream(Collection<HouseholdSnapshot.Income> items) {
    Map<Stream, List<HouseholdSnapshot.Income>> streams = new LinkedHashMap<>();
    for (HouseholdSnapshot.Income item : items) {
      streams.computeIfAbsent(new Stream(item.memberId(), item.kind()), s -> new java.util.ArrayList<>()).add(item);
    }
    Map<Stream, BigDecimal> monthly = new LinkedHashMap<>();
    streams.forEach((stream, own) -> monthly.put(stream, declaredMonthly(own)));
    return monthly;
  }

  /**
   * The found monthly figure of one member and kind: per source the amounts of the months inside the window summed,
   * the highest source total (sources reporting the same income corroborate each other, they do not add up),
   * divided by the window's months.
   */
  public BigDecimal foundMonthly(Collection<? extends Collection<Received>> perSource) {
    BigDecimal highest = BigDecimal.ZERO;
    for (Collection<Received> source : perSource) {
      BigDecimal total = BigDecimal.ZERO;
      for (Received received : source) {
        if (received.month() != null && contains(received.month())) {
          total = total.add(received.amount());
        }
      }
      highest = highest.max(total);
    }
    return perMonth(highest);
  }
}
