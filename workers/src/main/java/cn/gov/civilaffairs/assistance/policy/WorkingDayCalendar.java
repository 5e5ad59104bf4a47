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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar kept in the database, editable by administrators. A year nobody entered is
 * provisional: its statutory holidays only ({@link ProvisionalHolidays}), until the official schedule is entered.
 *
 * <p>Years are cached in memory per calendar version ({@code calendar_version}, one row, bumped by every change in
 * the changing transaction). Each transaction reads the version once, at its first deadline computation, and uses
 * the cache of that version for the rest of the transaction, so a node never goes on computing on a year another
 * node has since replaced: one primary-key read per transaction (per call outside one). A transaction that changes
 * the calendar computes on its own, uncached, view of its uncommitted change.
 */
@Service
public class WorkingDayCalendar {

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private volatile Snapshot shared;

  WorkingDayCalendar(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.shared = new Snapshot(Long.MIN_VALUE);
  }

  public record Day(LocalDate day, WorkingDays.DayKind kind, String name) {}

  /** A year's schedule; {@code provisional} when nobody entered it (statutory holidays, no 调休). */
  public record YearSchedule(int year, String source, List<Day> days, boolean provisional) {

    public YearSchedule(int year, String source, List<Day> days) {
      this(year, source, days, false);
    }
  }

  /** The years cached for one calendar version. */
  private final class Snapshot {

    final long version;
    final Map<Integer, Optional<WorkingDays.Year>> years = new ConcurrentHashMap<>();
    final WorkingDays workingDays = new WorkingDays(year -> years.computeIfAbsent(year, WorkingDayCalendar.this::load));

    Snapshot(long version) {
      this.version = version;
    }
  }

  /** The calendar as of now (see the class comment for how it stays current across nodes). */
  public WorkingDays workingDays() {
    boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
    if (inTransaction && TransactionSynchronizationManager.getResource(this) instanceof Snapshot bound) {
      return bound.workingDays;
    }
    long version = version();
    Snapshot snapshot = shared;
    if (snapshot.version != version) {
      snapshot = new Snapshot(version);
      shared = snapshot;
    }
    if (inTransaction) {
      bind(snapshot);
    }
    return snapshot.workingDays;
  }

  private long version() {
    Long version = jdbc.queryForObject("select version from calendar_version", Long.class);
    return version == null ? 0 : version;
  }

  private void bind(Snapshot snapshot) {
    boolean fresh = TransactionSynchronizationManager.unbindResourceIfPossible(this) == null;
    TransactionSynchronizationManager.bindResource(this, snapshot);
    if (fresh) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(WorkingDayCalendar.this);
        }
      });
    }
  }

  /** The year's schedule: the one entered, or the provisional one computed from the statutory holidays. */
  @Transactional(readOnly = true)
  public YearSchedule schedule(int year) {
    return official(year).orElseGet(() -> new YearSchedule(year, ProvisionalHolidays.SOURCE,
        ProvisionalHolidays.of(year), true));
  }

  /** The schedule entered for the year, if any. */
  @Transactional(readOnly = true)
  public Optional<YearSchedule> official(int year) {
    List<String> sources = jdbc.queryForList("select source from calendar_years where year = ?", String.class,
        year);
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new YearSchedule(year, sources.get(0), days(year)));
  }

  /** The years whose official schedule has been entered. */
  @Transactional(readOnly = true)
  public List<Integer> knownYears() {
    return jdbc.queryForList("select year from calendar_years order by year", Integer.class);
  }

  /**
   * Replaces the schedule of a year (its source and every exceptional day) and bumps the calendar version. Audited.
   * Deadlines computed on the year's provisional schedule are recomputed by {@link ProvisionalDeadlines}.
   */
  @Transactional
  public void replace(YearSchedule schedule) {
    // First, so that a transaction computing a provisional deadline meanwhile is waited for (see
    // ProvisionalDeadlines.mark) and its deadline is found by the recomputation.
    jdbc.update("update calendar_version set version = version + 1");
    Optional<YearSchedule> before = official(schedule.year());
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
        .change(before.orElse(null), new YearSchedule(schedule.year(), schedule.source(), schedule.days())));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // The rest of this transaction computes on the change; other transactions see it once committed.
      bind(new Snapshot(Long.MIN_VALUE));
    }
  }

  private Optional<WorkingDays.Year> load(int year) {
    Integer known = jdbc.queryForObject("select count(*) from calendar_years where year = ?", Integer.class, year);
    boolean provisional = known == null || known == 0;
    if (provisional && (year < ProvisionalHolidays.FIRST_YEAR || year > ProvisionalHolidays.LAST_YEAR)) {
      return Optional.empty();
    }
    Map<LocalDate, WorkingDays.DayKind> exceptions = new HashMap<>();
    (provisional ? ProvisionalHolidays.of(year) : days(year)).forEach(day -> exceptions.put(day.day(), day.kind()));
    return Optional.of(new WorkingDays.Year(year, Map.copyOf(exceptions), provisional));
  }

  private List<Day> days(int year) {
    return jdbc.query("select day, kind, name from calendar_days where day between ? and ? order by day",
        (rs, i) -> new Day(rs.getObject(1, LocalDate.class), WorkingDays.DayKind.valueOf(rs.getString(2)),
            rs.getString(3)),
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Reads the calendar version again at the next computation, also in this transaction. */
  void refresh() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.unbindResourceIfPossible(this);
    }
  }
}
