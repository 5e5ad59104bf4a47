package cn.gov.civilaffairs.assistance.verification;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.verification.*}: tolerances of the comparison, and per source (by its code) an optional HTTP
 * service that replaces the imported extracts.
 *
 * @param toleranceYuan a monthly income differing from the declared one by more than this is a discrepancy
 * @param assetToleranceYuan found asset values above the declared ones by more than this are a discrepancy
 */
@ConfigurationProperties("app.verification")
record VerificationProperties(BigDecimal toleranceYuan, BigDecimal assetToleranceYuan,
    Map<String, SourceSettings> sources) {

  VerificationProperties {
    toleranceYuan = toleranceYuan == null ? new BigDecimal("100") : toleranceYuan;
    assetToleranceYuan = assetToleranceYuan == null ? new BigDecimal("1000") : assetToleranceYuan;
    sources = sources == null ? Map.of() : sources;
  }

  record SourceSettings(Http http) {}

  /**
   * A department's HTTP JSON service. Each attempt times out after {@code timeout}; up to {@code maxAttempts}
   * attempts {@code retryWait} apart; when {@code failureRatePercent} of the last {@code slidingWindow} calls
   * (at least {@code minimumCalls}) failed, the circuit opens for {@code openDuration} and calls fail at once.
   */
  record Http(URI url, Duration timeout, Integer maxAttempts, Duration retryWait, Integer slidingWindow,
      Integer minimumCalls, Float failureRatePercent, Duration openDuration) {

    Http {
      timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
      maxAttempts = maxAttempts == null ? 3 : maxAttempts;
      retryWait = retryWait == null ? Duration.ofMillis(500) : retryWait;
      slidingWindow = slidingWindow == null ? 20 : slidingWindow;
      minimumCalls = minimumCalls == null ? 10 : minimumCalls;
      failureRatePercent = failureRatePercent == null ? 50f : failureRatePercent;
      openDuration = openDuration == null ? Duration.ofSeconds(60) : openDuration;
    }

    static Http at(URI url) {
      return new Http(url, null, null, null, null, null, null, null);
    }
  }
}
