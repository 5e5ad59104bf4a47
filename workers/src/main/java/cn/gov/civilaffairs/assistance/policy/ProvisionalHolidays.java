package cn.gov.civilaffairs.assistance.policy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The statutory public holidays of a year by 全国年节及纪念日放假办法 (as amended 2024, in force 2025), for a year
 * whose State Council schedule has not been published: 元旦 (1 January), 春节 (除夕 and 正月初一 to 初三), 清明节 (the
 * Qingming solar term), 劳动节 (1-2 May), 端午节 (五月初五), 中秋节 (八月十五), 国庆节 (1-3 October). Lunar dates come
 * from ICU4J's Chinese calendar. What the published schedule adds is not guessed: no bridge days, no 补假 for a
 * holiday on a weekend and no 调休 (weekend days made working days).
 */
public final class ProvisionalHolidays {

  /** The years the Qingming formula below holds for (21st century). */
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2099;

  public static final String SOURCE =
      "暂定：按《全国年节及纪念日放假办法》法定节假日推算（未含调休、补假），国务院公布后以公布安排为准";

  private ProvisionalHolidays() {}

  /** The statutory holidays of {@code year}, in date order. */
  public static List<WorkingDayCalendar.Day> of(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new CalendarYearMissingException(year);
    }
    List<WorkingDayCalendar.Day> days = new ArrayList<>();
    days.add(holiday(LocalDate.of(year, Month.JANUARY, 1), "元旦"));
    LocalDate newYear = lunar(year, 1, 1);
    days.add(holiday(newYear.minusDays(1), "春节（除夕）"));
    for (int i = 0; i < 3; i++) {
      days.add(holiday(newYear.plusDays(i), "春节"));
    }
    days.add(holiday(qingming(year), "清明节"));
    days.add(holiday(LocalDate.of(year, Month.MAY, 1), "劳动节"));
    days.add(holiday(LocalDate.of(year, Month.MAY, 2), "劳动节"));
    days.add(holiday(lunar(year, 5, 5), "端午节"));
    days.add(holiday(lunar(year, 8, 15), "中秋节"));
    for (int day = 1; day <= 3; day++) {
      days.add(holiday(LocalDate.of(year, Month.OCTOBER, day), "国庆节"));
    }
    // 中秋节 can fall within 国庆节 (e.g. 2025-10-06 does not, 2020-10-01 does): one day, both names.
    List<WorkingDayCalendar.Day> merged = new ArrayList<>();
    days.stream().sorted(Comparator.comparing(WorkingDayCalendar.Day::day)).forEach(day -> {
      WorkingDayCalendar.Day last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.day().equals(day.day())) {
        merged.set(merged.size() - 1, holiday(day.day(), last.name() + "、" + day.name()));
      } else {
        merged.add(day);
      }
    });
    return List.copyOf(merged);
  }

  /**
   * The day of the Qingming solar term (the sun at ecliptic longitude 15°, Beijing time) in 2000-2099, by the
   * common 21st-century formula {@code floor(Y * 0.2422 + 4.81) - floor(Y / 4)} with {@code Y} the year's last two
   * digits (checked against the astronomical computation for every year in the tests).
   */
  public static LocalDate qingming(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("The Qingming formula holds for 2000-2099, not " + year);
    }
    int y = year % 100;
    int day = (int) Math.floor(y * 0.2422 + 4.81) - y / 4;
    return LocalDate.of(year, Month.APRIL, day);
  }

  /**
   * The Gregorian day of lunar {@code month}/{@code day} (not a leap month) of the lunar year current in mid-year.
   * ICU4J places each lunar month; its first day is then checked against a more precise new moon (below), because
   * ICU's own new-moon times can be minutes off and a new moon close to midnight in Beijing then starts the month a
   * day late (2027: ICU says 正月初一 is 7 February, the new moon is at 23:5x Beijing time on the 6th, and the
   * official calendar's Spring Festival is the 6th).
   */
  static LocalDate lunar(int gregorianYear, int month, int day) {
    ChineseCalendar chinese = new ChineseCalendar();
    // Mid-year is always in the lunar year whose new year falls in this Gregorian year (21 Jan - 20 Feb).
    chinese.set(Calendar.JULIAN_DAY, (int) LocalDate.of(gregorianYear, Month.JUNE, 1).getLong(JulianFields.JULIAN_DAY));
    int lunarYear = chinese.get(Calendar.EXTENDED_YEAR);
    chinese.clear();
    chinese.set(Calendar.EXTENDED_YEAR, lunarYear);
    chinese.set(Calendar.MONTH, month - 1);
    chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    chinese.set(Calendar.DAY_OF_MONTH, 1);
    LocalDate monthStart = LocalDate.MIN.with(JulianFields.JULIAN_DAY, chinese.get(Calendar.JULIAN_DAY));
    return newMoonDay(monthStart).plusDays(day - 1);
  }

  /** The day (Beijing time) of the new moon nearest to {@code near}. */
  static LocalDate newMoonDay(LocalDate near) {
    double julianDay = near.getLong(JulianFields.JULIAN_DAY);
    long k = Math.round((julianDay - 2451550.09766) / 29.530588861);
    double universal = newMoonEphemeris(k) - deltaT(near.getYear()) / 86400.0;
    // A Julian date starts at noon UT: + 0.5 for midnight UT, + 8 h for Beijing.
    long day = (long) Math.floor(universal + 0.5 + 8.0 / 24.0);
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, day);
  }

  /**
   * The Julian Ephemeris Day of the {@code k}-th new moon after that of 6 January 2000 (J. Meeus, Astronomical
   * Algorithms, 2nd ed., chapter 49; accurate to seconds within the century).
   */
  static double newMoonEphemeris(long k) {
    double t = k / 1236.85;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t - 0.000000150 * t * t * t
        + 0.00000000073 * t * t * t * t;
    double e = 1 - 0.002516 * t - 0.0000074 * t * t;
    double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
    double mm = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
        - 0.000000058 * t * t * t * t);
    double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
        + 0.000000011 * t * t * t * t);
    double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
    double correction = -0.40720 * Math.sin(mm) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mm)
        + 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mm - m) - 0.00514 * e * Math.sin(mm + m)
        + 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mm - 2 * f) - 0.00057 * Math.sin(mm + 2 * f)
        + 0.00056 * e * Math.sin(2 * mm + m) - 0.00042 * Math.sin(3 * mm) + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mm - m) - 0.00017 * Math.sin(omega)
        - 0.00007 * Math.sin(mm + 2 * m) + 0.00004 * Math.sin(2 * mm - 2 * f) + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mm + m - 2 * f) + 0.00003 * Math.sin(2 * mm + 2 * f)
        - 0.00003 * Math.sin(mm + m + 2 * f) + 0.00003 * Math.sin(mm - m + 2 * f)
        - 0.00002 * Math.sin(mm - m - 2 * f) - 0.00002 * Math.sin(3 * mm + m) + 0.00002 * Math.sin(4 * mm);
    double[][] planetary = {
        {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
    double additional = 0;
    for (int i = 0; i < planetary.length; i++) {
      double angle = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t * t : 0);
      additional += planetary[i][2] * Math.sin(Math.toRadians(angle));
    }
    return jde + correction + additional;
  }

  /** Terrestrial minus universal time in seconds (NASA's polynomials by Espenak and Meeus for 2005-2150). */
  static double deltaT(int year) {
    double y = year + 0.5;
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - y);
  }

  private static WorkingDayCalendar.Day holiday(LocalDate day, String name) {
    return new WorkingDayCalendar.Day(day, WorkingDays.DayKind.HOLIDAY, name);
  }
}
