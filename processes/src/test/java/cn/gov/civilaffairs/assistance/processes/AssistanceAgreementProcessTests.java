package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Every branch of the agreement process on the engine alone: signed on paper or on a tablet, refused, the signing
 * deadline escalated, and a renewal (the referrals are {@link AgreementReferralProcessTests}). External tasks are completed here as their
 * workers would, with the variables the workers return.
 */
@Deployment(resources = {"processes/assistance-agreement.bpmn", "processes/draft-assistance-plan.form",
    "processes/review-assistance-plan.form", "processes/sign-assistance-agreement.form",
    "processes/escalate-unsigned-agreement.form"})
class AssistanceAgreementProcessTests extends ProcessTestSupport {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngines.extension();

  RuntimeService runtime;
  TaskService tasks;
  ExternalTaskService externalTasks;
  HistoryService history;
  ManagementService management;

  @Test
  void paperSignedAgreementActivatesThePlanStartsItsReferralsAndEnds() {
    ProcessInstance instance = start();

    draftReviewAndGenerate(instance);
    sign(instance, "PAPER");
    work(instance, "activate-assistance-plan", Map.of("referralCount", 2));
    LockedExternalTask report = lock(instance, "report-assistance-agreement");
    assertThat(report.getActivityId()).isEqualTo("ServiceTask_ReportSignedAgreement");
    externalTasks.complete(report.getId(), "test");
    work(instance, "start-plan-referrals", Map.of());

    assertEndedAt(instance, "EndEvent_PlanActivated");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("signingOutcome").singleResult().getValue()).isEqualTo("SIGNED");
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void tabletSignedAgreementEndsTheSameWay() {
    ProcessInstance instance = start();
    draftReviewAndGenerate(instance);
    sign(instance, "TABLET");
    work(instance, "activate-assistance-plan", Map.of("referralCount", 0));
    work(instance, "report-assistance-agreement", Map.of());
    work(instance, "start-plan-referrals", Map.of());

    assertEndedAt(instance, "EndEvent_PlanActivated");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("signingMethod").singleResult().getValue()).isEqualTo("TABLET");
  }

  @Test
  void refusalIsRecordedAndReportedWithoutActivatingThePlan() {
    ProcessInstance instance = start();
    draftReviewAndGenerate(instance);

    tasks.complete(expectTask(instance, "UserTask_SignAgreement", "caseworker:110105001").getId(),
        Map.of("signingOutcome", "REFUSED"));
    LockedExternalTask report = lock(instance, "report-assistance-agreement");
    assertThat(report.getActivityId()).isEqualTo("ServiceTask_ReportRefusedAgreement");
    externalTasks.complete(report.getId(), "test");

    assertEndedAt(instance, "EndEvent_AgreementRefused");
    assertThat(visited(instance)).doesNotContain("ServiceTask_ActivatePlan", "ServiceTask_StartReferrals");
  }

  @Test
  void reviewerSendsThePlanBackToBeRedrafted() {
    ProcessInstance instance = start();

    tasks.complete(expectTask(instance, "UserTask_DraftPlan", "caseworker:110105001").getId());
    tasks.complete(expectTask(instance, "UserTask_ReviewPlan", "street-reviewer:110105001").getId(),
        Map.of("planApproved", "NO"));

    expectTask(instance, "UserTask_DraftPlan", "caseworker:110105001");
    assertThat(externalTasks.createExternalTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void anAgreementNotSignedWithinItsDeadlineGoesToTheStreetHeadAndStaysOpenForSigning() {
    ProcessInstance instance = start();
    draftReviewAndGenerate(instance);

    Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(deadline.getDuedate()).isInTheFuture();
    management.executeJob(deadline.getId());

    Task escalation = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_EscalateUnsignedAgreement").singleResult();
    assertThat(candidateGroups(escalation)).containsExactly("street-head:110105001");
    tasks.complete(escalation.getId());
    sign(instance, "PAPER");
    work(instance, "activate-assistance-plan", Map.of("referralCount", 0));
    work(instance, "report-assistance-agreement", Map.of());
    work(instance, "start-plan-referrals", Map.of());

    assertEndedAt(instance, "EndEvent_PlanActivated");
    assertThat(visited(instance)).contains("EndEvent_EscalationHandled");
  }

  @Test
  void anEscalationStillOpenWhenTheFamilyAnswersNoLongerKeepsTheAgreementOpen() {
    ProcessInstance instance = start();
    draftReviewAndGenerate(instance);
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
        .getId());

    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_SignAgreement").singleResult().getId(), Map.of("signingOutcome", "REFUSED"));
    work(instance, "report-assistance-agreement", Map.of());

    assertEndedAt(instance, "EndEvent_AgreementRefused");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(visited(instance)).doesNotContain("EndEvent_EscalationHandled");
  }

  @Test
  void anEnrolledHouseholdsPlanIsRenewedThroughTheSameSteps() {
    String caseNumber = nextCaseNumber();
    ProcessInstance instance = runtime.createMessageCorrelation("PlanRenewalRequested")
        .processInstanceBusinessKey(caseNumber)
        .setVariables(Map.of("streetCode", "110105001", "districtCode", "110105", "householdId", 1L,
            "renewal", true))
        .correlateStartMessage();

    draftReviewAndGenerate(instance);
    sign(instance, "TABLET");
    work(instance, "activate-assistance-plan", Map.of("referralCount", 0));
    work(instance, "report-assistance-agreement", Map.of());
    work(instance, "start-plan-referrals", Map.of());

    assertEndedAt(instance, "EndEvent_PlanActivated");
    assertThat(visited(instance)).contains("StartEvent_PlanRenewalRequested")
        .doesNotContain("StartEvent_AgreementNeeded");
  }

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey("assistance-agreement", nextCaseNumber(),
        Map.of("streetCode", "110105001", "districtCode", "110105", "householdId", 1L));
  }

  private static String nextCaseNumber() {
    return "DB-110105001-2026-" + String.format("%06d", 500 + SEQUENCE.incrementAndGet());
  }

  private void draftReviewAndGenerate(ProcessInstance instance) {
    tasks.complete(expectTask(instance, "UserTask_DraftPlan", "caseworker:110105001").getId());
    tasks.complete(expectTask(instance, "UserTask_ReviewPlan", "street-reviewer:110105001").getId(),
        Map.of("planApproved", "YES"));
    work(instance, "generate-assistance-agreement",
        Map.of("agreementDocumentId", 9L, "planVersion", 1, "signingDeadline", "P10D"));
  }

  private void sign(ProcessInstance instance, String method) {
    Task signing = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_SignAgreement").singleResult();
    assertThat(candidateGroups(signing)).containsExactly("caseworker:110105001");
    tasks.complete(signing.getId(), Map.of("signingOutcome", "SIGNED", "signingMethod", method));
  }
}
