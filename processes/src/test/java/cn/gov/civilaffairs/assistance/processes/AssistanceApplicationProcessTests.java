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
 * Every gateway and boundary branch of the application process, on the engine alone. External tasks are completed
 * here as their workers would, with the variables the workers return.
 */
@Deployment(resources = {"processes/assistance-application.bpmn", "processes/investigate-household.form",
    "processes/countersign-investigation.form", "processes/review-verification-result.form",
    "processes/resolve-objection.form", "processes/county-field-recheck.form",
    "processes/confirm-notice-delivery.form", "processes/register-conflict-of-interest.form",
    "processes/assistance-agreement.bpmn", "processes/draft-assistance-plan.form",
    "processes/review-assistance-plan.form", "processes/sign-assistance-agreement.form",
    "processes/escalate-unsigned-agreement.form"})
class AssistanceApplicationProcessTests extends ProcessTestSupport {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngines.extension();

  RuntimeService runtime;
  TaskService tasks;
  ExternalTaskService externalTasks;
  HistoryService history;
  ManagementService management;

  @Test
  void approvesADibaoCaseThroughTheCountyAfterAQuiet公示() {
    ProcessInstance instance = start("DIBAO");

    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, false, false);
    opinion(instance, "APPROVE");
    publishAndLetTheNoticeEnd(instance);
    work(instance, "select-field-recheck", Map.of("fieldRecheckSelected", false));
    Task decision = expectTask(instance, "UserTask_CountyDecision", "county-approver:110105");
    tasks.complete(decision.getId(), Map.of("decision", "APPROVE"));
    work(instance, "enrol-household", Map.of());

    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("CallActivity_AssistanceAgreement");
    ProcessInstance agreement = calledAgreement(instance);
    signAgreement(agreement, "SIGNED");
    work(agreement, "activate-assistance-plan", Map.of("referralCount", 1));
    work(agreement, "report-assistance-agreement", Map.of());
    work(agreement, "start-plan-referrals", Map.of());
    assertEndedAt(agreement, "EndEvent_PlanActivated");
    assertEndedAt(instance, "EndEvent_Approved");
    assertThat(visited(instance)).doesNotContain("UserTask_RegisterConflictWithCounty",
        "UserTask_ReviewVerificationResult", "UserTask_CountyFieldRecheck", "UserTask_StreetDecision");
  }

  @Test
  void letsTheCountyRegisterAndInvestigateItselfWhenAMemberIsACloseRelativeOfStaff() {
    ProcessInstance instance = start("DIBAO");

    work(instance, "check-conflict-of-interest", Map.of("conflictOfInterest", true));
    tasks.complete(expectTask(instance, "UserTask_RegisterConflictWithCounty", "county-approver:110105").getId());
    work(instance, "verify-household-economy", verified(true));
    tasks.complete(expectTask(instance, "UserTask_CountyInvestigateHousehold", "caseworker:110105").getId());
    tasks.complete(expectTask(instance, "UserTask_CountyCountersignInvestigation", "caseworker:110105").getId());

    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("ServiceTask_AssessEligibility");
    assertThat(visited(instance)).doesNotContain("UserTask_InvestigateHousehold");
  }

  @Test
  void goesOnToTheInvestigationWhenTheApplicantAcceptsAFailedVerification() {
    ProcessInstance instance = start("DIBAO");
    work(instance, "check-conflict-of-interest", Map.of("conflictOfInterest", false));
    work(instance, "verify-household-economy", verified(false));

    Task review = expectTask(instance, "UserTask_ReviewVerificationResult", "caseworker:110105001");
    tasks.complete(review.getId(), Map.of("applicantContests", "NO"));

    expectTask(instance, "UserTask_InvestigateHousehold", "caseworker:110105001");
    assertThat(visited(instance)).doesNotContain("ServiceTask_RecheckHouseholdEconomy");
  }

  @Test
  void rechecksInASecondRoundWhenTheApplicantContestsWithEvidence() {
    ProcessInstance instance = start("DIBAO");
    work(instance, "check-conflict-of-interest", Map.of("conflictOfInterest", false));
    LockedExternalTask first = lock(instance, "verify-household-economy");
    assertThat(first.getVariables().get("verificationRound")).isEqualTo(1L);
    externalTasks.complete(first.getId(), "test", verified(false));
    tasks.complete(expectTask(instance, "UserTask_ReviewVerificationResult", "caseworker:110105001").getId(),
        Map.of("applicantContests", "YES"));

    LockedExternalTask recheck = lock(instance, "verify-household-economy");
    assertThat(recheck.getActivityId()).isEqualTo("ServiceTask_RecheckHouseholdEconomy");
    assertThat(recheck.getVariables().get("verificationRound")).isEqualTo(2L);
    externalTasks.complete(recheck.getId(), "test", verified(true));

    expectTask(instance, "UserTask_InvestigateHousehold", "caseworker:110105001");
  }

  @Test
  void waitsWithAnIncidentWhileAVerificationSourceDoesNotAnswer() {
    ProcessInstance instance = start("DIBAO");
    work(instance, "check-conflict-of-interest", Map.of("conflictOfInterest", false));

    LockedExternalTask verification = lock(instance, "verify-household-economy");
    externalTasks.handleFailure(verification.getId(), "test", "不动产登记数据源无应答", 0, 0);

    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("ServiceTask_VerifyHouseholdEconomy");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void reassessesAfterAnObjectionAndPublishesAgainWhereTheParameterSaysSo() {
    ProcessInstance instance = start("DIBAO");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, false, true);
    opinion(instance, "APPROVE");
    work(instance, "publish-public-notice", Map.of("noticeEndsAt", new Date(System.currentTimeMillis() + 86_400_000L)));

    objection(instance);
    Task resolve = expectTask(instance, "UserTask_ResolveObjection", "street-reviewer:110105001");
    tasks.complete(resolve.getId());
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
    assess(instance, false, true);
    opinion(instance, "APPROVE");

    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("ServiceTask_PublishNotice");
  }

  @Test
  void goesToTheDecisionWithoutASecond公示WhenTheParameterSaysNo() {
    ProcessInstance instance = start("DIBAO");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, false, false);
    opinion(instance, "APPROVE");
    work(instance, "publish-public-notice", Map.of("noticeEndsAt", new Date(System.currentTimeMillis() + 86_400_000L)));
    objection(instance);
    tasks.complete(expectTask(instance, "UserTask_ResolveObjection", "street-reviewer:110105001").getId());
    assess(instance, false, false);
    opinion(instance, "APPROVE");

    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("ServiceTask_SelectFieldRecheck");
  }

  @Test
  void alwaysPublishesATekunCaseAgainAfterAnObjection() {
    ProcessInstance instance = start("TEKUN");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, false, false);
    opinion(instance, "APPROVE");
    work(instance, "publish-public-notice", Map.of("noticeEndsAt", new Date(System.currentTimeMillis() + 86_400_000L)));
    objection(instance);
    tasks.complete(expectTask(instance, "UserTask_ResolveObjection", "street-reviewer:110105001").getId());
    assess(instance, false, false);
    opinion(instance, "APPROVE");

    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("ServiceTask_PublishNotice");
  }

  @Test
  void refusesWithoutPublishingWhenTheStreetsOpinionIsNegativeAndConfirmsDelivery() {
    ProcessInstance instance = start("MARGINAL");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, false, false);
    opinion(instance, "REFUSE");
    work(instance, "select-field-recheck", Map.of("fieldRecheckSelected", false));
    tasks.complete(expectTask(instance, "UserTask_CountyDecision", "county-approver:110105").getId(),
        Map.of("decision", "REFUSE"));
    work(instance, "issue-refusal-notice", Map.of());
    tasks.complete(expectTask(instance, "UserTask_ConfirmRefusalDelivery", "caseworker:110105001").getId());

    assertEndedAt(instance, "EndEvent_Refused");
    assertThat(visited(instance)).doesNotContain("ServiceTask_PublishNotice", "ServiceTask_EnrolHousehold");
  }

  @Test
  void letsTheStreetDecideWhenDelegatedAndFilesTheDecisionWithTheCounty() {
    ProcessInstance instance = start("DIBAO");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, true, false);
    opinion(instance, "APPROVE");
    publishAndLetTheNoticeEnd(instance);

    Task decision = expectTask(instance, "UserTask_StreetDecision", "street-head:110105001");
    tasks.complete(decision.getId(), Map.of("decision", "APPROVE"));
    work(instance, "file-decision-with-county", Map.of());
    work(instance, "enrol-household", Map.of());

    assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("CallActivity_AssistanceAgreement");
    assertThat(visited(instance)).doesNotContain("ServiceTask_SelectFieldRecheck", "UserTask_CountyDecision");
  }

  @Test
  void closesTheApprovedCaseWhenTheFamilyRefusesToSignTheAgreement() {
    ProcessInstance instance = start("DIBAO");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, true, false);
    opinion(instance, "APPROVE");
    publishAndLetTheNoticeEnd(instance);
    tasks.complete(expectTask(instance, "UserTask_StreetDecision", "street-head:110105001").getId(),
        Map.of("decision", "APPROVE"));
    work(instance, "file-decision-with-county", Map.of());
    work(instance, "enrol-household", Map.of());

    ProcessInstance agreement = calledAgreement(instance);
    assertThat(agreement.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(runtime.getVariables(agreement.getId())).containsEntry("streetCode", "110105001")
        .containsEntry("districtCode", "110105").containsEntry("householdId", 1L);
    signAgreement(agreement, "REFUSED");
    work(agreement, "report-assistance-agreement", Map.of());

    assertEndedAt(agreement, "EndEvent_AgreementRefused");
    assertEndedAt(instance, "EndEvent_Approved");
  }

  @Test
  void terminatingTheReviewDuringTheAgreementEndsTheCalledAgreementToo() {
    ProcessInstance instance = start("DIBAO");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, true, false);
    opinion(instance, "APPROVE");
    publishAndLetTheNoticeEnd(instance);
    tasks.complete(expectTask(instance, "UserTask_StreetDecision", "street-head:110105001").getId(),
        Map.of("decision", "APPROVE"));
    work(instance, "file-decision-with-county", Map.of());
    work(instance, "enrol-household", Map.of());
    ProcessInstance agreement = calledAgreement(instance);

    runtime.createMessageCorrelation("ReviewTerminated").processInstanceId(instance.getId()).correlate();

    assertThat(visited(instance)).contains("EndEvent_ReviewTerminated");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(agreement.getId()).count()).isZero();
  }

  private ProcessInstance calledAgreement(ProcessInstance application) {
    ProcessInstance agreement = runtime.createProcessInstanceQuery().superProcessInstanceId(application.getId())
        .singleResult();
    assertThat(agreement).isNotNull();
    assertThat(agreement.getProcessDefinitionId()).startsWith("assistance-agreement:");
    return agreement;
  }

  /** Drafts, reviews and generates the agreement, then records the family's answer. */
  private void signAgreement(ProcessInstance agreement, String outcome) {
    tasks.complete(expectTask(agreement, "UserTask_DraftPlan", "caseworker:110105001").getId());
    tasks.complete(expectTask(agreement, "UserTask_ReviewPlan", "street-reviewer:110105001").getId(),
        Map.of("planApproved", "YES"));
    work(agreement, "generate-assistance-agreement",
        Map.of("agreementDocumentId", 9L, "planVersion", 1, "signingDeadline", "P10D"));
    tasks.complete(expectTask(agreement, "UserTask_SignAgreement", "caseworker:110105001").getId(),
        Map.of("signingOutcome", outcome));
  }

  @Test
  void sendsTheCountyOnAFieldRecheckWhenATekunCaseIsDrawn() {
    ProcessInstance instance = start("TEKUN");
    passChecksAndInvestigateAtTheStreet(instance);
    assess(instance, false, false);
    opinion(instance, "APPROVE");
    publishAndLetTheNoticeEnd(instance);
    work(instance, "select-field-recheck", Map.of("fieldRecheckSelected", true));

    tasks.complete(expectTask(instance, "UserTask_CountyFieldRecheck", "caseworker:110105").getId());
    expectTask(instance, "UserTask_CountyDecision", "county-approver:110105");
  }

  @Test
  void terminatesTheReviewAtAnyStepWhenTheFamilyRefusesToCooperate() {
    ProcessInstance instance = start("DIBAO");
    passChecksAndInvestigateAtTheStreet(instance);

    runtime.createMessageCorrelation("ReviewTerminated").processInstanceBusinessKey(instance.getBusinessKey())
        .correlate();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
        .isEqualTo(1);
    assertThat(visited(instance)).contains("EndEvent_ReviewTerminated");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private ProcessInstance start(String category) {
    String caseNumber = "DB-110105001-2026-" + String.format("%06d", SEQUENCE.incrementAndGet());
    return runtime.startProcessInstanceByKey("assistance-application", caseNumber,
        Map.of("category", category, "streetCode", "110105001", "districtCode", "110105", "householdId", 1L));
  }

  private void passChecksAndInvestigateAtTheStreet(ProcessInstance instance) {
    work(instance, "check-conflict-of-interest", Map.of("conflictOfInterest", false));
    work(instance, "verify-household-economy", verified(true));
    tasks.complete(expectTask(instance, "UserTask_InvestigateHousehold", "caseworker:110105001").getId());
    tasks.complete(expectTask(instance, "UserTask_CountersignInvestigation", "caseworker:110105001").getId());
  }

  private void assess(ProcessInstance instance, boolean delegated, boolean repeatNotice) {
    work(instance, "assess-eligibility", Map.of("assessmentId", 7L, "eligible", true, "decisionDelegated", delegated,
        "repeatNoticeAfterObjection", repeatNotice));
  }

  private void opinion(ProcessInstance instance, String opinion) {
    tasks.complete(expectTask(instance, "UserTask_StreetFirstOpinion", "street-reviewer:110105001").getId(),
        Map.of("firstOpinion", opinion));
  }

  private void publishAndLetTheNoticeEnd(ProcessInstance instance) {
    work(instance, "publish-public-notice", Map.of("noticeEndsAt", new Date(System.currentTimeMillis() + 86_400_000L)));
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isAfter(new Date());
    management.executeJob(timer.getId());
  }

  private void objection(ProcessInstance instance) {
    runtime.createMessageCorrelation("ObjectionRegistered").processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable("objectionRaised", true).correlate();
  }

  private static Map<String, Object> verified(boolean passed) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("verificationReportId", 11L);
    variables.put("verificationPassed", passed);
    return variables;
  }
}
