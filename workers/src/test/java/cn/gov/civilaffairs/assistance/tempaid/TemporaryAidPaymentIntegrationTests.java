package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Payments: the emergency from the reserve fund, county payments outside it in instalments, failed attempts with
 * their reason and a retry step; keyed, so a replayed job pays nothing twice.
 */
class TemporaryAidPaymentIntegrationTests extends TemporaryAidSupport {

  @Autowired
  TemporaryAidPayments payments;

  @Test
  void paysAnEmergencyOnceHoweverOftenThePaymentJobRuns() {
    topUp("5000");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 1000));
    approveEmergency(caseNumber, null);
    awaitFiling(caseNumber);

    TemporaryAidPayments.Payment replay = payments.payEmergency(caseNumber, street.code());

    assertThat(replay.paid()).isTrue();
    assertThat(count("select count(*) from temporary_aid_payments where case_number = ?", caseNumber)).isEqualTo(1);
    assertThat(count("select count(*) from reserve_fund_entries where case_number = ?", caseNumber)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select balance from reserve_funds where street_code = ?", BigDecimal.class,
        street.code())).isEqualByComparingTo("4000");
  }

  @Test
  void takesTheRegularPathWhenTheFundCannotCoverTheEmergency() {
    topUp("500");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 1000));
    approveEmergency(caseNumber, null);

    awaitTask(caseNumber, "UserTask_ReviewAtStreet");

    assertThat(count("select count(*) from temporary_aid_payments where case_number = ?", caseNumber)).isZero();
    assertThat(jdbc.queryForObject("select balance from reserve_funds where street_code = ?", BigDecimal.class,
        street.code())).isEqualByComparingTo("500");
  }

  @Test
  void recordsAFailedPaymentWithItsReasonAndOpensTheRetryStepWithoutTouchingTheFund() {
    topUp("5000");
    Map<String, Object> application = street.application("EMERGENCY", "ACCIDENT", 1000, a -> a.put(
        "applicantResidentId", spouseOf(a)));
    String caseNumber = accept(application);
    String approval = awaitTask(caseNumber, "UserTask_ApproveEmergencyAid");
    applicantLeaves(caseNumber);
    completed(street.head(), approval, Map.of("emergencyDecision", "APPROVE", "opinion", "同意"));

    String retry = awaitTask(caseNumber, "UserTask_RetryEmergencyPayment");
    completed(street.caseworker(), retry, Map.of("resolution", "RETRY", "note", "收款人已迁出，正在核实"));
    awaitTask(caseNumber, "UserTask_RetryEmergencyPayment");

    List<Map<String, Object>> attempts = jdbc.queryForList("select status, failure_reason, payment_key "
        + "from temporary_aid_payments where case_number = ? order by id", caseNumber);
    assertThat(attempts).hasSize(2).allSatisfy(a -> assertThat(a).containsEntry("status", "FAILED")
        .satisfies(row -> assertThat((String) row.get("failure_reason")).contains("收款人")));
    assertThat(attempts).extracting(a -> a.get("payment_key")).doesNotHaveDuplicates();
    assertThat(count("select count(*) from reserve_fund_entries where case_number = ?", caseNumber)).isZero();
    assertThat(count("select count(*) from temporary_aid_filings where case_number = ?", caseNumber)).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void paysACountyApprovalInDatedInstalmentsOutsideTheFundAndNeverMoreThanApproved() {
    String caseNumber = accept(street.application("EXPENDITURE", "SPENDING_SHOCK", 3600));
    completed(street.reviewer(), awaitTask(caseNumber, "UserTask_ReviewAtStreet"), Map.of("streetOpinion",
        "APPROVE", "reasons", "医疗支出骤增，同意救助"));
    completed(TemporaryAidStreet.APPROVER, awaitTask(caseNumber, "UserTask_ApproveAtCounty"), Map.of(
        "countyDecision", "APPROVE", "approvedAmount", 3000, "instalments", 3, "reasons", "批准，分三次发放"));
    awaitClosed(caseNumber, "EndEvent_AidPaid");

    Map<String, Object> account = account(caseNumber);
    assertThat(new BigDecimal(account.get("approvedAmount").toString())).isEqualByComparingTo("3000");
    assertThat(new BigDecimal(account.get("paidAmount").toString())).isEqualByComparingTo("1000");
    assertThat((List<Map<String, Object>>) account.get("instalments")).extracting(i -> i.get("stage"))
        .containsExactly(1, 2, 3);
    assertThat((List<Map<String, Object>>) account.get("payments")).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("source", "COUNTY").containsEntry("stage", 1)
            .doesNotContainKey("reserveFundEntryId"));
    assertThat(count("select count(*) from reserve_fund_entries where case_number = ?", caseNumber)).isZero();

    ResponseEntity<Map<String, Object>> notDue = payStage(caseNumber, 2);
    ResponseEntity<Map<String, Object>> skipped = payStage(caseNumber, 3);
    ResponseEntity<Map<String, Object>> byClerk = as(street.clerk()).exchange("/api/temporary-aid/cases/"
        + caseNumber + "/instalments/2/payment", HttpMethod.POST, null, JSON_OBJECT);
    jdbc.update("update temporary_aid_instalments set due_on = current_date where case_number = ?", caseNumber);
    ResponseEntity<Map<String, Object>> second = payStage(caseNumber, 2);
    ResponseEntity<Map<String, Object>> secondAgain = payStage(caseNumber, 2);
    ResponseEntity<Map<String, Object>> third = payStage(caseNumber, 3);
    ResponseEntity<Map<String, Object>> unknown = payStage(caseNumber, 4);

    assertThat(notDue.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(notDue.getBody()).containsEntry("code", "INSTALMENT_NOT_DUE");
    assertThat(skipped.getBody()).containsEntry("code", "EARLIER_INSTALMENT_UNPAID");
    assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(second.getBody()).containsEntry("status", "PAID").containsEntry("stage", 2);
    assertThat(secondAgain.getBody()).containsEntry("id", second.getBody().get("id"));
    assertThat(new BigDecimal(third.getBody().get("amount").toString())).isEqualByComparingTo("1000");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new BigDecimal(account(caseNumber).get("paidAmount").toString())).isEqualByComparingTo("3000");
    assertThat(jdbc.queryForObject("select sum(amount) from temporary_aid_instalments where case_number = ?",
        BigDecimal.class, caseNumber)).isEqualByComparingTo("3000");
  }

  @Test
  void splitsAnAmountThatDoesNotDivideEvenlyWithTheRemainderInTheLastInstalment() {
    String caseNumber = accept(street.application("EXPENDITURE", "SUDDEN_ILLNESS", 1000));
    completed(street.reviewer(), awaitTask(caseNumber, "UserTask_ReviewAtStreet"), Map.of("streetOpinion",
        "APPROVE", "reasons", "同意"));
    completed(TemporaryAidStreet.APPROVER, awaitTask(caseNumber, "UserTask_ApproveAtCounty"), Map.of(
        "countyDecision", "APPROVE", "instalments", 3, "reasons", "按申请金额批准"));
    awaitClosed(caseNumber, "EndEvent_AidPaid");

    assertThat(jdbc.queryForList("select amount from temporary_aid_instalments where case_number = ? order by stage",
        BigDecimal.class, caseNumber)).extracting(BigDecimal::toPlainString)
        .containsExactly("333.33", "333.33", "333.34");
  }

  private ResponseEntity<Map<String, Object>> payStage(String caseNumber, int stage) {
    return as(street.caseworker()).exchange("/api/temporary-aid/cases/" + caseNumber + "/instalments/" + stage
        + "/payment", HttpMethod.POST, null, JSON_OBJECT);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> account(String caseNumber) {
    return (Map<String, Object>) as(street.caseworker()).exchange("/api/temporary-aid/cases/" + caseNumber,
        HttpMethod.GET, null, JSON_OBJECT).getBody().get("account");
  }
}
