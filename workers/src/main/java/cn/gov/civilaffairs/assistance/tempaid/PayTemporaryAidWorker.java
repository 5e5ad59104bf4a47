package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFundInsufficientException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Pays a temporary aid, once per case and attempt however often the job is delivered: an emergency from the
 * street's reserve fund (a fund that cannot cover it is a business outcome: the case takes the regular path), an
 * approval of the regular path by the county (its first instalment). The outcome, paid or failed with the reason,
 * goes to the process, which opens a retry step for a failure.
 */
@Component
class PayTemporaryAidWorker implements JobWorker {

  private final TemporaryAidPayments payments;
  private final TemporaryAidTerms terms;

  PayTemporaryAidWorker(TemporaryAidPayments payments, TemporaryAidTerms terms) {
    this.payments = payments;
    this.terms = terms;
  }

  @Override
  public String topic() {
    return Topics.PAY_TEMPORARY_AID;
  }

  @Override
  public JobResult handle(Job job) {
    String source = job.requiredString("paymentSource");
    String caseNumber = job.businessKey();
    TemporaryAidPayments.Payment payment;
    if (TemporaryAidPayments.RESERVE_FUND.equals(source)) {
      try {
        payment = payments.payEmergency(caseNumber, job.requiredString("streetCode"));
      } catch (ReserveFundInsufficientException insufficient) {
        return JobResult.businessError(ReserveFundInsufficientException.CODE, "备用金余额不足："
            + insufficient.properties().get("balance") + " 元，需支付 " + insufficient.properties().get("amount") + " 元");
      }
    } else if (TemporaryAidPayments.COUNTY.equals(source)) {
      payment = payments.payCounty(caseNumber);
    } else {
      throw new IllegalStateException("Unknown payment source " + source);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("paymentStatus", payment.status());
    variables.put("temporaryAidPaymentId", payment.id());
    if (!payment.paid()) {
      variables.put("paymentFailureReason", payment.failureReason());
    } else if (payment.reserveFundEntryId() != null) {
      variables.put("reserveFundEntryId", payment.reserveFundEntryId());
      variables.put("paperworkDueAt", Date.from(terms.paperworkDueAt(caseNumber, job.requiredString("streetCode"),
          payment.recordedAt())));
    }
    return JobResult.completed(variables);
  }
}
