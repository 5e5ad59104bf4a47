package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFundInsufficientException;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFunds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of temporary aid. An emergency is paid from the street's reserve fund (a ledger debit); an approval of
 * the regular path is paid by the county (a payment record outside the fund), in one or more dated instalments
 * whose sum is the approved amount. Every attempt is keyed by case, source, stage and attempt (the attempt counts
 * the failed-payment steps completed), so a replayed job pays nothing twice and a retry after a failure pays again.
 * An attempt pays the payee of the case (the applicant, or the member an approved change of payee named) and fails,
 * with its reason recorded, when the payee is no longer an active member of the household. A request closed unpaid
 * is never paid (409 {@code AID_REQUEST_CLOSED}).
 */
@Service
@Transactional(noRollbackFor = ReserveFundInsufficientException.class)
public class TemporaryAidPayments {

  public static final String RESERVE_FUND = "RESERVE_FUND";
  public static final String COUNTY = "COUNTY";
  static final String EMERGENCY_APPROVAL = "UserTask_ApproveEmergencyAid";
  static final String COUNTY_APPROVAL = "UserTask_ApproveAtCounty";
  static final String EMERGENCY_RETRY = "UserTask_RetryEmergencyPayment";
  static final String COUNTY_RETRY = "UserTask_RetryApprovedPayment";
  static final int MAX_INSTALMENTS = 12;

  private final JdbcTemplate jdbc;
  private final ReserveFunds funds;
  private final TemporaryAidRequests requests;
  private final AidPaymentResolutions resolutions;
  private final ApplicationCases cases;
  private final CaseTimeline timeline;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;

  TemporaryAidPayments(JdbcTemplate jdbc, ReserveFunds funds, TemporaryAidRequests requests,
      AidPaymentResolutions resolutions, ApplicationCases cases, CaseTimeline timeline, AuditLog audit, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.funds = funds;
    this.requests = requests;
    this.resolutions = resolutions;
    this.cases = cases;
    this.timeline = timeline;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  public record Payment(long id, String caseNumber, String paymentKey, String source, int stage, BigDecimal amount,
      String status, String failureReason, Long reserveFundEntryId, long payeeMemberId, String payeeName,
      String recordedBy, Instant recordedAt) {

    public boolean paid() {
      return "PAID".equals(status);
    }
  }

  public record Instalment(int stage, BigDecimal amount, LocalDate dueOn, Long paymentId) {}

  /** What was approved and what has been paid of it, stage by stage. */
  public record Account(String caseNumber, BigDecimal approvedAmount, BigDecimal paidAmount,
      List<Instalment> instalments, List<Payment> payments) {}

  /**
   * Pays an approved emergency from the street's reserve fund: the street head's approved amount, or the amount
   * requested when the head gave none. A fund that cannot cover it throws {@link ReserveFundInsufficientException}.
   */
  public Payment payEmergency(String caseNumber, String streetCode) {
    BigDecimal amount = approvedAmount(caseNumber, EMERGENCY_APPROVAL);
    String key = caseNumber + ":" + RESERVE_FUND + ":1:" + attempt(caseNumber, EMERGENCY_RETRY);
    Optional<Payment> earlier = byKey(key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    resolutions.requireOpen(caseNumber);
    Optional<String> payeeProblem = payeeProblem(caseNumber);
    if (payeeProblem.isPresent()) {
      return record(caseNumber, key, RESERVE_FUND, 1, amount, payeeProblem.get(), null);
    }
    ReserveFunds.Payment debit = funds.pay(streetCode, caseNumber + ":reserve-fund", caseNumber, amount);
    return record(caseNumber, key, RESERVE_FUND, 1, amount, null, debit.entry().id());
  }

  /**
   * Pays the first instalment of a county approval (the plan of instalments is made on the first call: the
   * approved amount split into the approved number of monthly instalments, the last taking the remainder).
   */
  public Payment payCounty(String caseNumber) {
    List<Instalment> plan = planInstalments(caseNumber);
    String key = caseNumber + ":" + COUNTY + ":1:" + attempt(caseNumber, COUNTY_RETRY);
    Optional<Payment> earlier = byKey(key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    resolutions.requireOpen(caseNumber);
    Payment payment = record(caseNumber, key, COUNTY, 1, plan.get(0).amount(), payeeProblem(caseNumber).orElse(null),
        null);
    if (payment.paid()) {
      jdbc.update("update temporary_aid_instalments set payment_id = ? where case_number = ? and stage = 1",
          payment.id(), caseNumber);
    }
    return payment;
  }

  /**
   * Pays a later instalment of a county approval, once it is due and the earlier ones are paid; never more than
   * approved in total. Keyed by stage: paying a paid stage again answers the first payment.
   */
  public Payment payInstalment(String caseNumber, int stage) {
    cases.require(caseNumber);
    lockRequest(caseNumber);
    List<Instalment> plan = instalments(caseNumber);
    Instalment instalment = plan.stream().filter(i -> i.stage() == stage).findFirst()
        .orElseThrow(() -> ApiException.notFound("INSTALMENT_NOT_FOUND"));
    if (instalment.paymentId() != null) {
      return payment(instalment.paymentId());
    }
    resolutions.requireOpen(caseNumber);
    if (plan.stream().anyMatch(i -> i.stage() < stage && i.paymentId() == null)) {
      throw ApiException.conflict("EARLIER_INSTALMENT_UNPAID", Map.of());
    }
    if (instalment.dueOn().isAfter(today())) {
      throw ApiException.conflict("INSTALMENT_NOT_DUE", Map.of("dueOn", instalment.dueOn()));
    }
    BigDecimal approved = approvedAmount(caseNumber, COUNTY_APPROVAL);
    if (paidAmount(caseNumber).add(instalment.amount()).compareTo(approved) > 0) {
      throw ApiException.conflict("MORE_THAN_APPROVED", Map.of("approvedAmount", approved));
    }
    Integer failed = jdbc.queryForObject("select count(*) from temporary_aid_payments where case_number = ? "
        + "and stage = ? and status = 'FAILED'", Integer.class, caseNumber, stage);
    String key = caseNumber + ":" + COUNTY + ":" + stage + ":" + (1 + (failed == null ? 0 : failed));
    Payment payment = record(caseNumber, key, COUNTY, stage, instalment.amount(),
        payeeProblem(caseNumber).orElse(null), null);
    if (payment.paid()) {
      jdbc.update("update temporary_aid_instalments set payment_id = ? where case_number = ? and stage = ?",
          payment.id(), caseNumber, stage);
    }
    return payment;
  }

  /** The case's approved amount, instalments and payments; 404 outside the caller's scope. */
  @Transactional(readOnly = true)
  public Account account(String caseNumber) {
    cases.require(caseNumber);
    List<Payment> payments = jdbc.query(SELECT + " where p.case_number = ? order by p.id",
        TemporaryAidPayments::payment, caseNumber);
    boolean county = payments.stream().anyMatch(p -> p.source().equals(COUNTY))
        || !instalments(caseNumber).isEmpty();
    BigDecimal approved = requests.find(caseNumber).isEmpty() ? null
        : approvedAmount(caseNumber, county ? COUNTY_APPROVAL : EMERGENCY_APPROVAL);
    return new Account(caseNumber, approved, paidAmount(caseNumber), instalments(caseNumber), payments);
  }

  private List<Instalment> planInstalments(String caseNumber) {
    lockRequest(caseNumber);
    List<Instalment> plan = instalments(caseNumber);
    if (!plan.isEmpty()) {
      return plan;
    }
    BigDecimal approved = approvedAmount(caseNumber, COUNTY_APPROVAL);
    int count = Math.max(1, Math.min(MAX_INSTALMENTS, completionNumber(caseNumber, COUNTY_APPROVAL, "instalments")
        .map(BigDecimal::intValue).orElse(1)));
    BigDecimal each = approved.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    LocalDate first = today();
    for (int stage = 1; stage <= count; stage++) {
      BigDecimal amount = stage < count ? each : approved.subtract(each.multiply(BigDecimal.valueOf(count - 1)));
      jdbc.update("insert into temporary_aid_instalments (case_number, stage, amount, due_on) values (?, ?, ?, ?)",
          caseNumber, stage, amount, java.sql.Date.valueOf(first.plusMonths(stage - 1)));
    }
    timeline.record(caseNumber, "instalments", "AID_INSTALMENTS_PLANNED", null, DataScope.actor(),
        "批准金额 " + approved.toPlainString() + " 元，分 " + count + " 次发放");
    return instalments(caseNumber);
  }

  private List<Instalment> instalments(String caseNumber) {
    return jdbc.query("select stage, amount, due_on, payment_id from temporary_aid_instalments "
        + "where case_number = ? order by stage", (rs, i) -> new Instalment(rs.getInt(1), rs.getBigDecimal(2),
        rs.getDate(3).toLocalDate(), (Long) rs.getObject(4)), caseNumber);
  }

  private Payment record(String caseNumber, String key, String source, int stage, BigDecimal amount,
      String failureReason, Long fundEntryId) {
    Long id = jdbc.queryForObject("""
        insert into temporary_aid_payments (case_number, payment_key, source, stage, amount, status, failure_reason,
          reserve_fund_entry_id, payee_member_id, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
        Long.class, caseNumber, key, source, stage, amount, failureReason == null ? "PAID" : "FAILED",
        failureReason, fundEntryId, resolutions.payeeMemberId(caseNumber), DataScope.actor(),
        Timestamp.from(clock.instant()));
    Payment payment = payment(id);
    String what = (RESERVE_FUND.equals(source) ? "街道备用金" : "区县") + "第 " + stage + " 笔 "
        + amount.toPlainString() + " 元（收款人 " + payment.payeeName() + "）";
    timeline.record(caseNumber, "payment:" + key, payment.paid() ? "AID_PAID" : "AID_PAYMENT_FAILED", null,
        DataScope.actor(), payment.paid() ? "已发放：" + what : "发放失败：" + what + "，" + failureReason);
    audit.record(AuditLog.Entry.of(payment.paid() ? "TEMPORARY_AID_PAID" : "TEMPORARY_AID_PAYMENT_FAILED",
        "temporary_aid_payment", id).inCase(caseNumber).change(null, payment));
    return payment;
  }

  /** Why the payee cannot be paid, if they cannot: the payee left the household (moved out or died). */
  private Optional<String> payeeProblem(String caseNumber) {
    Boolean active = jdbc.queryForObject("select active from household_members where id = ?", Boolean.class,
        resolutions.payeeMemberId(caseNumber));
    return Boolean.TRUE.equals(active) ? Optional.empty()
        : Optional.of("收款人已不是本户在册成员（迁出或死亡），请核实收款人");
  }

  private BigDecimal approvedAmount(String caseNumber, String approvalStep) {
    return completionNumber(caseNumber, approvalStep, "approvedAmount").filter(a -> a.signum() > 0)
        .orElseGet(() -> requests.require(caseNumber).details().amountRequested()).setScale(2, RoundingMode.HALF_UP);
  }

  private Optional<BigDecimal> completionNumber(String caseNumber, String step, String field) {
    return jdbc.query("select data ->> ? from task_completions where case_number = ? and step = ? "
        + "order by completed_at desc limit 1", (rs, i) -> rs.getString(1), field, caseNumber, step).stream()
        .filter(v -> v != null && !v.isBlank()).findFirst().map(BigDecimal::new);
  }

  private int attempt(String caseNumber, String retryStep) {
    Integer retries = jdbc.queryForObject("select count(*) from task_completions where case_number = ? and step = ?",
        Integer.class, caseNumber, retryStep);
    return 1 + (retries == null ? 0 : retries);
  }

  private BigDecimal paidAmount(String caseNumber) {
    return jdbc.queryForObject("select coalesce(sum(amount), 0) from temporary_aid_payments "
        + "where case_number = ? and status = 'PAID'", BigDecimal.class, caseNumber).setScale(2);
  }

  private void lockRequest(String caseNumber) {
    if (jdbc.query("select 1 from temporary_aid_requests where case_number = ? for update", (rs, i) -> 1,
        caseNumber).isEmpty()) {
      throw ApiException.notFound("CASE_NOT_FOUND");
    }
  }

  private Optional<Payment> byKey(String key) {
    return jdbc.query(SELECT + " where p.payment_key = ?", TemporaryAidPayments::payment, key).stream()
        .findFirst();
  }

  private Payment payment(long id) {
    return jdbc.queryForObject(SELECT + " where p.id = ?", TemporaryAidPayments::payment, id);
  }

  private static final String SELECT = "select p.*, m.name as payee_name from temporary_aid_payments p "
      + "join household_members m on m.id = p.payee_member_id";

  private LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }

  private static Payment payment(ResultSet rs, int row) throws SQLException {
    return new Payment(rs.getLong("id"), rs.getString("case_number"), rs.getString("payment_key"),
        rs.getString("source"), rs.getInt("stage"), rs.getBigDecimal("amount"), rs.getString("status"),
        rs.getString("failure_reason"), (Long) rs.getObject("reserve_fund_entry_id"), rs.getLong("payee_member_id"),
        rs.getString("payee_name"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
