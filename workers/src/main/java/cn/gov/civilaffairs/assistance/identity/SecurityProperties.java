package cn.gov.civilaffairs.assistance.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.security.*}: the token signing secret (at least 32 bytes; a random one per start when unset, which
 * signs everyone out at each restart), token lifetimes, lockout rule, and the first administrator.
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
    String tokenSecret,
    Duration accessTokenLifetime,
    Duration refreshTokenLifetime,
    int maxFailedLogins,
    Duration failedLoginWindow,
    Duration lockoutDuration,
    InitialAdmin initialAdmin) {

  public record InitialAdmin(String username, String password, String displayName) {}
}
