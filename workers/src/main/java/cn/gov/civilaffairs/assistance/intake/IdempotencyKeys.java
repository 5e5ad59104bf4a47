package cn.gov.civilaffairs.assistance.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which case an {@code Idempotency-Key} created at a street, and a hash of the request that carried it.
 * Keys are scoped to the street: another street's window may use the same key for its own application.
 */
@Component
class IdempotencyKeys {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Use(String requestHash, long caseId) {}

  Optional<Use> find(String streetCode, String key) {
    return jdbc.query("select request_hash, case_id from idempotency_keys where street_code = ? and idempotency_key = ?",
        (rs, i) -> new Use(rs.getString(1), rs.getLong(2)), streetCode, key).stream().findFirst();
  }

  /** Stores the key in the accepting transaction: a concurrent twin fails on the primary key and replays. */
  void remember(String streetCode, String key, String requestHash, long caseId) {
    jdbc.update("insert into idempotency_keys (street_code, idempotency_key, request_hash, case_id, created_at) "
        + "values (?, ?, ?, ?, ?)", streetCode, key, requestHash, caseId, Timestamp.from(clock.instant()));
  }
}
