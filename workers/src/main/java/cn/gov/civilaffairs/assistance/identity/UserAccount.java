package cn.gov.civilaffairs.assistance.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who works in the system: one jurisdiction node, one or more roles, a BCrypt password. */
@Entity
@Table(name = "users")
public class UserAccount {

  @Id
  private String username;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "jurisdiction_code")
  private String jurisdictionCode;

  private boolean locked;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Version
  private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role")
  @Convert(converter = RoleConverter.class)
  private Set<Role> roles = new HashSet<>();

  protected UserAccount() {}

  UserAccount(String username, String displayName, String passwordHash, String jurisdictionCode, Set<Role> roles,
      Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.jurisdictionCode = jurisdictionCode;
    this.roles = new HashSet<>(roles);
    this.passwordChangedAt = now;
    this.createdAt = now;
  }

  void update(String displayName, String jurisdictionCode, Set<Role> roles) {
    this.displayName = displayName;
    this.jurisdictionCode = jurisdictionCode;
    this.roles.clear();
    this.roles.addAll(roles);
  }

  void changePassword(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    this.passwordChangedAt = now;
  }

  /** After an administrator's reset: the user must choose a new password at the next sign-in. */
  void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  void lock() {
    this.locked = true;
  }

  void unlock() {
    this.locked = false;
    this.lockedUntil = null;
  }

  void lockUntil(Instant until) {
    this.lockedUntil = until;
  }

  /** Whether the account may sign in at {@code now}. */
  public boolean isUsable(Instant now) {
    return !locked && (lockedUntil == null || !lockedUntil.isAfter(now));
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public String jurisdictionCode() {
    return jurisdictionCode;
  }

  public boolean locked() {
    return locked;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
