package cn.gov.civilaffairs.assistance.engine.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Tuning of the in-process job runtime ({@code app.jobs.*}). */
@ConfigurationProperties("app.jobs")
public record JobRuntimeProperties(
    boolean enabled,
    int threads,
    int batchSize,
    Duration lockDuration,
    Duration pollInterval,
    int retries,
    Duration backoffInitial,
    Duration backoffMax) {

  /** Backoff before the attempt that follows {@code failedAttempts} failures: doubling, capped. */
  Duration backoffAfter(int failedAttempts) {
    long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 20);
    Duration backoff = backoffInitial.multipliedBy(factor);
    return backoff.compareTo(backoffMax) > 0 ? backoffMax : backoff;
  }
}
