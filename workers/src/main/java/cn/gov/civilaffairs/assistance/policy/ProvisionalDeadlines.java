package cn.gov.civilaffairs.assistance.policy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines computed on a provisional year ({@code provisional_deadlines}): what marks a due date as provisional in
 * the API, and what entering the official schedule recomputes, in the transaction that enters it (all or nothing;
 * a second entry of the same year recomputes again what is still marked). Each kind of deadline has a
 * {@link Kind} that recomputes it where it lives (engine tasks, cases, temporary aid).
 */
@Service
public class ProvisionalDeadlines {

  private static final Logger log = LoggerFactory.getLogger(ProvisionalDeadlines.class);

  public static final String TASK = "TASK";
  public static final String CASE_TIME_LIMIT = "CASE_TIME_LIMIT";
  public static final String AID_PAPERWORK = "AID_PAPERWORK";

  /** Recomputes one kind of marked deadline after an official schedule was entered. */
  public interface Kind {

    String kind();

    /**
     * Recomputes the marked deadline on the calendar now in force and stores it (calling {@link #mark} or
     * {@link #unmark}), recording the change on the case's timeline. A deadline whose owner is closed is unmarked.
     */
    void recompute(Marker marker, long calendarVersion);
  }

  /**
   * A deadline counted from {@code startedAt}, due at {@code due}, computed on provisional {@code years} (none once
   * recomputed on official schedules); {@code step} names a task whose due date the process takes from it.
   */
  public record Marker(String kind, String ref, String caseNumber, String step, Set<Integer> years,
      Instant startedAt, Instant due, Instant followUp) {}

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final ObjectProvider<Kind> kinds;
  private final Clock clock;
  private final ZoneId zone;

  // The kinds mark through this service: looked up when recomputing, not at construction.
  ProvisionalDeadlines(JdbcTemplate jdbc, WorkingDayCalendar calendar, ObjectProvider<Kind> kinds, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.zone = zone;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.kinds = kinds;
    this.clock = clock;
  }

  /**
   * Records that a deadline was computed on provisional years ({@code marker.years()}), or, with none, that a
   * deadline recorded before is no longer provisional (it stays recorded, for a correction of the year; one never
   * provisional is not recorded). Answers false when one of the provisional years has been entered since this
   * transaction read the calendar: the caller computes again ({@link WorkingDayCalendar#workingDays()} then answers
   * the new calendar) and marks again. Marking takes a share lock on the calendar version, so a concurrent entry of
   * the official schedule waits for this transaction and then finds the marker.
   */
  @Transactional
  public boolean mark(Marker marker) {
    Integer[] years = yearsBetween(marker.startedAt(), marker.due());
    Timestamp followUp = marker.followUp() == null ? null : Timestamp.from(marker.followUp());
    if (marker.years().isEmpty()) {
      jdbc.update("""
          update provisional_deadlines set provisional = false, years = ?, started_at = ?, due = ?, follow_up = ?,
            computed_at = ? where kind = ? and ref = ?""", years, Timestamp.from(marker.startedAt()),
          Timestamp.from(marker.due()), followUp, Timestamp.from(clock.instant()), marker.kind(), marker.ref());
      return true;
    }
    jdbc.queryForObject("select version from calendar_version for share", Long.class);
    Integer entered = jdbc.queryForObject("select count(*) from calendar_years where year = any(?)", Integer.class,
        (Object) marker.years().toArray(Integer[]::new));
    if (entered != null && entered > 0) {
      calendar.refresh();
      return false;
    }
    jdbc.update("""
        insert into provisional_deadlines (kind, ref, case_number, step, years, provisional, started_at, due,
          follow_up, computed_at)
        values (?, ?, ?, ?, ?, true, ?, ?, ?, ?)
        on conflict (kind, ref) do update set case_number = excluded.case_number, step = excluded.step,
          years = excluded.years, provisional = true, started_at = excluded.started_at, due = excluded.due,
          follow_up = excluded.follow_up, computed_at = excluded.computed_at""",
        marker.kind(), marker.ref(), marker.caseNumber(), marker.step(), years,
        Timestamp.from(marker.startedAt()), Timestamp.from(marker.due()), followUp, Timestamp.from(clock.instant()));
    return true;
  }

  /** The years from the one of {@code from} to the one of {@code to}, in the service's zone. */
  private Integer[] yearsBetween(Instant from, Instant to) {
    int first = from.atZone(zone).getYear();
    int last = Math.max(first, to.atZone(zone).getYear());
    Integer[] years = new Integer[last - first + 1];
    for (int i = 0; i < years.length; i++) {
      years[i] = first + i;
    }
    return years;
  }

  @Transactional
  public void unmark(String kind, String ref) {
    jdbc.update("delete from provisional_deadlines where kind = ? and ref = ?", kind, ref);
  }

  /** Whether the deadline of this kind and reference is provisional. */
  @Transactional(readOnly = true)
  public boolean isProvisional(String kind, String ref) {
    Integer count = jdbc.queryForObject(
        "select count(*) from provisional_deadlines where kind = ? and ref = ? and provisional", Integer.class,
        kind, ref);
    return count != null && count > 0;
  }

  /**
   * Which of these tasks have a provisional due date: their own (kind TASK), or one the process gives the task's
   * step from a provisional deadline of its case. {@code tasks} maps task ids to "case number, step".
   */
  @Transactional(readOnly = true)
  public Set<String> provisionalTasks(Map<String, TaskRef> tasks) {
    if (tasks.isEmpty()) {
      return Set.of();
    }
    Set<String> provisional = new HashSet<>(jdbc.queryForList(
        "select ref from provisional_deadlines where kind = 'TASK' and provisional and ref = any(?)", String.class,
        (Object) tasks.keySet().toArray(String[]::new)));
    Set<String> caseNumbers = tasks.values().stream().map(TaskRef::caseNumber).filter(n -> n != null)
        .collect(Collectors.toSet());
    if (!caseNumbers.isEmpty()) {
      Set<TaskRef> bySteps = new HashSet<>(jdbc.query("""
          select case_number, step from provisional_deadlines
          where provisional and step is not null and case_number = any(?)""",
          (rs, i) -> new TaskRef(rs.getString(1), rs.getString(2)), (Object) caseNumbers.toArray(String[]::new)));
      tasks.forEach((id, ref) -> {
        if (bySteps.contains(ref)) {
          provisional.add(id);
        }
      });
    }
    return provisional;
  }

  /** A task's case and step. */
  public record TaskRef(String caseNumber, String step) {}

  /**
   * Enters the official schedule of a year and, in the same transaction, recomputes every deadline computed on its
   * provisional schedule. Answers how many were recomputed.
   */
  @Transactional
  public int enterOfficial(WorkingDayCalendar.YearSchedule schedule) {
    calendar.replace(schedule);
    return recompute(schedule.year());
  }

  /**
   * Recomputes every deadline computed on {@code year}'s provisional schedule, in the caller's transaction (the one
   * that entered the official schedule). Answers how many were recomputed.
   */
  @Transactional
  public int recompute(int year) {
    Long version = jdbc.queryForObject("select version from calendar_version", Long.class);
    Map<String, Kind> byKind = kinds.orderedStream().collect(Collectors.toMap(Kind::kind, Function.identity()));
    List<Marker> markers = jdbc.query("""
        select kind, ref, case_number, step, years, started_at, due, follow_up from provisional_deadlines
        where ? = any(years) order by kind, ref for update""", (rs, i) -> new Marker(rs.getString(1),
        rs.getString(2), rs.getString(3), rs.getString(4), Set.of(year), rs.getTimestamp(6).toInstant(),
        rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()), year);
    for (Marker marker : markers) {
      Kind kind = byKind.get(marker.kind());
      if (kind == null) {
        throw new IllegalStateException("No recomputation for provisional deadlines of kind " + marker.kind());
      }
      kind.recompute(marker, version == null ? 0 : version);
    }
    if (!markers.isEmpty()) {
      log.info("Recomputed {} deadlines computed on the provisional calendar of {}", markers.size(), year);
    }
    return markers.size();
  }

  /** The provisional years of a deadline counted from {@code from} to {@code to}, on the calendar now in force. */
  public Set<Integer> provisionalYears(java.time.LocalDate from, java.time.LocalDate to) {
    return calendar.workingDays().provisionalYears(from, to);
  }

}
