package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * Every gateway and boundary branch of the temporary-aid process, on the engine alone. External tasks are completed
 * here as their workers would. Limits as the shipped defaults give them: street ceiling 3 x 1450 = 4350 yuan, case
 * conference above 10 x 1450 = 14500 yuan.
 */
@Deployment(resources = {"processes/temporary-aid.bpmn", "processes/assess-hardship.form",
    "processes/justify-repeated-request.form",
    "processes/retry-aid-payment.form", "processes/complete-paperwork.form", "processes/review-aid-filing.form",
    "processes/answer-filing-query.form", "processes/review-temporary-aid.form",
    "processes/hold-case-conference.form", "processes/approve-temporary-aid.form"})
class TemporaryAidProcessTests extends ProcessTestSupport {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final double CEILING = 4350.0;
  private static final double CONFERENCE_THRESHOLD = 14500.0;
  private static final String STREET = "110105001";
  private static final String DISTRICT = "110105";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngines.extension();

  RuntimeService runtime;
  TaskService tasks;
  ExternalTaskService externalTasks;
  HistoryService history;
  ManagementService management;

  @Test
  void paysAnEmergencyWithinTheCeilingFromTheReserveFundAndFilesItWithTheCounty() {
    ProcessInstance instance = start("EMERGENCY", 3000);
    passChecks(instance);
    Date approvalDue = new Date(System.currentTimeMillis() + 24 * 3_600_000L);
    work(instance, "look-up-aid-limits", limits(approvalDue));

    Task approval = expectTask(instance, "UserTask_ApproveEmergencyAid", "street-head:" + STREET);
    assertThat(approval.getDueDate()).isEqualTo(approvalDue);
    tasks.complete(approval.getId(), Map.of("emergencyDecision", "APPROVE"));
    LockedExternalTask payment = lock(instance, "pay-temporary-aid");
    assertThat(payment.getVariables().get("paymentSource")).isEqualTo("RESERVE_FUND");
    externalTasks.complete(payment.getId(), "test", paid(inDays(7)));

    Task paperwork = expectOpen(instance, "UserTask_CompletePaperwork", "caseworker:" + STREET);
    work(instance, "file-temporary-aid-with-county", Map.of());
    Task review = expectOpen(instance, "UserTask_ReviewFiling", "county-auditor:" + DISTRICT);
    tasks.complete(review.getId(), Map.of("filingReview", "ACCEPT"));
    tasks.complete(paperwork.getId());

    assertEndedAt(instance, "EndEvent_EmergencyAidPaid");
    assertThat(visited(instance)).doesNotContain("UserTask_AssessHardship", "ServiceTask_VerifyHouseholdEconomy",
        "ServiceTask_EscalateOverduePaperwork");
  }

  @Test
  void treatsAnEmergencyAtTheCeilingAsWithinIt() {
    ProcessInstance instance = start("EMERGENCY", 4350);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));

    expectTask(instance, "UserTask_ApproveEmergencyAid", "street-head:" + STREET);
  }

  @Test
  void takesAnEmergencyAboveTheCeilingThroughTheRegularPath() {
    ProcessInstance instance = start("EMERGENCY", 4350.01);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));

    assertThat(lock(instance, "verify-household-economy").getVariables().get("verificationRound")).isEqualTo(1L);
    assertThat(visited(instance)).doesNotContain("UserTask_ApproveEmergencyAid");
  }

  @Test
  void approvesAnExpenditureCaseAtTheCountyAfterVerificationAndStreetReviewAndPaysIt() {
    ProcessInstance instance = start("EXPENDITURE", 1000);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));

    work(instance, "verify-household-economy", Map.of("verificationReportId", 11L, "verificationPassed", true));
    tasks.complete(expectTask(instance, "UserTask_ReviewAtStreet", "street-reviewer:" + STREET).getId(),
        Map.of("streetOpinion", "APPROVE"));
    tasks.complete(expectTask(instance, "UserTask_ApproveAtCounty", "county-approver:" + DISTRICT).getId(),
        Map.of("countyDecision", "APPROVE"));
    LockedExternalTask payment = lock(instance, "pay-temporary-aid");
    assertThat(payment.getVariables().get("paymentSource")).isEqualTo("COUNTY");
    externalTasks.complete(payment.getId(), "test", Map.of("paymentStatus", "PAID"));

    assertEndedAt(instance, "EndEvent_AidPaid");
    assertThat(visited(instance)).doesNotContain("UserTask_ApproveEmergencyAid", "UserTask_HoldCaseConference");
  }

  @Test
  void holdsTheCountyCaseConferenceBeforeTheApprovalAboveTheSecondThreshold() {
    ProcessInstance instance = start("EXPENDITURE", 14500.01);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));
    work(instance, "verify-household-economy", Map.of("verificationReportId", 12L, "verificationPassed", true));
    tasks.complete(expectTask(instance, "UserTask_ReviewAtStreet", "street-reviewer:" + STREET).getId(),
        Map.of("streetOpinion", "APPROVE"));

    tasks.complete(expectTask(instance, "UserTask_HoldCaseConference", "county-approver:" + DISTRICT).getId(),
        Map.of("conferenceDecision", "APPROVE"));
    expectTask(instance, "UserTask_ApproveAtCounty", "county-approver:" + DISTRICT);
  }

  @Test
  void needsNoCaseConferenceAtTheSecondThresholdAndEndsRefusedWhenTheCountyRefuses() {
    ProcessInstance instance = start("EXPENDITURE", 14500);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));
    work(instance, "verify-household-economy", Map.of("verificationReportId", 13L, "verificationPassed", false));
    tasks.complete(expectTask(instance, "UserTask_ReviewAtStreet", "street-reviewer:" + STREET).getId(),
        Map.of("streetOpinion", "REFUSE"));

    tasks.complete(expectTask(instance, "UserTask_ApproveAtCounty", "county-approver:" + DISTRICT).getId(),
        Map.of("countyDecision", "REFUSE"));

    assertEndedAt(instance, "EndEvent_Refused");
    assertThat(visited(instance)).doesNotContain("UserTask_HoldCaseConference", "ServiceTask_PayApprovedAid");
  }

  @Test
  void goesOnWhenTheClerkRecordsANewReasonForARepeatedRequest() {
    ProcessInstance instance = start("EMERGENCY", 2000);
    work(instance, "check-repeated-aid-reason", Map.of("repeatedReason", true));

    tasks.complete(expectTask(instance, "UserTask_JustifyRepeatedRequest", "window-clerk:" + STREET).getId(),
        Map.of("newReasonFound", "YES"));

    assertThat(lock(instance, "look-up-aid-limits")).isNotNull();
  }

  @Test
  void refusesARepeatedRequestWithoutANewReason() {
    ProcessInstance instance = start("EMERGENCY", 2000);
    work(instance, "check-repeated-aid-reason", Map.of("repeatedReason", true));

    tasks.complete(expectTask(instance, "UserTask_JustifyRepeatedRequest", "window-clerk:" + STREET).getId(),
        Map.of("newReasonFound", "NO"));

    assertEndedAt(instance, "EndEvent_RefusedAsRepeated");
    assertThat(visited(instance)).doesNotContain("ServiceTask_LookUpAidLimits");
  }

  @Test
  void letsTheStreetRecordTheRequestFirstWhenTheWindowDidNot() {
    String caseNumber = nextCaseNumber();
    ProcessInstance instance = runtime.startProcessInstanceByKey("temporary-aid", caseNumber,
        Map.of("category", "TEMPORARY_AID", "streetCode", STREET, "districtCode", DISTRICT, "householdId", 1L));

    tasks.complete(expectTask(instance, "UserTask_AssessHardship", "caseworker:" + STREET).getId(),
        Map.of("aidType", "EMERGENCY", "reason", "ACCIDENT", "amountRequested", 1200, "aidForm", "CASH"));
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));

    expectTask(instance, "UserTask_ApproveEmergencyAid", "street-head:" + STREET);
  }

  @Test
  void sendsTheStreetsAnswerToAQueriedFilingBackToTheCountyUntilAccepted() {
    ProcessInstance instance = payAnEmergency(inDays(7));
    Task paperwork = expectOpen(instance, "UserTask_CompletePaperwork", "caseworker:" + STREET);
    tasks.complete(paperwork.getId());
    work(instance, "file-temporary-aid-with-county", Map.of());

    tasks.complete(expectTask(instance, "UserTask_ReviewFiling", "county-auditor:" + DISTRICT).getId(),
        Map.of("filingReview", "QUERY"));
    tasks.complete(expectTask(instance, "UserTask_AnswerFilingQuery", "street-head:" + STREET).getId());
    tasks.complete(expectTask(instance, "UserTask_ReviewFiling", "county-auditor:" + DISTRICT).getId(),
        Map.of("filingReview", "ACCEPT"));

    assertEndedAt(instance, "EndEvent_EmergencyAidPaid");
  }

  @Test
  void escalatesOverduePaperworkAndKeepsTheTaskOpen() {
    Date paperworkDue = inDays(7);
    ProcessInstance instance = payAnEmergency(paperworkDue);
    Task paperwork = expectOpen(instance, "UserTask_CompletePaperwork", "caseworker:" + STREET);
    assertThat(paperwork.getDueDate()).isEqualTo(paperworkDue);
    Job overdue = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(paperworkDue);

    management.executeJob(overdue.getId());

    work(instance, "escalate-overdue-paperwork", Map.of());
    assertThat(tasks.createTaskQuery().taskId(paperwork.getId()).count()).isEqualTo(1);
    tasks.complete(paperwork.getId());
    work(instance, "file-temporary-aid-with-county", Map.of());
    tasks.complete(expectTask(instance, "UserTask_ReviewFiling", "county-auditor:" + DISTRICT).getId(),
        Map.of("filingReview", "ACCEPT"));
    assertEndedAt(instance, "EndEvent_EmergencyAidPaid");
    assertThat(visited(instance)).contains("EndEvent_PaperworkEscalated");
  }

  @Test
  void opensARetryTaskForAFailedEmergencyPaymentAndPaysAgain() {
    ProcessInstance instance = approveAnEmergency();
    work(instance, "pay-temporary-aid", Map.of("paymentStatus", "FAILED", "paymentFailureReason", "收款账户已注销"));

    tasks.complete(expectTask(instance, "UserTask_RetryEmergencyPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "RETRY"));
    work(instance, "pay-temporary-aid", paid(inDays(7)));

    expectOpen(instance, "UserTask_CompletePaperwork", "caseworker:" + STREET);
    assertThat(lock(instance, "file-temporary-aid-with-county")).isNotNull();
  }

  @Test
  void opensARetryTaskForAFailedPaymentOfAnApprovedCase() {
    ProcessInstance instance = start("EXPENDITURE", 800);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));
    work(instance, "verify-household-economy", Map.of("verificationReportId", 14L, "verificationPassed", true));
    tasks.complete(expectTask(instance, "UserTask_ReviewAtStreet", "street-reviewer:" + STREET).getId(),
        Map.of("streetOpinion", "APPROVE"));
    tasks.complete(expectTask(instance, "UserTask_ApproveAtCounty", "county-approver:" + DISTRICT).getId(),
        Map.of("countyDecision", "APPROVE"));

    work(instance, "pay-temporary-aid", Map.of("paymentStatus", "FAILED", "paymentFailureReason", "银行退票"));
    tasks.complete(expectTask(instance, "UserTask_RetryApprovedPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "RETRY"));
    work(instance, "pay-temporary-aid", Map.of("paymentStatus", "PAID"));

    assertEndedAt(instance, "EndEvent_AidPaid");
  }

  @Test
  void paysTheNewPayeeOfAFailedEmergencyPaymentOnceTheStreetHeadApprovesTheChange() {
    ProcessInstance instance = approveAnEmergency();
    failPayment(instance);

    tasks.complete(expectTask(instance, "UserTask_RetryEmergencyPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "CHANGE_PAYEE"));
    tasks.complete(expectTask(instance, "UserTask_ApproveEmergencyPayeeChange", "street-head:" + STREET).getId(),
        Map.of("payeeChangeDecision", "APPROVE"));
    work(instance, "pay-temporary-aid", paid(inDays(7)));

    expectOpen(instance, "UserTask_CompletePaperwork", "caseworker:" + STREET);
    assertThat(lock(instance, "file-temporary-aid-with-county")).isNotNull();
  }

  @Test
  void returnsARefusedPayeeChangeOfAnEmergencyToTheFailedPaymentStep() {
    ProcessInstance instance = approveAnEmergency();
    failPayment(instance);
    tasks.complete(expectTask(instance, "UserTask_RetryEmergencyPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "CHANGE_PAYEE"));

    tasks.complete(expectTask(instance, "UserTask_ApproveEmergencyPayeeChange", "street-head:" + STREET).getId(),
        Map.of("payeeChangeDecision", "REJECT"));

    expectTask(instance, "UserTask_RetryEmergencyPayment", "caseworker:" + STREET);
    assertThat(externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void closesAFailedEmergencyUnpaidWithoutFilingIt() {
    ProcessInstance instance = approveAnEmergency();
    failPayment(instance);

    tasks.complete(expectTask(instance, "UserTask_RetryEmergencyPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "CLOSE"));

    assertEndedAt(instance, "EndEvent_EmergencyClosedUnpaid");
    assertThat(visited(instance)).doesNotContain("ServiceTask_FileWithCounty", "UserTask_CompletePaperwork",
        "UserTask_ApproveEmergencyPayeeChange");
  }

  @Test
  void paysTheNewPayeeOfAFailedCountyPaymentOnceTheCountyApproverApprovesTheChange() {
    ProcessInstance instance = approveAtCounty();
    failPayment(instance);

    tasks.complete(expectTask(instance, "UserTask_RetryApprovedPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "CHANGE_PAYEE"));
    tasks.complete(expectTask(instance, "UserTask_ApproveCountyPayeeChange", "county-approver:" + DISTRICT).getId(),
        Map.of("payeeChangeDecision", "APPROVE"));
    LockedExternalTask payment = lock(instance, "pay-temporary-aid");
    assertThat(payment.getVariables().get("paymentSource")).isEqualTo("COUNTY");
    externalTasks.complete(payment.getId(), "test", Map.of("paymentStatus", "PAID"));

    assertEndedAt(instance, "EndEvent_AidPaid");
  }

  @Test
  void returnsARefusedPayeeChangeOfACountyPaymentToTheFailedPaymentStepAndClosesItUnpaid() {
    ProcessInstance instance = approveAtCounty();
    failPayment(instance);
    tasks.complete(expectTask(instance, "UserTask_RetryApprovedPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "CHANGE_PAYEE"));
    tasks.complete(expectTask(instance, "UserTask_ApproveCountyPayeeChange", "county-approver:" + DISTRICT).getId(),
        Map.of("payeeChangeDecision", "REJECT"));

    tasks.complete(expectTask(instance, "UserTask_RetryApprovedPayment", "caseworker:" + STREET).getId(),
        Map.of("paymentResolution", "CLOSE"));

    assertEndedAt(instance, "EndEvent_ApprovedClosedUnpaid");
    assertThat(visited(instance).stream().filter("ServiceTask_PayApprovedAid"::equals)).hasSize(1);
  }

  @Test
  void takesTheRegularPathWhenTheReserveFundCannotCoverThePayment() {
    ProcessInstance instance = approveAnEmergency();

    externalTasks.handleBpmnError(lock(instance, "pay-temporary-aid").getId(), "test", "RESERVE_FUND_INSUFFICIENT",
        "备用金余额 100.00 元不足以支付 3000 元");

    assertThat(lock(instance, "verify-household-economy")).isNotNull();
    assertThat(visited(instance)).contains("BoundaryEvent_ReserveFundInsufficient")
        .doesNotContain("UserTask_CompletePaperwork", "ServiceTask_FileWithCounty");
  }

  @Test
  void takesTheRegularPathWhenTheStreetHeadSendsItThere() {
    ProcessInstance instance = start("EMERGENCY", 3000);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));

    tasks.complete(expectTask(instance, "UserTask_ApproveEmergencyAid", "street-head:" + STREET).getId(),
        Map.of("emergencyDecision", "REGULAR"));

    assertThat(lock(instance, "verify-household-economy")).isNotNull();
    assertThat(visited(instance)).doesNotContain("ServiceTask_PayEmergencyAid");
  }

  private ProcessInstance approveAnEmergency() {
    ProcessInstance instance = start("EMERGENCY", 3000);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));
    tasks.complete(expectTask(instance, "UserTask_ApproveEmergencyAid", "street-head:" + STREET).getId(),
        Map.of("emergencyDecision", "APPROVE"));
    return instance;
  }

  /** The payment job reports a failure, as the worker does for a payee who left the household. */
  private void failPayment(ProcessInstance instance) {
    work(instance, "pay-temporary-aid", Map.of("paymentStatus", "FAILED", "paymentFailureReason",
        "收款人已不是本户在册成员（迁出或死亡），请核实收款人"));
  }

  private ProcessInstance approveAtCounty() {
    ProcessInstance instance = start("EXPENDITURE", 800);
    passChecks(instance);
    work(instance, "look-up-aid-limits", limits(inDays(1)));
    work(instance, "verify-household-economy", Map.of("verificationReportId", 14L, "verificationPassed", true));
    tasks.complete(expectTask(instance, "UserTask_ReviewAtStreet", "street-reviewer:" + STREET).getId(),
        Map.of("streetOpinion", "APPROVE"));
    tasks.complete(expectTask(instance, "UserTask_ApproveAtCounty", "county-approver:" + DISTRICT).getId(),
        Map.of("countyDecision", "APPROVE"));
    return instance;
  }

  private ProcessInstance payAnEmergency(Date paperworkDue) {
    ProcessInstance instance = approveAnEmergency();
    work(instance, "pay-temporary-aid", paid(paperworkDue));
    return instance;
  }

  private ProcessInstance start(String aidType, Number amountRequested) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("category", "TEMPORARY_AID");
    variables.put("streetCode", STREET);
    variables.put("districtCode", DISTRICT);
    variables.put("householdId", 1L);
    variables.put("aidType", aidType);
    variables.put("reason", "SUDDEN_ILLNESS");
    variables.put("amountRequested", amountRequested);
    variables.put("aidForm", "CASH");
    return runtime.startProcessInstanceByKey("temporary-aid", nextCaseNumber(), variables);
  }

  private static String nextCaseNumber() {
    return "LS-110105001-2026-" + String.format("%06d", SEQUENCE.incrementAndGet());
  }

  private void passChecks(ProcessInstance instance) {
    work(instance, "check-repeated-aid-reason", Map.of("repeatedReason", false));
  }

  private static Map<String, Object> limits(Date approvalDueAt) {
    return Map.of("streetCeiling", CEILING, "conferenceThreshold", CONFERENCE_THRESHOLD, "approvalDueAt",
        approvalDueAt);
  }

  private static Map<String, Object> paid(Date paperworkDueAt) {
    return Map.of("paymentStatus", "PAID", "paperworkDueAt", paperworkDueAt);
  }

  private static Date inDays(int days) {
    return new Date((System.currentTimeMillis() / 1000 + days * 86_400L) * 1000);
  }

  /** One of the instance's open tasks (the follow-ups run in parallel). */
  private Task expectOpen(ProcessInstance instance, String step, String candidateGroup) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step).singleResult();
    assertThat(task).as("open task %s", step).isNotNull();
    assertCandidates(task, candidateGroup);
    return task;
  }
}
