package cn.gov.civilaffairs.assistance.applications;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What happened to a case, in order: acceptance, each step, each decision. Every entry has a key, so a replayed
 * job or listener records it once. Entries are never changed or removed.
 *
 * <p>Inside a transaction, entries are written together just before it commits, in the order recorded: a job that
 * ends one step and starts the next records three or four entries, and one statement instead of one each is a
 * round trip less per entry for every case. They commit or roll back with the transaction, as before.
 */
@Component
public class CaseTimeline {

  private static final String INSERT = """
      insert into case_events (case_id, occurred_at, type, step, actor, detail, event_key)
      select c.id, e.occurred_at::timestamptz, e.type, e.step, e.actor, e.detail, e.event_key
        from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                    ?::varchar[]) with ordinality as e(occurred_at, type, step, actor, detail, event_key,
                    case_number, n)
        join cases c on c.case_number = e.case_number
       order by e.n
      on conflict (case_id, event_key) do nothing""";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CaseTimeline(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Entry(Instant occurredAt, String type, String step, String actor, String detail) {}

  private record Pending(String caseNumber, String eventKey, Instant occurredAt, String type, String step,
      String actor, String detail) {}

  /** Records an entry for the case with this number; does nothing if the key was already recorded. */
  public void record(String caseNumber, String eventKey, String type, String step, String actor, String detail) {
    Pending entry = new Pending(caseNumber, eventKey, clock.instant(), type, step, actor,
        abbreviate(detail));
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      insert(List.of(entry));
      return;
    }
    PendingEntries pending = (PendingEntries) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new PendingEntries();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.entries.add(entry);
  }

  List<Entry> of(long caseId) {
    if (TransactionSynchronizationManager.getResource(this) instanceof PendingEntries pending) {
      pending.write();
    }
    return jdbc.query("""
        select occurred_at, type, step, actor, detail from case_events where case_id = ? order by id""",
        (rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)),
        caseId);
  }

  private void insert(List<Pending> entries) {
    jdbc.update(connection -> {
      PreparedStatement statement = connection.prepareStatement(INSERT);
      statement.setArray(1, connection.createArrayOf("varchar",
          entries.stream().map(entry -> entry.occurredAt().toString()).toArray()));
      statement.setArray(2, connection.createArrayOf("varchar", entries.stream().map(Pending::type).toArray()));
      statement.setArray(3, connection.createArrayOf("varchar", entries.stream().map(Pending::step).toArray()));
      statement.setArray(4, connection.createArrayOf("varchar", entries.stream().map(Pending::actor).toArray()));
      statement.setArray(5, connection.createArrayOf("varchar", entries.stream().map(Pending::detail).toArray()));
      statement.setArray(6, connection.createArrayOf("varchar",
          entries.stream().map(Pending::eventKey).toArray()));
      statement.setArray(7, connection.createArrayOf("varchar",
          entries.stream().map(Pending::caseNumber).toArray()));
      return statement;
    });
  }

  /** The entries of the current transaction not yet written; bound to it, suspended and resumed with it. */
  private final class PendingEntries implements TransactionSynchronization {

    private final List<Pending> entries = new ArrayList<>();

    void write() {
      if (!entries.isEmpty()) {
        insert(List.copyOf(entries));
        entries.clear();
      }
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(CaseTimeline.this);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(CaseTimeline.this, this);
    }

    @Override
    public void flush() {
      write();
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      write();
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(CaseTimeline.this);
    }
  }

  private static String abbreviate(String detail) {
    return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }
}
