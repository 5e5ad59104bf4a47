package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporaryAidWorkersTests {

  private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");

  private final TemporaryAidTerms terms = mock(TemporaryAidTerms.class);
  private final LookUpAidLimitsWorker limits = new LookUpAidLimitsWorker(terms,
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void givesTheProcessTheStreetsLimitsAsNumbersAndTheApprovalDueTime() {
    // given
    Instant approvalDue = NOW.plusSeconds(24 * 3600);
    when(terms.limitsFor("110105001", NOW)).thenReturn(new TemporaryAidTerms.Limits(new BigDecimal("4350"),
        new BigDecimal("14500"), approvalDue));

    // when
    JobResult result = limits.handle(job("LS-10", Map.of("streetCode", "110105001")));

    // then
    assertThat(result).isEqualTo(new JobResult.Completed(Map.of("streetCeiling", 4350.0, "conferenceThreshold",
        14500.0, "approvalDueAt", Date.from(approvalDue))));
  }

  @Test
  void listensOnTheTopicOfTheProcess() {
    assertThat(limits.topic()).isEqualTo("look-up-aid-limits");
  }

  private static Job job(String caseNumber, Map<String, Object> variables) {
    return new Job() {
      @Override
      public String id() {
        return "job-1";
      }

      @Override
      public String topic() {
        return "test";
      }

      @Override
      public String businessKey() {
        return caseNumber;
      }

      @Override
      public Optional<Integer> retriesLeft() {
        return Optional.empty();
      }

      @Override
      public Optional<Object> variable(String name) {
        return Optional.ofNullable(variables.get(name));
      }
    };
  }
}
