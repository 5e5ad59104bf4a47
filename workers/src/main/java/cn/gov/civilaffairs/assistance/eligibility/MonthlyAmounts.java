package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns amounts declared over periods into monthly figures for the 12 months up to a day. */
final class MonthlyAmounts {

  private static final int SCALE = 6;

  record Item(LocalDate start, LocalDate end, BigDecimal amount) {}

  private final LocalDate first;
  private final LocalDate last;

  MonthlyAmounts(LocalDate asOf) {
    this.first = asOf.minusMonths(12).plusDays(1);
    this.last = asOf;
  }

  /**
   * Sum over income streams (one member, one kind) of the stream's monthly average: what it brought in within the
   * window divided by the months of the window it was declared for. Two half-year wage items of one member are one
   * stream, not two monthly wages.
   */
  BigDecimal monthlyIncome(List<HouseholdSnapshot.Income> items) {
    Map<String, List<Item>> streams = new LinkedHashMap<>();
    for (HouseholdSnapshot.Income i : items) {
      String key = (i.memberId() == null ? "-" : i.memberId()) + "/" + i.kind();
      streams.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Item(i.periodStart(), i.periodEnd(), i.amount()));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (List<Item> stream : streams.values()) {
      BigDecimal months = months(coveredPeriods(stream));
      if (months.signum() > 0) {
        total = total.add(totalWithin(stream).divide(months, SCALE, RoundingMode.HALF_UP));
      }
    }
    return total;
  }

  /** The part of each amount falling within the window, pro rata by days. */
  BigDecimal totalWithin(List<Item> items) {
    BigDecimal total = BigDecimal.ZERO;
    for (Item item : items) {
      LocalDate from = later(item.start(), first);
      LocalDate to = earlier(item.end(), last);
      if (!to.isBefore(from)) {
        long inside = ChronoUnit.DAYS.between(from, to) + 1;
        long all = ChronoUnit.DAYS.between(item.start(), item.end()) + 1;
        total = total.add(item.amount().multiply(BigDecimal.valueOf(inside))
            .divide(BigDecimal.valueOf(all), SCALE, RoundingMode.HALF_UP));
      }
    }
    return total;
  }

  private List<Item> coveredPeriods(List<Item> items) {
    List<Item> clipped = items.stream()
        .map(i -> new Item(later(i.start(), first), earlier(i.end(), last), BigDecimal.ZERO))
        .filter(i -> !i.end().isBefore(i.start()))
        .sorted(Comparator.comparing(Item::start)).toList();
    List<Item> merged = new ArrayList<>();
    for (Item item : clipped) {
      Item previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null && !item.start().isAfter(previous.end().plusDays(1))) {
        merged.set(merged.size() - 1, new Item(previous.start(), later(previous.end(), item.end()), BigDecimal.ZERO));
      } else {
        merged.add(item);
      }
    }
    return merged;
  }

  /** Calendar months (1 January to 30 June is 6), a remainder of days counted as thirtieths of a month. */
  private static BigDecimal months(List<Item> periods) {
    BigDecimal months = BigDecimal.ZERO;
    for (Item period : periods) {
      Period length = Period.between(period.start(), period.end().plusDays(1));
      months = months.add(BigDecimal.valueOf(length.toTotalMonths()))
          .add(BigDecimal.valueOf(length.getDays()).divide(BigDecimal.valueOf(30), SCALE, RoundingMode.HALF_UP));
    }
    return months;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
