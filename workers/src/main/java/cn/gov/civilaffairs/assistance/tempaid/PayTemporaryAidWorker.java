package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFundInsufficientException;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFunds;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Pays an emergency aid from the street's reserve fund, once per case however often the job is delivered; a fund
 * that cannot cover it is a business outcome (the case takes the regular path). County payments of the regular
 * path have no payment channel yet: such a job fails into an incident rather than pretending to pay.
 */
@Component
class PayTemporaryAidWorker implements JobWorker {

  static final String RESERVE_FUND = "RESERVE_FUND";

  private final ReserveFunds funds;
  private final TemporaryAidTerms terms;

  PayTemporaryAidWorker(ReserveFunds funds, TemporaryAidTerms terms) {
    this.funds = funds;
    this.terms = terms;
  }

  @Override
  public String topic() {
    return Topics.PAY_TEMPORARY_AID;
  }

  @Override
  public JobResult handle(Job job) {
    String source = job.requiredString("paymentSource");
    if (!RESERVE_FUND.equals(source)) {
      throw new IllegalStateException("No payment channel for source " + source + " yet");
    }
    String caseNumber = job.businessKey();
    String street = job.requiredString("streetCode");
    BigDecimal amount = new BigDecimal(job.requiredString("amountRequested"));
    try {
      ReserveFunds.Payment payment = funds.pay(street, caseNumber + ":reserve-fund", caseNumber, amount);
      return JobResult.completed(Map.of("paymentStatus", "PAID", "reserveFundEntryId", payment.entry().id(),
          "paperworkDueAt", Date.from(terms.paperworkDueAt(street, payment.entry().recordedAt()))));
    } catch (ReserveFundInsufficientException insufficient) {
      return JobResult.businessError(ReserveFundInsufficientException.CODE,
          "备用金余额不足：" + insufficient.properties().get("balance") + " 元，需支付 " + amount + " 元");
    }
  }
}
