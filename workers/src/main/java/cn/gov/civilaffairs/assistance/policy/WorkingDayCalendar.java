package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar kept in the database, editable by administrators, with the year's exceptions cached
 * in memory (a change clears the cache). Deadlines use {@link #workingDays()}.
 */
@Service
public class WorkingDayCalendar {

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<Integer, Optional<WorkingDays.Year>> cache = new ConcurrentHashMap<>();
  private final WorkingDays workingDays = new WorkingDays(year -> cache.computeIfAbsent(year, this::load));

  WorkingDayCalendar(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  public record Day(LocalDate day, WorkingDays.DayKind kind, String name) {}

  public record YearSchedule(int year, String source, List<Day> days) {}

  public WorkingDays workingDays() {
    return workingDays;
  }

  @Transactional(readOnly = true)
  public Optional<YearSchedule> schedule(int year) {
    List<String> sources = jdbc.queryForList("select source from calendar_years where year = ?", String.class,
        year);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new YearSchedule(year, sources.get(0), days(year)));
  }

  @Transactional(readOnly = true)
  public List<Integer> knownYears() {
    return jdbc.queryForList("select year from calendar_years order by year", Integer.class);
  }

  /** Replaces the schedule of a year (its source and every exceptional day). Audited. */
  @Transactional
  public void replace(YearSchedule schedule) {
    Optional<YearSchedule> before = schedule(schedule.year());
    jdbc.update("delete from calendar_days where day between ? and ?", LocalDate.of(schedule.year(), 1, 1),
        LocalDate.of(schedule.year(), 12, 31));
    for (Day day : schedule.days()) {
      jdbc.update("insert into calendar_days (day, kind, name) values (?, ?, ?)", day.day(), day.kind().name(),
          day.name());
    }
    jdbc.update("""
        insert into calendar_years (year, source, updated_by, updated_at) values (?, ?, ?, ?)
        on conflict (year) do update set source = excluded.source, updated_by = excluded.updated_by,
          updated_at = excluded.updated_at""",
        schedule.year(), schedule.source(), DataScope.actor(), Timestamp.from(clock.instant()));
    audit.record(AuditLog.Entry.of("CALENDAR_YEAR_REPLACED", "calendar-year", schedule.year())
        .change(before.orElse(null), schedule));
    cache.remove(schedule.year());
  }

  private Optional<WorkingDays.Year> load(int year) {
    Integer known = jdbc.queryForObject("select count(*) from calendar_years where year = ?", Integer.class, year);
    if (known == null || known == 0) {
      return Optional.empty();
    }
    Map<LocalDate, WorkingDays.DayKind> exceptions = new HashMap<>();
    days(year).forEach(day -> exceptions.put(day.day(), day.kind()));
    return Optional.of(new WorkingDays.Year(year, Map.copyOf(exceptions)));
  }

  private List<Day> days(int year) {
    return jdbc.query("select day, kind, name from calendar_days where day between ? and ? order by day",
        (rs, i) -> new Day(rs.getObject(1, LocalDate.class), WorkingDays.DayKind.valueOf(rs.getString(2)),
            rs.getString(3)),
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Forgets cached years (after a change made outside this service). */
  void forget() {
    cache.clear();
  }
}
