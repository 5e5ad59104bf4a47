package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An emergency from the window to the county's accepted filing, over HTTP with the real engine and workers, as the
 * people of one street and its county work it; and the county's query answered by the street.
 */
class TemporaryAidJourneyIntegrationTests extends TemporaryAidSupport {

  @Autowired
  PaperworkEscalation escalation;

  @Autowired
  TemporaryAidFilings filings;

  @Autowired
  TemporaryAidRequests requests;

  @Test
  @SuppressWarnings("unchecked")
  void paysAnEmergencyFromTheReserveFundAndFilesItUntilTheCountyAcceptsIt() {
    // The county has funded the street; the window records a sudden illness.
    topUp("10000");
    String caseNumber = accept(street.application("EMERGENCY", "SUDDEN_ILLNESS", 3000));

    // No earlier aid for the same reason, within the ceiling (3 x 1450): the street head approves 2800 at once.
    approveEmergency(caseNumber, 2800);

    // Paid from the fund; the filing appears on the county's list with the summary it needs.
    Map<String, Object> filing = awaitFiling(caseNumber);
    assertThat(filing).containsEntry("caseNumber", caseNumber).containsEntry("streetCode", street.code())
        .containsEntry("personName", "王建国").containsEntry("aidType", "EMERGENCY")
        .containsEntry("reason", "SUDDEN_ILLNESS").containsEntry("aidForm", "CASH")
        .containsEntry("reviewStatus", "FILED").containsEntry("paperworkStatus", "PENDING")
        .containsKeys("paidAt", "paperworkDueAt");
    assertThat((String) filing.get("personIdMasked")).contains("*").hasSize(18);
    assertThat(new BigDecimal(filing.get("amountPaid").toString())).isEqualByComparingTo("2800");
    assertThat(new BigDecimal(as(street.head()).exchange("/api/reserve-funds/" + street.code(), HttpMethod.GET,
        null, JSON_OBJECT).getBody().get("balance").toString())).isEqualByComparingTo("7200");

    // The street completes the paperwork; the county auditor accepts the filing; the case ends paid and filed.
    completePaperwork(caseNumber);
    ResponseEntity<Map<String, Object>> accepted = filingAction(TemporaryAidStreet.AUDITOR, filing.get("id"),
        "accept", Map.of("remark", "手续齐全"));
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(accepted.getBody()).containsEntry("reviewStatus", "ACCEPTED")
        .containsEntry("paperworkStatus", "COMPLETED");
    awaitClosed(caseNumber, "EndEvent_EmergencyAidPaid");
    assertThat((List<Map<String, Object>>) caseOf(caseNumber).get("timeline")).extracting(e -> e.get("type"))
        .contains("AID_REPEAT_CLEARED", "AID_PAID", "FILED_WITH_COUNTY");
    Map<String, Object> aid = as(street.head()).exchange("/api/temporary-aid/cases/" + caseNumber, HttpMethod.GET,
        null, JSON_OBJECT).getBody();
    assertThat((List<Map<String, Object>>) ((Map<String, Object>) aid.get("account")).get("payments"))
        .singleElement().satisfies(p -> assertThat(p).containsEntry("source", "RESERVE_FUND")
            .containsEntry("status", "PAID"));
  }

  @Test
  void refusesAnApprovalWithoutAnOpinionOrAboveTheAmountRequestedAndPaysNothing() {
    topUp("10000");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 4000));
    String approval = awaitTask(caseNumber, "UserTask_ApproveEmergencyAid");

    ResponseEntity<Map<String, Object>> refused = complete(street.head(), approval, Map.of("emergencyDecision",
        "PAY", "approvedAmount", 4200, "colour", "red"));
    ResponseEntity<Map<String, Object>> tooMuch = complete(street.head(), approval, Map.of("emergencyDecision",
        "APPROVE", "approvedAmount", 4000.01, "opinion", "同意"));

    assertThat(errors(refused)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "colour:UNKNOWN_FIELD", "emergencyDecision:INVALID_VALUE", "opinion:REQUIRED",
        "approvedAmount:MORE_THAN_REQUESTED");
    assertThat(errors(tooMuch)).extracting(e -> e.get("code")).containsExactly("MORE_THAN_REQUESTED");
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isEqualTo(1);
    assertThat(as(street.head()).exchange("/api/tasks/" + approval, HttpMethod.GET, null, JSON_OBJECT).getBody())
        .containsEntry("formKey", "builtin:approve-emergency-aid");
    Map<String, Object> aid = as(street.head()).exchange("/api/temporary-aid/cases/" + caseNumber, HttpMethod.GET,
        null, JSON_OBJECT).getBody();
    assertThat(new BigDecimal(aid.get("fundBalance").toString())).isEqualByComparingTo("10000");
    assertThat(new BigDecimal(((Map<?, ?>) aid.get("limits")).get("streetCeiling").toString()))
        .isEqualByComparingTo("4350");
  }

  @Test
  void sendsTheCountysQueryToTheStreetHeadAndTheAnswerBackUntilAccepted() {
    topUp("5000");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 1200));
    approveEmergency(caseNumber, null);
    Object filingId = awaitFiling(caseNumber).get("id");

    ResponseEntity<Map<String, Object>> early = filingAction(street.head(), filingId, "answer",
        Map.of("answer", "尚未质询"));
    ResponseEntity<Map<String, Object>> empty = filingAction(TemporaryAidStreet.AUDITOR, filingId, "query",
        Map.of("query", " "));
    ResponseEntity<Map<String, Object>> byClerk = filingAction(street.clerk(), filingId, "query",
        Map.of("query", "请说明"));
    ResponseEntity<Map<String, Object>> otherCounty = filingAction(TemporaryAidStreet.OTHER_AUDITOR, filingId,
        "query", Map.of("query", "请说明"));
    awaitTask(caseNumber, "UserTask_ReviewFiling");
    ResponseEntity<Map<String, Object>> queried = filingAction(TemporaryAidStreet.AUDITOR, filingId, "query",
        Map.of("query", "请说明为何未先行核实收入"));
    awaitTask(caseNumber, "UserTask_AnswerFilingQuery");
    ResponseEntity<Map<String, Object>> answered = filingAction(street.head(), filingId, "answer",
        Map.of("answer", "情况紧急，已于事后核实，家庭无其他收入来源。"));
    awaitTask(caseNumber, "UserTask_ReviewFiling");
    ResponseEntity<Map<String, Object>> accepted = filingAction(TemporaryAidStreet.AUDITOR, filingId, "accept",
        null);

    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).containsEntry("code", "FILING_NOT_QUERIED");
    assertThat(errors(empty)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactly("query:REQUIRED");
    assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherCounty.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(queried.getBody()).containsEntry("reviewStatus", "QUERIED")
        .containsEntry("query", "请说明为何未先行核实收入");
    assertThat(answered.getBody()).containsEntry("reviewStatus", "ANSWERED")
        .containsEntry("answer", "情况紧急，已于事后核实，家庭无其他收入来源。");
    assertThat(accepted.getBody()).containsEntry("reviewStatus", "ACCEPTED")
        .containsEntry("paperworkStatus", "PENDING");
    assertThat(filingAction(TemporaryAidStreet.AUDITOR, filingId, "accept", null).getBody())
        .containsEntry("code", "FILING_NOT_AWAITING_REVIEW");
  }

  @Test
  void filesACaseOnceHoweverOftenTheFilingJobRuns() {
    topUp("5000");
    String caseNumber = accept(street.application("EMERGENCY", "DISASTER", 900));
    approveEmergency(caseNumber, null);
    long id = ((Number) awaitFiling(caseNumber).get("id")).longValue();

    long again = filings.file(caseNumber, street.code(), TemporaryAidStreet.DISTRICT, null);

    assertThat(again).isEqualTo(id);
    assertThat(count("select count(*) from temporary_aid_filings where case_number = ?", caseNumber)).isEqualTo(1);
    assertThat(count("select count(*) from case_events e join cases c on c.id = e.case_id "
        + "where c.case_number = ? and e.type = 'FILED_WITH_COUNTY'", caseNumber)).isEqualTo(1);
  }

  @Test
  void escalatesOverduePaperworkToTheStreetHeadAndTheCountyOnce() {
    topUp("5000");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 700));
    approveEmergency(caseNumber, null);
    String paperwork = awaitTask(caseNumber, "UserTask_CompletePaperwork");
    var timer = management.createJobQuery().processInstanceId(processInstanceOf(caseNumber)).timers()
        .singleResult();

    management.executeJob(timer.getId());

    await().atMost(Duration.ofSeconds(30)).until(() -> visited(caseNumber).contains("EndEvent_PaperworkEscalated"));
    assertThat(jdbc.queryForList("select recipient || ' ' || kind from notifications where task_id = ? order by kind",
        String.class, paperwork)).containsExactly("county-approver:110105 OVERDUE",
        "street-head:" + street.code() + " PAPERWORK_OVERDUE");
    assertThat(escalation.escalate(caseNumber, street.code(), TemporaryAidStreet.DISTRICT)).isZero();
    assertThat(count("select count(*) from notifications where task_id = ?", paperwork)).isEqualTo(2);
    assertThat(as(street.head()).exchange("/api/notifications", HttpMethod.GET, null, JSON_ARRAY).getBody())
        .anySatisfy(n -> assertThat(n).containsEntry("kind", "PAPERWORK_OVERDUE")
            .containsEntry("caseNumber", caseNumber).containsEntry("taskId", paperwork));
    assertThat(tasks.createTaskQuery().taskId(paperwork).count()).isEqualTo(1);
  }

  @Test
  void flagsTheSamePersonAndReasonWithinTwelveMonthsAndRefusesWithoutANewReason() {
    topUp("10000");
    Map<String, Object> first = street.application("EMERGENCY", "SUDDEN_ILLNESS", 1000);
    String aided = accept(first);
    approveEmergency(aided, null);
    Object filingId = awaitFiling(aided).get("id");
    completePaperwork(aided);
    filingAction(TemporaryAidStreet.AUDITOR, filingId, "accept", null);
    awaitClosed(aided, "EndEvent_EmergencyAidPaid");
    long householdId = ((Number) caseOf(aided).get("householdId")).longValue();

    String repeated = accept(again(first, householdId, "SUDDEN_ILLNESS"));
    String justify = awaitTask(repeated, "UserTask_JustifyRepeatedRequest");
    completed(street.clerk(), justify, Map.of("newReasonFound", "NO", "newReason", "与上次为同一病情，无新情形"));
    awaitClosed(repeated, "EndEvent_RefusedAsRepeated");
    String otherReason = accept(again(first, householdId, "ACCIDENT"));

    assertThat(jdbc.queryForObject("select repeat_of_case from temporary_aid_requests where case_number = ?",
        String.class, repeated)).isEqualTo(aided);
    awaitTask(otherReason, "UserTask_ApproveEmergencyAid");
    assertThat(jdbc.queryForObject("select repeat_of_case from temporary_aid_requests where case_number = ?",
        String.class, otherReason)).isNull();
    // A replayed check finds the same and records it once.
    assertThat(requests.checkRepeat(repeated, street.code(), Map.of()))
        .isEqualTo(new TemporaryAidRequests.RepeatCheck(true, aided));
    assertThat(count("select count(*) from case_events e join cases c on c.id = e.case_id "
        + "where c.case_number = ? and e.type = 'AID_REPEAT_FLAGGED'", repeated)).isEqualTo(1);
  }

  @Test
  void goesOnWithARepeatedRequestWhenTheClerkRecordsANewReason() {
    topUp("10000");
    Map<String, Object> first = street.application("EMERGENCY", "SPENDING_SHOCK", 1000);
    String aided = accept(first);
    approveEmergency(aided, null);
    Object filingId = awaitFiling(aided).get("id");
    completePaperwork(aided);
    filingAction(TemporaryAidStreet.AUDITOR, filingId, "accept", null);
    awaitClosed(aided, "EndEvent_EmergencyAidPaid");

    String repeated = accept(again(first, ((Number) caseOf(aided).get("householdId")).longValue(),
        "SPENDING_SHOCK"));
    completed(street.clerk(), awaitTask(repeated, "UserTask_JustifyRepeatedRequest"),
        Map.of("newReasonFound", "YES", "newReason", "子女突发重病住院，产生新的大额支出"));

    awaitTask(repeated, "UserTask_ApproveEmergencyAid");
  }

  @Test
  void exportsTheFilingsSummaryTableAsAWorkbook() throws Exception {
    topUp("5000");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 1500));
    approveEmergency(caseNumber, null);
    awaitFiling(caseNumber);

    ResponseEntity<byte[]> export = as(TemporaryAidStreet.AUDITOR).exchange(listUri(
        "/api/temporary-aid/filings/export", null, null, "{\"streetCode\":\"" + street.code() + "\"}"),
        HttpMethod.GET, null, byte[].class);
    ResponseEntity<byte[]> otherCounty = as(TemporaryAidStreet.OTHER_AUDITOR).exchange(listUri(
        "/api/temporary-aid/filings/export", null, null, "{\"streetCode\":\"" + street.code() + "\"}"),
        HttpMethod.GET, null, byte[].class);

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType().toString()).contains("spreadsheetml");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件编号");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(caseNumber);
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).contains("*");
      assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("意外事故");
      assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(1500.0);
      assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("待审查");
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(otherCounty.getBody()))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
    }
  }

  /** The same household asking again: the same applicant, a new reason or the same one. */
  private Map<String, Object> again(Map<String, Object> first, long householdId, String reason) {
    return street.application("EMERGENCY", reason, 800, a -> {
      a.remove("household");
      a.put("householdId", householdId);
      a.put("applicantResidentId", first.get("applicantResidentId"));
    });
  }
}
