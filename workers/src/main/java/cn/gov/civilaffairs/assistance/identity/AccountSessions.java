package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Digests;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in, refresh and sign-out. A session row backs each sign-in: access tokens name it and stop working when it
 * is revoked. Five failed sign-ins within the window lock the account for the lockout duration; every refusal
 * looks the same, so the answer never tells whether a user exists.
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
  private final String unknownUserHash;

  AccountSessions(UserDirectory directory, AccessTokens tokens, PasswordEncoder passwords,
      SecurityProperties properties, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
    this.directory = directory;
    this.tokens = tokens;
    this.passwords = passwords;
    this.properties = properties;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.unknownUserHash = passwords.encode("no user has this password " + UUID.randomUUID());
  }

  public record SignedIn(String token, String refreshToken, Instant expiresAt, UserView user) {}

  public record UserView(String username, String displayName, String jurisdictionCode, String jurisdictionName,
      List<String> roles) {

    static UserView of(AppUser user) {
      return new UserView(user.username(), user.displayName(), user.jurisdictionCode(), user.jurisdictionName(),
          user.roles().stream().map(Role::code).sorted().toList());
    }
  }

  @Transactional(noRollbackFor = ApiException.class)
  public SignedIn signIn(String username, String password) {
    Instant now = clock.instant();
    Optional<UserAccount> account = directory.account(username);
    if (account.isEmpty()) {
      passwords.matches(password, unknownUserHash);
      audit.recordAs(username, AuditLog.Entry.of("LOGIN_FAILED", "user", username));
      throw refused();
    }
    UserAccount user = account.get();
    if (!user.isUsable(now)) {
      passwords.matches(password, unknownUserHash);
      audit.recordAs(username, AuditLog.Entry.of("LOGIN_REFUSED_LOCKED", "user", username));
      throw refused();
    }
    if (!passwords.matches(password, user.passwordHash())) {
      recordFailure(user, now);
      throw refused();
    }
    jdbc.update("delete from login_failures where username = ?", username);
    AppUser signedIn = directory.toAppUser(user);
    audit.recordAs(username, AuditLog.Entry.of("LOGIN_SUCCEEDED", "user", username).in(user.jurisdictionCode()));
    return openSession(signedIn, now);
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
        UserView.of(directory.toAppUser(user)));
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

  private SignedIn openSession(AppUser user, Instant now) {
    UUID sessionId = UUID.randomUUID();
    String refreshToken = randomToken();
    jdbc.update("""
        insert into auth_sessions (id, username, refresh_token_hash, created_at, expires_at)
        values (?, ?, ?, ?, ?)""", sessionId, user.username(), Digests.sha256(refreshToken), Timestamp.from(now),
        Timestamp.from(now.plus(properties.refreshTokenLifetime())));
    Instant expiresAt = now.plus(properties.accessTokenLifetime());
    return new SignedIn(tokens.issue(user.username(), sessionId, now, expiresAt), refreshToken, expiresAt,
        UserView.of(user));
  }

  private void recordFailure(UserAccount user, Instant now) {
    jdbc.update("insert into login_failures (username, failed_at) values (?, ?)", user.username(),
        Timestamp.from(now));
    Integer recent = jdbc.queryForObject(
        "select count(*) from login_failures where username = ? and failed_at > ?", Integer.class,
        user.username(), Timestamp.from(now.minus(properties.failedLoginWindow())));
    boolean lock = recent != null && recent >= properties.maxFailedLogins();
    if (lock) {
      user.lockUntil(now.plus(properties.lockoutDuration()));
      jdbc.update("delete from login_failures where username = ?", user.username());
    }
    audit.recordAs(user.username(), AuditLog.Entry.of(lock ? "LOGIN_FAILED_LOCKED" : "LOGIN_FAILED", "user",
        user.username()).in(user.jurisdictionCode()));
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
