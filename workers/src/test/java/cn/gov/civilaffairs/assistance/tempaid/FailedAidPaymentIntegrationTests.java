package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.identity.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A failed payment has a way out (issue 17, finding 8): when the payee left the household, the caseworker retries,
 * proposes another active member of the household as payee (approved by another user: the street head for an
 * emergency, the county approver on the regular path; audited, IDs masked), or closes the request unpaid with a
 * reason. The next attempt pays the new payee, once however often the job runs; a closed request is never paid.
 */
class FailedAidPaymentIntegrationTests extends TemporaryAidSupport {

  @Autowired
  TemporaryAidPayments payments;

  @Test
  @SuppressWarnings("unchecked")
  void paysTheNewPayeeOnceWhenTheStreetHeadApprovesTheChangeTheCaseworkerProposed() {
    topUp("5000");
    String caseNumber = anEmergencyWhosePayeeLeft();
    String retry = awaitTask(caseNumber, "UserTask_RetryEmergencyPayment");
    Map<String, Object> resolution = resolution(caseNumber);
    assertThat((Map<String, Object>) resolution.get("payee")).containsEntry("name", "李秀英")
        .containsEntry("active", false);
    Map<String, Object> head = ((List<Map<String, Object>>) resolution.get("candidates")).get(0);
    assertThat(head).containsEntry("name", "王建国").containsEntry("relation", "HEAD");
    assertThat((String) head.get("residentIdMasked")).contains("*");

    completed(street.caseworker(), retry, Map.of("resolution", "CHANGE_PAYEE", "payeeMemberId", head.get("memberId"),
        "note", "原收款人已迁出，改由户主王建国领取"));
    String approval = awaitTask(caseNumber, "UserTask_ApproveEmergencyPayeeChange");
    assertThat((Map<String, Object>) resolution(caseNumber).get("pending")).containsEntry("status", "PROPOSED")
        .containsEntry("proposedByName", street.caseworker())
        .satisfies(p -> assertThat((Map<String, Object>) p.get("to")).containsEntry("name", "王建国"));
    assertThat(count("select count(*) from temporary_aid_payments where case_number = ?", caseNumber)).isEqualTo(1);
    completed(street.head(), approval, Map.of("payeeChangeDecision", "APPROVE", "opinion", "同意由户主领取"));

    awaitFiling(caseNumber);
    TemporaryAidPayments.Payment replay = payments.payEmergency(caseNumber, street.code());
    assertThat(replay.paid()).isTrue();
    assertThat(replay.payeeMemberId()).isEqualTo(((Number) head.get("memberId")).longValue());
    assertThat(jdbc.queryForList("select p.status, m.name from temporary_aid_payments p join household_members m "
        + "on m.id = p.payee_member_id where p.case_number = ? order by p.id", caseNumber))
        .extracting(row -> row.get("status") + " " + row.get("name"))
        .containsExactly("FAILED 李秀英", "PAID 王建国");
    assertThat(count("select count(*) from reserve_fund_entries where case_number = ?", caseNumber)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select balance from reserve_funds where street_code = ?", BigDecimal.class,
        street.code())).isEqualByComparingTo("4000");
    Map<String, Object> after = resolution(caseNumber);
    assertThat((Map<String, Object>) after.get("payee")).containsEntry("name", "王建国");
    assertThat(after.get("pending")).isNull();
    assertThat((List<Map<String, Object>>) after.get("changes")).singleElement().satisfies(change ->
        assertThat(change).containsEntry("status", "APPROVED").containsEntry("decidedByName", street.head())
            .containsEntry("opinion", "同意由户主领取"));
    String audited = jdbc.queryForObject("select before::text || after::text from audit_events "
        + "where case_number = ? and action = 'TEMPORARY_AID_PAYEE_CHANGED'", String.class, caseNumber);
    assertThat(audited).contains("李秀英", "王建国", "*").doesNotContain(residentIdOf(head));
    assertThat((List<Map<String, Object>>) caseOf(caseNumber).get("timeline")).extracting(e -> e.get("type"))
        .contains("AID_PAYMENT_FAILED", "AID_PAYEE_CHANGE_PROPOSED", "AID_PAYEE_CHANGED", "AID_PAID");
  }

  @Test
  void refusesTheApprovalOfAPayeeChangeByTheUserWhoProposedIt() {
    topUp("5000");
    String both = "aid.both." + street.code();
    ensureUser(both, street.code(), Role.CASEWORKER, Role.STREET_HEAD);
    String caseNumber = anEmergencyWhosePayeeLeft();
    completed(both, awaitTask(caseNumber, "UserTask_RetryEmergencyPayment"), Map.of("resolution", "CHANGE_PAYEE",
        "payeeMemberId", headMemberId(caseNumber), "note", "改由户主领取"));
    String approval = awaitTask(caseNumber, "UserTask_ApproveEmergencyPayeeChange");

    ResponseEntity<Map<String, Object>> ownApproval = complete(both, approval,
        Map.of("payeeChangeDecision", "APPROVE", "opinion", "同意"));

    assertThat(ownApproval.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ownApproval.getBody()).containsEntry("code", "SEPARATION_OF_DUTIES");
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isEqualTo(1);
    assertThat(count("select count(*) from temporary_aid_payee_changes where case_number = ? and status = 'PROPOSED'",
        caseNumber)).isEqualTo(1);
    completed(street.head(), approval, Map.of("payeeChangeDecision", "APPROVE", "opinion", "同意"));
    awaitFiling(caseNumber);
  }

  @Test
  @SuppressWarnings("unchecked")
  void closesAFailedPaymentUnpaidWithItsReasonAndPaysNothingAfterwards() {
    topUp("5000");
    String caseNumber = anEmergencyWhosePayeeLeft();

    completed(street.caseworker(), awaitTask(caseNumber, "UserTask_RetryEmergencyPayment"), Map.of(
        "resolution", "CLOSE", "closeReason", "受助人已去世，家属表示不再申请"));

    awaitClosed(caseNumber, "EndEvent_EmergencyClosedUnpaid");
    assertThat(caseOf(caseNumber)).containsEntry("outcomeName", "未发放结案");
    assertThat((List<Map<String, Object>>) caseOf(caseNumber).get("timeline")).anySatisfy(entry ->
        assertThat(entry).containsEntry("type", "AID_CLOSED_UNPAID")
            .satisfies(e -> assertThat((String) e.get("detail")).contains("受助人已去世，家属表示不再申请")));
    assertThat((Map<String, Object>) resolution(caseNumber).get("closure"))
        .containsEntry("reason", "受助人已去世，家属表示不再申请").containsEntry("closedByName", street.caseworker());
    assertThat(count("select count(*) from temporary_aid_payments where case_number = ? and status = 'PAID'",
        caseNumber)).isZero();
    assertThat(count("select count(*) from reserve_fund_entries where case_number = ?", caseNumber)).isZero();
    assertThat(count("select count(*) from temporary_aid_filings where case_number = ?", caseNumber)).isZero();
    reactivateApplicant(caseNumber);
    assertThatThrownBy(() -> payments.payEmergency(caseNumber, street.code())).isInstanceOf(ApiException.class)
        .hasMessage("AID_REQUEST_CLOSED");
    assertThat(count("select count(*) from audit_events where case_number = ? and action = "
        + "'TEMPORARY_AID_CLOSED_UNPAID'", caseNumber)).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void refusesToCloseWithoutAReasonOrToPayAMemberWhoIsNotAnActiveMember() {
    topUp("5000");
    String caseNumber = anEmergencyWhosePayeeLeft();
    String retry = awaitTask(caseNumber, "UserTask_RetryEmergencyPayment");
    long spouse = jdbc.queryForObject("select applicant_member_id from cases where case_number = ?", Long.class,
        caseNumber);
    long stranger = jdbc.queryForObject("select min(id) from household_members where household_id <> "
        + "(select household_id from cases where case_number = ?) and active", Long.class, caseNumber);

    ResponseEntity<Map<String, Object>> noReason = complete(street.caseworker(), retry, Map.of("resolution", "CLOSE",
        "closeReason", " "));
    ResponseEntity<Map<String, Object>> samePayee = complete(street.caseworker(), retry, Map.of("resolution",
        "CHANGE_PAYEE", "payeeMemberId", spouse, "note", "x"));
    ResponseEntity<Map<String, Object>> otherHousehold = complete(street.caseworker(), retry, Map.of("resolution",
        "CHANGE_PAYEE", "payeeMemberId", stranger));
    ResponseEntity<Map<String, Object>> nothing = complete(street.caseworker(), retry, Map.of());

    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat((List<Map<String, Object>>) noReason.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "closeReason").containsEntry("code", "REQUIRED"));
    assertThat((List<Map<String, Object>>) samePayee.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "payeeMemberId").containsEntry("code", "SAME_PAYEE"));
    assertThat((List<Map<String, Object>>) otherHousehold.getBody().get("errors"))
        .extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactlyInAnyOrder("payeeMemberId PAYEE_NOT_ACTIVE_MEMBER", "note REQUIRED");
    assertThat((List<Map<String, Object>>) nothing.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactly("resolution");
    assertThat(tasks.createTaskQuery().taskId(retry).count()).isEqualTo(1);
    assertThat(caseOf(caseNumber)).containsEntry("status", "OPEN");
    assertThat(count("select count(*) from temporary_aid_payee_changes where case_number = ?", caseNumber)).isZero();
  }

  @Test
  void retriesTheSamePayeeWhenTheCaseworkerChoosesToRetry() {
    topUp("5000");
    String caseNumber = anEmergencyWhosePayeeLeft();
    String retry = awaitTask(caseNumber, "UserTask_RetryEmergencyPayment");
    reactivateApplicant(caseNumber); // the household file was corrected: she had not moved out

    completed(street.caseworker(), retry, Map.of("resolution", "RETRY", "note", "经核实收款人仍在本户，重新发放"));

    awaitFiling(caseNumber);
    assertThat(jdbc.queryForList("select status from temporary_aid_payments where case_number = ? order by id",
        String.class, caseNumber)).containsExactly("FAILED", "PAID");
    assertThat(count("select count(*) from temporary_aid_payee_changes where case_number = ?", caseNumber)).isZero();
  }

  @Test
  @SuppressWarnings("unchecked")
  void letsTheCountyApproverApproveAChangeOfPayeeOnTheRegularPathAndNeverPaysAClosedRequest() {
    String changed = aCountyApprovalWhosePayeeLeft();
    completed(street.caseworker(), awaitTask(changed, "UserTask_RetryApprovedPayment"), Map.of(
        "resolution", "CHANGE_PAYEE", "payeeMemberId", headMemberId(changed), "note", "改由户主领取"));
    String approval = awaitTask(changed, "UserTask_ApproveCountyPayeeChange");
    assertThat(tasks.createTaskQuery().taskId(approval).taskCandidateGroup("county-approver:"
        + TemporaryAidStreet.DISTRICT).count()).isEqualTo(1);
    completed(TemporaryAidStreet.APPROVER, approval, Map.of("payeeChangeDecision", "APPROVE", "opinion", "同意"));
    awaitClosed(changed, "EndEvent_AidPaid");
    assertThat(jdbc.queryForList("select p.status || ' ' || m.name from temporary_aid_payments p "
        + "join household_members m on m.id = p.payee_member_id where p.case_number = ? order by p.id", String.class,
        changed)).containsExactly("FAILED 李秀英", "PAID 王建国");

    String closed = aCountyApprovalWhosePayeeLeft();
    completed(street.caseworker(), awaitTask(closed, "UserTask_RetryApprovedPayment"), Map.of(
        "resolution", "CLOSE", "closeReason", "受助家庭已迁往外省"));
    awaitClosed(closed, "EndEvent_ApprovedClosedUnpaid");
    reactivateApplicant(closed);
    jdbc.update("update temporary_aid_instalments set due_on = current_date where case_number = ?", closed);
    ResponseEntity<Map<String, Object>> instalment = as(street.caseworker()).exchange("/api/temporary-aid/cases/"
        + closed + "/instalments/1/payment", HttpMethod.POST, null, JSON_OBJECT);
    assertThat(instalment.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(instalment.getBody()).containsEntry("code", "AID_REQUEST_CLOSED");
    assertThat(count("select count(*) from temporary_aid_payments where case_number = ? and status = 'PAID'",
        closed)).isZero();
  }

  /** An emergency applied for by the spouse, who leaves the household before the head approves it. */
  private String anEmergencyWhosePayeeLeft() {
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 1000, a -> a.put("applicantResidentId",
        spouseOf(a))));
    String approval = awaitTask(caseNumber, "UserTask_ApproveEmergencyAid");
    applicantLeaves(caseNumber);
    completed(street.head(), approval, Map.of("emergencyDecision", "APPROVE", "opinion", "同意"));
    return caseNumber;
  }

  /** An expenditure case applied for by the spouse, who leaves before the county approves it. */
  private String aCountyApprovalWhosePayeeLeft() {
    String caseNumber = accept(street.application("EXPENDITURE", "SPENDING_SHOCK", 1200, a -> a.put(
        "applicantResidentId", spouseOf(a))));
    completed(street.reviewer(), awaitTask(caseNumber, "UserTask_ReviewAtStreet"), Map.of("streetOpinion",
        "APPROVE", "reasons", "同意"));
    String approval = awaitTask(caseNumber, "UserTask_ApproveAtCounty");
    applicantLeaves(caseNumber);
    completed(TemporaryAidStreet.APPROVER, approval, Map.of("countyDecision", "APPROVE", "instalments", 2,
        "reasons", "批准"));
    return caseNumber;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolution(String caseNumber) {
    return (Map<String, Object>) as(street.caseworker()).exchange("/api/temporary-aid/cases/" + caseNumber,
        HttpMethod.GET, null, JSON_OBJECT).getBody().get("resolution");
  }

  private long headMemberId(String caseNumber) {
    return jdbc.queryForObject("select m.id from household_members m join cases c on c.household_id = m.household_id "
        + "where c.case_number = ? and m.relation = 'HEAD'", Long.class, caseNumber);
  }

  private String residentIdOf(Map<String, Object> member) {
    return jdbc.queryForObject("select resident_id from household_members where id = ?", String.class,
        ((Number) member.get("memberId")).longValue());
  }



  private void reactivateApplicant(String caseNumber) {
    jdbc.update("update household_members set active = true, left_on = null where id = "
        + "(select applicant_member_id from cases where case_number = ?)", caseNumber);
  }
}
