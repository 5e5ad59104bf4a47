package cn.gov.civilaffairs.assistance.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * HTTP basic on {@code /engine-rest}: the password is compared at the {@link PasswordDoors.Door#ENGINE_REST} door
 * (the shared lockout). Only admins and process managers pass; the right password of anyone else, an account
 * that must change its password first, a wrong password, a locked account and an unknown user all get the same
 * 401, so the door does not tell a right password from a wrong one.
 */
@Component
class EngineRestPasswords implements AuthenticationProvider {

  private final PasswordDoors doors;
  private final UserDirectory directory;

  EngineRestPasswords(PasswordDoors doors, UserDirectory directory) {
    this.doors = doors;
    this.directory = directory;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    PasswordDoors.Check check = doors.check(username, credentials == null ? "" : credentials.toString(),
        PasswordDoors.Door.ENGINE_REST);
    AppUser user = check.account().filter(account -> !account.mustChangePassword())
        .flatMap(account -> directory.find(username))
        .filter(EngineRestPasswords::mayOperateTheEngine)
        .orElseThrow(() -> new BadCredentialsException("refused"));
    return UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
        AuthorityUtils.createAuthorityList(Role.authorities(user.roles())));
  }

  /** The roles that may use the engine's REST API and webapps. */
  static boolean mayOperateTheEngine(AppUser user) {
    return user.has(Role.ADMIN) || user.has(Role.PROCESS_MANAGER);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
