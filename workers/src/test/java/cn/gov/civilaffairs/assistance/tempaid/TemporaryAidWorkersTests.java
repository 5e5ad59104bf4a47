package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFundInsufficientException;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFunds;
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
  private static final Instant PAPERWORK_DUE = Instant.parse("2026-05-18T09:30:00Z");

  private final ReserveFunds funds = mock(ReserveFunds.class);
  private final TemporaryAidTerms terms = mock(TemporaryAidTerms.class);
  private final PayTemporaryAidWorker pay = new PayTemporaryAidWorker(funds, terms);
  private final LookUpAidLimitsWorker limits = new LookUpAidLimitsWorker(terms,
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void paysAnEmergencyFromTheReserveFundKeyedByTheCaseAndSetsThePaperworkDeadline() {
    // given
    when(funds.pay("110105001", "LS-7:reserve-fund", "LS-7", new BigDecimal("3000")))
        .thenReturn(new ReserveFunds.Payment(entry(41L), false));
    when(terms.paperworkDueAt("110105001", NOW)).thenReturn(PAPERWORK_DUE);

    // when
    JobResult result = pay.handle(job("LS-7", Map.of("paymentSource", "RESERVE_FUND", "streetCode", "110105001",
        "amountRequested", 3000)));

    // then
    assertThat(result).isEqualTo(new JobResult.Completed(Map.of("paymentStatus", "PAID", "reserveFundEntryId", 41L,
        "paperworkDueAt", Date.from(PAPERWORK_DUE))));
  }

  @Test
  void reportsAnInsufficientFundAsTheBusinessErrorThatRoutesToTheRegularPath() {
    // given
    when(funds.pay(any(), any(), any(), any())).thenThrow(
        new ReserveFundInsufficientException("110105001", new BigDecimal("100.00"), new BigDecimal("3000")));

    // when
    JobResult result = pay.handle(job("LS-8", Map.of("paymentSource", "RESERVE_FUND", "streetCode", "110105001",
        "amountRequested", "3000")));

    // then
    assertThat(result).isInstanceOfSatisfying(JobResult.BusinessError.class,
        error -> assertThat(error.code()).isEqualTo("RESERVE_FUND_INSUFFICIENT"));
  }

  @Test
  void failsACountyPaymentLoudlyWhileThereIsNoPaymentChannel() {
    assertThatThrownBy(() -> pay.handle(job("LS-9", Map.of("paymentSource", "COUNTY", "streetCode", "110105001",
        "amountRequested", 800)))).isInstanceOf(IllegalStateException.class);
    verifyNoInteractions(funds);
  }

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
  void listenOnTheTopicsOfTheProcess() {
    assertThat(pay.topic()).isEqualTo("pay-temporary-aid");
    assertThat(limits.topic()).isEqualTo("look-up-aid-limits");
  }

  private static ReserveFunds.Entry entry(long id) {
    return new ReserveFunds.Entry(id, "110105001", "PAYMENT", new BigDecimal("-3000.00"), new BigDecimal("0.00"),
        "LS-7:reserve-fund", "LS-7", null, "system", NOW);
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
