package cn.gov.civilaffairs.assistance.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What happened to a case, in order: acceptance, each step, each decision. Every entry has a key, so a replayed
 * job or listener records it once. Entries are never changed or removed.
 */
@Component
public class CaseTimeline {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CaseTimeline(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Entry(Instant occurredAt, String type, String step, String actor, String detail) {}

  /** Records an entry for the case with this number; does nothing if the key was already recorded. */
  public void record(String caseNumber, String eventKey, String type, String step, String actor, String detail) {
    jdbc.update("""
        insert into case_events (case_id, occurred_at, type, step, actor, detail, event_key)
        select id, ?, ?, ?, ?, ?, ? from cases where case_number = ?
        on conflict (case_id, event_key) do nothing""",
        Timestamp.from(clock.instant()), type, step, actor, abbreviate(detail), eventKey, caseNumber);
  }

  List<Entry> of(long caseId) {
    return jdbc.query("""
        select occurred_at, type, step, actor, detail from case_events where case_id = ? order by id""",
        (rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)),
        caseId);
  }

  private static String abbreviate(String detail) {
    return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }
}
