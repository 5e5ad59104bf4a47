package cn.gov.civilaffairs.assistance.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads users as {@link AppUser}s: for authentication of each request and for the engine's identity bridge. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

  private final UserAccountRepository users;
  private final Jurisdictions jurisdictions;

  UserDirectory(UserAccountRepository users, Jurisdictions jurisdictions) {
    this.users = users;
    this.jurisdictions = jurisdictions;
  }

  public Optional<AppUser> find(String username) {
    return users.findById(username).map(this::toAppUser);
  }

  /** The user, if the account exists and is neither locked by an admin nor temporarily locked out. */
  public Optional<AppUser> findUsable(String username, java.time.Instant now) {
    return users.findById(username).filter(account -> account.isUsable(now)).map(this::toAppUser);
  }

  public List<AppUser> all() {
    return users.findAll().stream().map(this::toAppUser).toList();
  }

  Optional<UserAccount> account(String username) {
    return users.findById(username);
  }

  AppUser toAppUser(UserAccount account) {
    Jurisdiction place = jurisdictions.find(account.jurisdictionCode()).orElseThrow();
    return new AppUser(account.username(), account.displayName(), place.code(), place.name(), place.path(),
        account.roles());
  }
}
