package cn.gov.civilaffairs.assistance.support;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Undoes a test's entry of a holiday schedule: the year is provisional again, as every other test expects. */
public final class CalendarYears {

  private CalendarYears() {}

  public static void forget(JdbcTemplate jdbc, int year) {
    jdbc.update("delete from calendar_days where day between ? and ?", LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
    jdbc.update("delete from calendar_years where year = ?", year);
    // Every node's cached calendar is stale now.
    jdbc.update("update calendar_version set version = version + 1");
  }
}
