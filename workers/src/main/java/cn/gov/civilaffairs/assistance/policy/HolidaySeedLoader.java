package cn.gov.civilaffairs.assistance.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the holiday schedules shipped in {@code seed/holidays.csv} for years the database does not know yet.
 * A year already there is left alone: an administrator's corrections win over the shipped file.
 */
@Component
@Order(2)
class HolidaySeedLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(HolidaySeedLoader.class);

  private final WorkingDayCalendar calendar;
  private final ProvisionalDeadlines provisional;
  private final Resource seed;

  HolidaySeedLoader(WorkingDayCalendar calendar, ProvisionalDeadlines provisional,
      @Value("${app.calendar.seed:classpath:seed/holidays.csv}") Resource seed) {
    this.calendar = calendar;
    this.provisional = provisional;
    this.seed = seed;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    List<Integer> known = calendar.knownYears();
    Map<Integer, WorkingDayCalendar.YearSchedule> shipped;
    try (var in = seed.getInputStream()) {
      shipped = parse(in);
    }
    for (WorkingDayCalendar.YearSchedule schedule : shipped.values()) {
      if (!known.contains(schedule.year())) {
        // A release that ships a year recomputes the deadlines computed on its provisional schedule.
        provisional.enterOfficial(schedule);
        log.info("Loaded the holiday schedule of {} ({} days)", schedule.year(), schedule.days().size());
      }
    }
  }

  /** Reads a seed file: {@code year,<year>,<source>} lines, each followed by {@code <date>,<kind>,<name>} lines. */
  static Map<Integer, WorkingDayCalendar.YearSchedule> parse(java.io.InputStream in) throws IOException {
    Map<Integer, String> sources = new LinkedHashMap<>();
    Map<Integer, List<WorkingDayCalendar.Day>> days = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",", 3);
        if (cells[0].equals("year")) {
          int year = Integer.parseInt(cells[1].trim());
          sources.put(year, cells[2].trim());
          days.put(year, new ArrayList<>());
        } else {
          LocalDate day = LocalDate.parse(cells[0].trim());
          List<WorkingDayCalendar.Day> ofYear = days.get(day.getYear());
          if (ofYear == null) {
            throw new IllegalStateException("Holiday seed lists " + day + " before its year line");
          }
          ofYear.add(new WorkingDayCalendar.Day(day, WorkingDays.DayKind.valueOf(cells[1].trim()), cells[2].trim()));
        }
      }
    }
    Map<Integer, WorkingDayCalendar.YearSchedule> schedules = new LinkedHashMap<>();
    sources.forEach((year, source) -> schedules.put(year,
        new WorkingDayCalendar.YearSchedule(year, source, List.copyOf(days.get(year)))));
    return schedules;
  }

}
