package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place where a password is compared, for every door that takes one: the API sign-in, HTTP basic on
 * {@code /engine-rest}, the engine webapps' login and a user's own password change. One lockout covers them all:
 * {@code app.security.max-failed-logins} failures within {@code failed-login-window} lock the account for
 * {@code lockout-duration}, whichever doors the failures came through.
 *
 * <p>The count is atomic: before a password is compared, one conditional {@code update} on the user's row
 * reserves a check ({@code failed_logins + logins_in_flight < limit}); PostgreSQL serialises concurrent updates of
 * the row, so a concurrent burst compares at most the limit. Attempts beyond it are refused without comparing the
 * password, right or wrong. Each step commits on its own (never holding the row lock during BCrypt). BCrypt runs
 * for every attempt (against a throw-away hash for unknown users, locked accounts and refused attempts), so the
 * time taken does not tell them apart either.
 */
@Component
class PasswordDoors {

  /** Where a password was presented; recorded in the audit entry. */
  enum Door {
    API, ENGINE_REST, ENGINE_WEBAPPS, PASSWORD_CHANGE
  }

  /** The outcome of a check: {@code account} present only when the password was compared and right. */
  record Check(Optional<UserAccountRow> account) {
    boolean passed() {
      return account.isPresent();
    }
  }

  /** What a door needs to know of the account after a right password. */
  record UserAccountRow(String username, String jurisdictionCode, boolean mustChangePassword) {}

  private final JdbcTemplate jdbc;
  private final PasswordEncoder passwords;
  private final SecurityProperties properties;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private final String throwAwayHash;

  PasswordDoors(JdbcTemplate jdbc, PasswordEncoder passwords, SecurityProperties properties, AuditLog audit,
      Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.throwAwayHash = passwords.encode("no user has this password " + UUID.randomUUID());
  }

  /**
   * Compares the password of {@code username} at {@code door}, counting a failure towards the shared lockout.
   * Unknown user, locked account, limit reached and wrong password all give an empty result.
   */
  Check check(String username, String password, Door door) {
    String candidate = password == null ? "" : password;
    Instant now = clock.instant();
    if (!reserve(username, now)) {
      passwords.matches(candidate, throwAwayHash);
      boolean known = Boolean.TRUE.equals(inOwnTransaction(() -> !jdbc.queryForList(
          "select 1 from users where username = ?", username).isEmpty()));
      record(username, known ? "LOGIN_REFUSED_LOCKED" : "LOGIN_FAILED", door, null);
      return new Check(Optional.empty());
    }
    Map<String, Object> row = inOwnTransaction(() -> jdbc.queryForMap(
        "select password_hash, jurisdiction_code, must_change_password from users where username = ?", username));
    boolean right;
    try {
      right = passwords.matches(candidate, (String) row.get("password_hash"));
    } catch (RuntimeException e) {
      right = false;
    }
    String jurisdiction = (String) row.get("jurisdiction_code");
    if (right) {
      boolean usable = Boolean.TRUE.equals(inOwnTransaction(() -> jdbc.queryForObject("""
          update users set logins_in_flight = greatest(logins_in_flight - 1, 0),
            failed_logins = case when not locked and (locked_until is null or locked_until <= ?) then 0
                                 else failed_logins end
          where username = ?
          returning not locked and (locked_until is null or locked_until <= ?)""", Boolean.class,
          Timestamp.from(now), username, Timestamp.from(now))));
      if (!usable) {
        // Locked by a concurrent failure or an administrator while this password was being compared.
        record(username, "LOGIN_REFUSED_LOCKED", door, jurisdiction);
        return new Check(Optional.empty());
      }
      return new Check(Optional.of(new UserAccountRow(username, jurisdiction,
          Boolean.TRUE.equals(row.get("must_change_password")))));
    }
    int limit = properties.maxFailedLogins();
    Boolean lockedNow = inOwnTransaction(() -> jdbc.queryForObject("""
        update users set logins_in_flight = greatest(logins_in_flight - 1, 0),
          failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
          failure_window_started_at = case when failed_logins + 1 >= ? then null else failure_window_started_at end,
          locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
        where username = ?
        returning locked_until is not null and locked_until > ?""", Boolean.class,
        limit, limit, limit, Timestamp.from(now.plus(properties.lockoutDuration())), username,
        Timestamp.from(now)));
    record(username, Boolean.TRUE.equals(lockedNow) ? "LOGIN_FAILED_LOCKED" : "LOGIN_FAILED", door, jurisdiction);
    return new Check(Optional.empty());
  }

  /**
   * Reserves one password comparison: only for an existing account that is neither locked by an administrator
   * nor locked out, and whose failures plus comparisons in flight are below the limit within the window (a window
   * that has run out starts again at zero).
   */
  private boolean reserve(String username, Instant now) {
    Timestamp windowStart = Timestamp.from(now.minus(properties.failedLoginWindow()));
    Timestamp at = Timestamp.from(now);
    Integer updated = inOwnTransaction(() -> jdbc.update("""
        update users set
          failed_logins = case when failure_window_started_at is null or failure_window_started_at <= ? then 0
                               else failed_logins end,
          logins_in_flight = case when failure_window_started_at is null or failure_window_started_at <= ? then 1
                                  else logins_in_flight + 1 end,
          failure_window_started_at = case when failure_window_started_at is null or failure_window_started_at <= ?
                                           then ? else failure_window_started_at end
        where username = ? and not locked and (locked_until is null or locked_until <= ?)
          and (failure_window_started_at is null or failure_window_started_at <= ?
               or failed_logins + logins_in_flight < ?)""",
        windowStart, windowStart, windowStart, at, username, at, windowStart, properties.maxFailedLogins()));
    return updated != null && updated == 1;
  }

  private void record(String username, String action, Door door, String jurisdictionCode) {
    AuditLog.Entry entry = AuditLog.Entry.of(action, "user", username).change(null, Map.of("door", door.name()));
    inOwnTransaction(() -> {
      audit.recordAs(username, jurisdictionCode == null ? entry : entry.in(jurisdictionCode));
      return null;
    });
  }

  private <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
    return ownTransaction.execute(status -> work.get());
  }
}
