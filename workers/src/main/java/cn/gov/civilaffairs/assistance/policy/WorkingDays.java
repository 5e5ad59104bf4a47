package cn.gov.civilaffairs.assistance.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Arithmetic in Chinese working days: Monday to Friday, except public holidays, plus the weekend days made
 * working days (调休). Every year touched must be known (an official schedule, or a provisional one computed from
 * the statutory holidays, see {@link ProvisionalHolidays}); a year the source cannot give fails loudly.
 */
public final class WorkingDays {

  /**
   * The days of one year that differ from Monday-to-Friday; {@code provisional} while the year's official schedule
   * has not been entered (statutory holidays only).
   */
  public record Year(int year, Map<LocalDate, DayKind> exceptions, boolean provisional) {

    public Year(int year, Map<LocalDate, DayKind> exceptions) {
      this(year, exceptions, false);
    }
  }

  public enum DayKind {
    HOLIDAY,
    WORKDAY
  }

  /** A stretch during which the clock stops (e.g. 公示 where local rules do not count it). Inclusive. */
  public record Pause(LocalDate from, LocalDate to) {

    boolean covers(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  private final IntFunction<Optional<Year>> years;

  public WorkingDays(IntFunction<Optional<Year>> years) {
    this.years = years;
  }

  public boolean isWorkingDay(LocalDate day) {
    Year year = year(day.getYear());
    DayKind exception = year.exceptions().get(day);
    if (exception != null) {
      return exception == DayKind.WORKDAY;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private Year year(int year) {
    return years.apply(year).orElseThrow(() -> new CalendarYearMissingException(year));
  }

  /**
   * The provisional years among those from {@code from} to {@code to} (either order): a deadline computed over
   * these days is provisional when this is not empty.
   */
  public Set<Integer> provisionalYears(LocalDate from, LocalDate to) {
    int first = Math.min(from.getYear(), to.getYear());
    int last = Math.max(from.getYear(), to.getYear());
    Set<Integer> provisional = new TreeSet<>();
    for (int year = first; year <= last; year++) {
      if (year(year).provisional()) {
        provisional.add(year);
      }
    }
    return provisional;
  }

  /** The day on which {@code count} working days after {@code start} have passed ({@code start} not counted). */
  public LocalDate addWorkingDays(LocalDate start, int count) {
    return dueDate(start, count, List.of());
  }

  /** Like {@link #addWorkingDays}, but working days inside a pause do not count. */
  public LocalDate dueDate(LocalDate start, int count, List<Pause> pauses) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      LocalDate candidate = day;
      if (isWorkingDay(candidate) && pauses.stream().noneMatch(pause -> pause.covers(candidate))) {
        counted++;
      }
    }
    return day;
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
