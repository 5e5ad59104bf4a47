package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on the holiday schedules shipped in seed/holidays.csv. */
class WorkingDaysTests {

  private static WorkingDays workingDays;

  @BeforeAll
  static void loadShippedSchedules() throws Exception {
    Map<Integer, WorkingDays.Year> years = new HashMap<>();
    try (InputStream in = WorkingDaysTests.class.getResourceAsStream("/seed/holidays.csv")) {
      HolidaySeedLoader.parse(in).forEach((year, schedule) -> {
        Map<LocalDate, WorkingDays.DayKind> exceptions = new HashMap<>();
        schedule.days().forEach(day -> exceptions.put(day.day(), day.kind()));
        years.put(year, new WorkingDays.Year(year, exceptions));
      });
    }
    workingDays = new WorkingDays(year -> Optional.ofNullable(years.get(year)));
  }

  @Test
  void countsTheMakeUpSaturdayAfterNationalDayAndSkipsTheHolidayWeek() {
    // 30 Sep (Wed) 1; 1-7 Oct off; 8 Oct 2; 9 Oct 3; Sat 10 Oct is a working day 4; Mon 12 Oct 5.
    assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 9, 29), 5)).isEqualTo(LocalDate.of(2026, 10, 12));
  }

  @Test
  void landsAThirtyDayDeadlineAcrossMidAutumnAndNationalDay() {
    // From 1 Sep: Sun 20 Sep works, Fri 25 Sep is off, 1-7 Oct off, Sat 10 Oct works.
    assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 9, 1), 30)).isEqualTo(LocalDate.of(2026, 10, 19));
  }

  @Test
  void spansTheSpringFestival() {
    // Fri 13 Feb 1; Sat 14 Feb works 2; 15-23 Feb off; Tue 24 Feb 3.
    assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void knowsHolidaysOnWeekdaysAndWorkingWeekendDays() {
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday made a working day").isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 9, 25))).as("Mid-Autumn Friday").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 27))).as("an ordinary Friday").isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 11, 28))).as("an ordinary Saturday").isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025 National Day week").isFalse();
  }

  @Test
  void countsWorkingDaysBetweenTwoDates() {
    assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12))).isEqualTo(4);
    assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 30)))
        .isEqualTo(-4);
    assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27))).isZero();
  }

  @Test
  void stopsTheClockDuringAPause() {
    LocalDate accepted = LocalDate.of(2026, 3, 2);
    WorkingDays.Pause publicNotice = new WorkingDays.Pause(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9));

    assertThat(workingDays.dueDate(accepted, 10, List.of())).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(workingDays.dueDate(accepted, 10, List.of(publicNotice))).isEqualTo(LocalDate.of(2026, 3, 23));
  }

  @Test
  void failsLoudlyWhenAYearIsMissing() {
    assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOf(CalendarYearMissingException.class).hasMessageContaining("2027");
    assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2026, 12, 28), 10))
        .isInstanceOf(CalendarYearMissingException.class);
  }

  @Test
  void extendsAThirtyDayLimitToFortyFive() {
    LocalDate accepted = LocalDate.of(2026, 5, 6);
    LocalDate normal = workingDays.addWorkingDays(accepted, 30);
    LocalDate extended = workingDays.addWorkingDays(accepted, 45);

    assertThat(workingDays.workingDaysBetween(normal, extended)).isEqualTo(15);
  }
}
