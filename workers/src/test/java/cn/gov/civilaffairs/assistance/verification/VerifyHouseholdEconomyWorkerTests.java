package cn.gov.civilaffairs.assistance.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifyHouseholdEconomyWorkerTests {

  private static final String CASE = "DB-110105001-2026-000007";
  private final VerificationReports reports = mock(VerificationReports.class);
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T17:00:00Z"), ZoneId.of("UTC"));
  private final VerifyHouseholdEconomyWorker worker =
      new VerifyHouseholdEconomyWorker(reports, clock, ZoneId.of("Asia/Shanghai"));

  @Test
  void verifiesTheFirstRoundAsOfTodayInChinaAndReportsTheOutcome() throws Exception {
    // given
    when(reports.verify(CASE, 42L, 1, LocalDate.of(2026, 11, 27))).thenReturn(report(7L, false));

    // when
    JobResult result = worker.handle(job(Map.of("householdId", 42L)));

    // then
    assertThat(result).isEqualTo(new JobResult.Completed(
        Map.of("verificationReportId", 7L, "verificationPassed", false)));
  }

  @Test
  void verifiesTheRoundAndDateTheProcessAsksFor() throws Exception {
    // given
    when(reports.verify(CASE, 42L, 2, LocalDate.of(2026, 6, 30))).thenReturn(report(8L, true));

    // when
    JobResult result = worker.handle(job(Map.of("householdId", 42L, "verificationRound", 2,
        "verificationAsOf", "2026-06-30")));

    // then
    assertThat(result).isEqualTo(new JobResult.Completed(
        Map.of("verificationReportId", 8L, "verificationPassed", true)));
    verify(reports).verify(CASE, 42L, 2, LocalDate.of(2026, 6, 30));
  }

  @Test
  void failsTheJobWhenASourceDoesNotAnswer() throws Exception {
    // given
    when(reports.verify(CASE, 42L, 1, LocalDate.of(2026, 11, 27)))
        .thenThrow(new SourceUnavailableException(SourceCode.BANKS, "timeout"));

    // when / then
    assertThatThrownBy(() -> worker.handle(job(Map.of("householdId", 42L))))
        .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("banks");
  }

  @Test
  void listensOnItsTopic() {
    assertThat(worker.topic()).isEqualTo("verify-household-economy");
  }

  private static VerificationReport report(long id, boolean passed) {
    return new VerificationReport(id, CASE, 1, 42L, LocalDate.of(2026, 11, 27), passed, passed ? 0 : 1,
        new BigDecimal("100"), Instant.EPOCH, null);
  }

  private static Job job(Map<String, Object> variables) {
    return new Job() {
      @Override
      public String id() {
        return "job-1";
      }

      @Override
      public String topic() {
        return "verify-household-economy";
      }

      @Override
      public String businessKey() {
        return CASE;
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
