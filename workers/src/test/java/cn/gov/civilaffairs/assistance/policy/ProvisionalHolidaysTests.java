package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ibm.icu.impl.CalendarAstronomer;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provisional holiday calendar of a year nobody entered: the statutory holidays of 全国年节及纪念日放假办法
 * (2024 amendment, in force 2025) and nothing the State Council's schedule adds (bridge days, 补假, 调休).
 */
class ProvisionalHolidaysTests {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static Map<Integer, WorkingDayCalendar.YearSchedule> shipped;

  @BeforeAll
  static void loadShippedSchedules() throws Exception {
    try (InputStream in = ProvisionalHolidaysTests.class.getResourceAsStream("/seed/holidays.csv")) {
      shipped = HolidaySeedLoader.parse(in);
    }
  }

  private static List<String> days(int year) {
    return ProvisionalHolidays.of(year).stream().map(day -> day.day().toString()).toList();
  }

  @Test
  void producesEveryStatutoryHolidayOf2025AsTheOfficialScheduleHasThem() {
    assertThat(days(2025)).containsExactly("2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
        "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-31", "2025-10-01", "2025-10-02", "2025-10-03",
        "2025-10-06");
    assertThat(officialHolidays(2025)).containsAll(days(2025));
  }

  @Test
  void producesEveryStatutoryHolidayOf2026AsTheOfficialScheduleHasThem() {
    assertThat(days(2026)).containsExactly("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
        "2026-04-05", "2026-05-01", "2026-05-02", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02",
        "2026-10-03");
    assertThat(officialHolidays(2026)).containsAll(days(2026));
  }

  @Test
  void givesNoMakeUpWorkingDaysAndNoBridgeDays() {
    for (int year = 2025; year <= 2030; year++) {
      assertThat(ProvisionalHolidays.of(year)).allSatisfy(day ->
          assertThat(day.kind()).isEqualTo(WorkingDays.DayKind.HOLIDAY));
      // 1 + 4 + 1 + 2 + 1 + 1 + 3 = 13 statutory days, fewer only where 中秋节 falls within 国庆节.
      assertThat(ProvisionalHolidays.of(year)).hasSizeBetween(12, 13);
    }
    assertThat(officialHolidays(2026)).hasSizeGreaterThan(days(2026).size());
  }

  @Test
  void startsTheYearOfTheGoatOnTheSixthOfFebruary2027WhereIcuAloneSaysTheSeventh() {
    // The new moon of February 2027 is at about 23:56 Beijing time on the 6th; ICU4J's own new-moon time is
    // minutes later, after midnight, so its ChineseCalendar starts 正月 on the 7th.
    assertThat(days(2027)).containsExactly("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
        "2027-04-05", "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02",
        "2027-10-03");
    assertThat(ProvisionalHolidays.of(2027).get(1).name()).isEqualTo("春节（除夕）");
  }

  @Test
  void namesMidAutumnAndNationalDayOnOneDayIn2028() {
    assertThat(days(2028)).containsExactly("2028-01-01", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28",
        "2028-04-04", "2028-05-01", "2028-05-02", "2028-05-28", "2028-10-01", "2028-10-02", "2028-10-03");
    assertThat(ProvisionalHolidays.of(2028).get(11).name()).isEqualTo("中秋节、国庆节");
  }

  @Test
  void putsQingmingOnTheDayTheSunReachesFifteenDegreesOfLongitudeInBeijing() {
    // Known 清明 dates 2000-2030, and the astronomical day for every year of the century.
    String known = "4 5 5 5 4 5 5 5 4 4 5 5 4 4 5 5 4 4 5 5 4 4 5 5 4 4 5 5 4 4 5";
    String[] days = known.split(" ");
    for (int year = 2000; year <= 2030; year++) {
      assertThat(ProvisionalHolidays.qingming(year)).as("清明 %d", year)
          .isEqualTo(LocalDate.of(year, 4, Integer.parseInt(days[year - 2000])));
    }
    // Where the moment is within half an hour of midnight neither approximation decides the day: 2005 and 2009 are
    // among the known dates above; the formula and ICU4J differ for 2071 (5 April and 4 April).
    List<Integer> undecided = new java.util.ArrayList<>();
    for (int year = 2000; year <= 2099; year++) {
      CalendarAstronomer astronomer = new CalendarAstronomer(
          ZonedDateTime.of(year, 3, 1, 0, 0, 0, 0, BEIJING).toInstant().toEpochMilli());
      ZonedDateTime moment = Instant.ofEpochMilli(astronomer.getSunTime(Math.toRadians(15), true)).atZone(BEIJING);
      int minutes = moment.getHour() * 60 + moment.getMinute();
      if (Math.min(minutes, 24 * 60 - minutes) < 30) {
        undecided.add(year);
      } else {
        assertThat(ProvisionalHolidays.qingming(year)).as("清明 %d", year).isEqualTo(moment.toLocalDate());
      }
    }
    assertThat(undecided).containsExactly(2005, 2009, 2038, 2071);
  }

  @Test
  void computesTheNewMoonOfMeeusWorkedExample() {
    // Astronomical Algorithms, example 49.a: the new moon of February 1977 at JDE 2443192.65118.
    assertThat(ProvisionalHolidays.newMoonEphemeris(-283)).isCloseTo(2443192.65118, within(0.00002));
  }

  @Test
  void movesIcusLunarMonthStartsOnlyWhereTheNewMoonIsCloseToMidnight() {
    // Every month start of the century agrees with ICU4J's new moon to within minutes; a day differs only
    // where the moon is new within minutes of midnight in Beijing.
    for (int year = 2000; year <= 2099; year++) {
      for (int month : new int[] {1, 5, 8}) {
        LocalDate start = ProvisionalHolidays.lunar(year, month, 1);
        CalendarAstronomer astronomer = new CalendarAstronomer(
            start.minusDays(3).atStartOfDay(BEIJING).toInstant().toEpochMilli());
        ZonedDateTime icuNewMoon = Instant.ofEpochMilli(astronomer.getMoonTime(CalendarAstronomer.NEW_MOON, true))
            .atZone(BEIJING);
        if (!icuNewMoon.toLocalDate().equals(start)) {
          int minutes = icuNewMoon.getHour() * 60 + icuNewMoon.getMinute();
          assertThat(Math.min(minutes, 24 * 60 - minutes)).as("%d month %d", year, month).isLessThan(30);
        }
      }
    }
  }

  @Test
  void countsOverTheYearBoundaryIntoAProvisionalYear() {
    Map<Integer, WorkingDays.Year> years = new HashMap<>();
    WorkingDayCalendar.YearSchedule official = shipped.get(2026);
    years.put(2026, year(official.days(), false));
    years.put(2027, year(ProvisionalHolidays.of(2027), true));
    WorkingDays workingDays = new WorkingDays(year -> Optional.ofNullable(years.get(year)));

    // Tue 29 Dec 2026: 30, 31 Dec; 1 Jan 2027 is 元旦, 2-3 Jan a weekend; Mon 4 Jan is the third working day.
    assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 29), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(workingDays.provisionalYears(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 4)))
        .containsExactly(2027);
    // Mon 28 Dec: three working days end on Thu 31 Dec, still on the official 2026 schedule.
    assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 28), 3)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(workingDays.provisionalYears(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31))).isEmpty();
    // Spring Festival 2027: Fri 5 Feb (除夕) and Mon 8 Feb (初三) are off; no 调休 Saturday is guessed.
    assertThat(workingDays.addWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 9));
  }

  private static WorkingDays.Year year(List<WorkingDayCalendar.Day> days, boolean provisional) {
    Map<LocalDate, WorkingDays.DayKind> exceptions = new HashMap<>();
    days.forEach(day -> exceptions.put(day.day(), day.kind()));
    return new WorkingDays.Year(days.get(0).day().getYear(), exceptions, provisional);
  }

  private static Set<String> officialHolidays(int year) {
    return shipped.get(year).days().stream().filter(day -> day.kind() == WorkingDays.DayKind.HOLIDAY)
        .map(day -> day.day().toString()).collect(Collectors.toSet());
  }
}
