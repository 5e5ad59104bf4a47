package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Digests;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in, refresh, sign-out and a user's own password change. A session row backs each sign-in: access tokens
 * name it and stop working when it is revoked. Passwords are compared by {@link PasswordDoors} (one lockout for
 * every door); every refusal looks the same, so the answer never tells whether a user exists.
 */
@Service
public class AccountSessions {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserDirectory directory;
  private final AccessTokens tokens;
  private final PasswordEncoder passwords;
  private final SecurityProperties properties;
  private final AuditLog audit;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PasswordDoors doors;
  private final TransactionTemplate inTransaction;

  AccountSessions(UserDirectory directory, AccessTokens tokens, PasswordEncoder passwords,
      SecurityProperties properties, AuditLog audit, JdbcTemplate jdbc, Clock clock, PasswordDoors doors,
      PlatformTransactionManager transactions) {
    this.directory = directory;
    this.tokens = tokens;
    this.passwords = passwords;
    this.properties = properties;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.doors = doors;
    this.inTransaction = new TransactionTemplate(transactions);
  }

  public record SignedIn(String token, String refreshToken, Instant expiresAt, UserView user) {}

  /** {@code passwordChangeRequired}: after an administrator's reset; other calls answer PASSWORD_CHANGE_REQUIRED. */
  public record UserView(String username, String displayName, String jurisdictionCode, String jurisdictionName,
      List<String> roles, boolean passwordChangeRequired) {

    static UserView of(AppUser user, boolean passwordChangeRequired) {
      return new UserView(user.username(), user.displayName(), user.jurisdictionCode(), user.jurisdictionName(),
          user.roles().stream().map(Role::code).sorted().toList(), passwordChangeRequired);
    }
  }

  /** The API door: a session for a right password (see {@link PasswordDoors} for the shared lockout). */
  public SignedIn signIn(String username, String password) {
    PasswordDoors.Check check = doors.check(username, password, PasswordDoors.Door.API);
    if (!check.passed()) {
      throw refused();
    }
    return inTransaction.execute(status -> {
      UserAccount user = directory.account(username).orElseThrow(AccountSessions::refused);
      audit.recordAs(username, AuditLog.Entry.of("LOGIN_SUCCEEDED", "user", username).in(user.jurisdictionCode()));
      return openSession(directory.toAppUser(user), check.account().get().mustChangePassword(), clock.instant());
    });
  }

  /**
   * A user changes their own password: the current one is checked at the {@link PasswordDoors.Door#PASSWORD_CHANGE}
   * door (a failure counts towards the lockout), the new one against {@link PasswordPolicy}; every other session
   * (and its refresh token) ends, and a change required by an administrator's reset is done.
   */
  public void changeOwnPassword(String username, UUID currentSession, String currentPassword, String newPassword) {
    Violations violations = new Violations();
    if (currentPassword == null || currentPassword.isEmpty()) {
      violations.add("currentPassword", "REQUIRED");
    }
    PasswordPolicy.check(username, newPassword, "newPassword", violations);
    if (newPassword != null && newPassword.equals(currentPassword)) {
      violations.add("newPassword", "PASSWORD_UNCHANGED");
    }
    if (currentPassword != null && !currentPassword.isEmpty()
        && !doors.check(username, currentPassword, PasswordDoors.Door.PASSWORD_CHANGE).passed()) {
      violations.add("currentPassword", "CURRENT_PASSWORD_WRONG");
    }
    violations.throwIfAny();
    Instant now = clock.instant();
    inTransaction.executeWithoutResult(status -> {
      jdbc.update("""
          update users set password_hash = ?, password_changed_at = ?, must_change_password = false
          where username = ?""", passwords.encode(newPassword), Timestamp.from(now), username);
      jdbc.update("""
          update auth_sessions set revoked_at = ? where username = ? and revoked_at is null and id <> ?""",
          Timestamp.from(now), username, currentSession);
      String jurisdiction = jdbc.queryForObject("select jurisdiction_code from users where username = ?",
          String.class, username);
      audit.recordAs(username, AuditLog.Entry.of("PASSWORD_CHANGED", "user", username).in(jurisdiction));
    });
  }

  /** Whether the user must change the password (after an administrator's reset) before doing anything else. */
  @Transactional(readOnly = true)
  public boolean mustChangePassword(String username) {
    return Boolean.TRUE.equals(jdbc.queryForObject(
        "select must_change_password from users where username = ?", Boolean.class, username));
  }

  @Transactional(noRollbackFor = ApiException.class)
  public SignedIn refresh(String refreshToken) {
    Instant now = clock.instant();
    List<Map<String, Object>> sessions = jdbc.queryForList("""
        select id, username from auth_sessions
        where refresh_token_hash = ? and revoked_at is null and expires_at > ? for update""",
        Digests.sha256(refreshToken == null ? "" : refreshToken), Timestamp.from(now));
    if (sessions.isEmpty()) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "SESSION_EXPIRED", List.of(), Map.of());
    }
    UUID sessionId = (UUID) sessions.get(0).get("id");
    String username = (String) sessions.get(0).get("username");
    UserAccount user = directory.account(username).filter(u -> u.isUsable(now))
        .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "SESSION_EXPIRED", List.of(), Map.of()));
    String newRefreshToken = randomToken();
    jdbc.update("update auth_sessions set refresh_token_hash = ? where id = ?", Digests.sha256(newRefreshToken),
        sessionId);
    Instant expiresAt = now.plus(properties.accessTokenLifetime());
    return new SignedIn(tokens.issue(username, sessionId, now, expiresAt), newRefreshToken, expiresAt,
        UserView.of(directory.toAppUser(user), mustChangePassword(username)));
  }

  @Transactional
  public void signOut(UUID sessionId) {
    jdbc.update("update auth_sessions set revoked_at = ? where id = ? and revoked_at is null",
        Timestamp.from(clock.instant()), sessionId);
    audit.record(AuditLog.Entry.of("LOGOUT", "session", sessionId));
  }

  /** Whether access tokens of this session are still good. */
  @Transactional(readOnly = true)
  public boolean isActive(UUID sessionId) {
    Integer count = jdbc.queryForObject(
        "select count(*) from auth_sessions where id = ? and revoked_at is null and expires_at > ?",
        Integer.class, sessionId, Timestamp.from(clock.instant()));
    return count != null && count > 0;
  }

  /** Ends every session of a user (after a password reset or a lock). */
  void revokeAll(String username) {
    jdbc.update("update auth_sessions set revoked_at = ? where username = ? and revoked_at is null",
        Timestamp.from(clock.instant()), username);
  }

  private SignedIn openSession(AppUser user, boolean mustChangePassword, Instant now) {
    UUID sessionId = UUID.randomUUID();
    String refreshToken = randomToken();
    jdbc.update("""
        insert into auth_sessions (id, username, refresh_token_hash, created_at, expires_at)
        values (?, ?, ?, ?, ?)""", sessionId, user.username(), Digests.sha256(refreshToken), Timestamp.from(now),
        Timestamp.from(now.plus(properties.refreshTokenLifetime())));
    Instant expiresAt = now.plus(properties.accessTokenLifetime());
    return new SignedIn(tokens.issue(user.username(), sessionId, now, expiresAt), refreshToken, expiresAt,
        UserView.of(user, mustChangePassword));
  }

  private static ApiException refused() {
    return new ApiException(HttpStatus.UNAUTHORIZED, "INVALID_CREDENTIALS", List.of(), Map.of());
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

}
