package cn.gov.civilaffairs.assistance.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobRuntimePropertiesTests {

  private final JobRuntimeProperties properties = new JobRuntimeProperties(true, 1, 10, Duration.ofMinutes(1),
      Duration.ofMillis(500), 5, Duration.ofSeconds(10), Duration.ofSeconds(60));

  @Test
  void doublesTheBackoffAfterEachFailureUpToTheCap() {
    assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofSeconds(60));
    assertThat(properties.backoffAfter(40)).isEqualTo(Duration.ofSeconds(60));
  }
}
