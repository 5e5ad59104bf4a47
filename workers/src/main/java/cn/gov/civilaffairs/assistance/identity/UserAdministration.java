package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users, changes their roles and places, resets passwords, locks and unlocks accounts. Audited. */
@Service
@Transactional
public class UserAdministration {

  private final UserAccountRepository users;
  private final UserDirectory directory;
  private final Jurisdictions jurisdictions;
  private final PasswordEncoder passwords;
  private final AccountSessions sessions;
  private final AuditLog audit;
  private final Clock clock;

  UserAdministration(UserAccountRepository users, UserDirectory directory, Jurisdictions jurisdictions,
      PasswordEncoder passwords, AccountSessions sessions, AuditLog audit, Clock clock) {
    this.users = users;
    this.directory = directory;
    this.jurisdictions = jurisdictions;
    this.passwords = passwords;
    this.sessions = sessions;
    this.audit = audit;
    this.clock = clock;
  }

  public record NewUser(
      @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-zA-Z0-9._-]+$") String username,
      @NotBlank @Size(max = 50) String displayName,
      @NotNull String password,
      @NotBlank String jurisdictionCode,
      @NotEmpty Set<Role> roles) {}

  public record UserChange(
      @NotBlank @Size(max = 50) String displayName,
      @NotBlank String jurisdictionCode,
      @NotEmpty Set<Role> roles) {}

  public record UserView(String id, String username, String displayName, String jurisdictionCode,
      List<String> roles, boolean locked, Instant lockedUntil, Instant createdAt) {

    static UserView of(UserAccount account) {
      return new UserView(account.username(), account.username(), account.displayName(),
          account.jurisdictionCode(), account.roles().stream().map(Role::code).sorted().toList(), account.locked(),
          account.lockedUntil(), account.createdAt());
    }
  }

  public UserView create(NewUser form) {
    Violations violations = new Violations();
    PasswordPolicy.check(form.username(), form.password(), "password", violations);
    checkJurisdiction(form.jurisdictionCode(), violations);
    violations.throwIfAny();
    if (users.existsByUsernameIgnoreCase(form.username())) {
      throw ApiException.conflict("USERNAME_TAKEN", Map.of());
    }
    UserAccount account = users.save(new UserAccount(form.username(), form.displayName(),
        passwords.encode(form.password()), form.jurisdictionCode(), form.roles(), clock.instant()));
    audit.record(AuditLog.Entry.of("USER_CREATED", "user", account.username()).in(account.jurisdictionCode())
        .change(null, UserView.of(account)));
    return UserView.of(account);
  }

  /** Creates the user unless it exists; for configured and demo accounts. */
  public void ensure(String username, String displayName, String password, String jurisdictionCode,
      Set<Role> roles) {
    if (!users.existsById(username)) {
      create(new NewUser(username, displayName, password, jurisdictionCode, EnumSet.copyOf(roles)));
    }
  }

  @Transactional(readOnly = true)
  public UserView show(String username) {
    return UserView.of(require(username));
  }

  /** Filters: {@code q} (username or name contains), {@code role}, {@code jurisdictionCode}. */
  @Transactional(readOnly = true)
  public Page<UserView> search(Map<String, Object> filter, Pageable page) {
    Specification<UserAccount> spec = (root, query, cb) -> cb.conjunction();
    Object q = filter.get("q");
    if (q != null && !q.toString().isBlank()) {
      String like = "%" + q.toString().trim().toLowerCase() + "%";
      spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("username")), like),
          cb.like(root.get("displayName"), like)));
    }
    Object code = filter.get("jurisdictionCode");
    if (code != null && !code.toString().isBlank()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("jurisdictionCode"), code.toString()));
    }
    Object role = filter.get("role");
    if (role != null && !role.toString().isBlank()) {
      Role wanted;
      try {
        wanted = Role.of(role.toString());
      } catch (IllegalArgumentException e) {
        new Violations().add("filter.role", "INVALID_VALUE").throwIfAny();
        return Page.empty();
      }
      spec = spec.and((root, query, cb) -> cb.isMember(wanted, root.get("roles")));
    }
    return users.findAll(spec, page).map(UserView::of);
  }

  public UserView change(String username, UserChange form) {
    Violations violations = new Violations();
    checkJurisdiction(form.jurisdictionCode(), violations);
    violations.throwIfAny();
    UserAccount account = require(username);
    UserView before = UserView.of(account);
    account.update(form.displayName(), form.jurisdictionCode(), form.roles());
    UserView after = UserView.of(account);
    audit.record(AuditLog.Entry.of("USER_UPDATED", "user", username).in(form.jurisdictionCode())
        .change(before, after));
    return after;
  }

  public void resetPassword(String username, String password) {
    Violations violations = new Violations();
    PasswordPolicy.check(username, password, "password", violations);
    violations.throwIfAny();
    UserAccount account = require(username);
    account.changePassword(passwords.encode(password), clock.instant());
    account.requirePasswordChange();
    sessions.revokeAll(username);
    audit.record(AuditLog.Entry.of("PASSWORD_RESET", "user", username).in(account.jurisdictionCode()));
  }

  public void lock(String username) {
    UserAccount account = require(username);
    account.lock();
    sessions.revokeAll(username);
    audit.record(AuditLog.Entry.of("USER_LOCKED", "user", username).in(account.jurisdictionCode()));
  }

  public void unlock(String username) {
    UserAccount account = require(username);
    account.unlock();
    audit.record(AuditLog.Entry.of("USER_UNLOCKED", "user", username).in(account.jurisdictionCode()));
  }

  @Transactional(readOnly = true)
  public boolean anyAdmin() {
    return directory.all().stream().anyMatch(user -> user.has(Role.ADMIN));
  }

  private UserAccount require(String username) {
    return users.findById(username).orElseThrow(() -> ApiException.notFound("USER_NOT_FOUND"));
  }

  private void checkJurisdiction(String code, Violations violations) {
    if (jurisdictions.find(code).isEmpty()) {
      violations.add("jurisdictionCode", "INVALID_VALUE");
    }
  }
}
