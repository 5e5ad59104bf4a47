package cn.gov.civilaffairs.assistance.identity;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Signs and verifies the short-lived access tokens (HS256 JWT: subject, session id, expiry). */
@Component
class AccessTokens {

  private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

  private final SecretKey key;
  private final JwtEncoder encoder;

  AccessTokens(SecurityProperties properties) {
    byte[] secret;
    if (properties.tokenSecret() == null || properties.tokenSecret().isBlank()) {
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      log.warn("app.security.token-secret is not set: using a random key, so a restart signs everyone out");
    } else {
      secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
      if (secret.length < 32) {
        throw new IllegalStateException("app.security.token-secret must be at least 32 bytes");
      }
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
  }

  String issue(String username, UUID sessionId, Instant now, Instant expiresAt) {
    JwtClaimsSet claims = JwtClaimsSet.builder()
        .subject(username)
        .claim("sid", sessionId.toString())
        .issuedAt(now)
        .expiresAt(expiresAt)
        .build();
    return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
  }

  JwtDecoder decoder() {
    return NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
  }
}
