package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
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
 * deadline escalated, referrals answered or overdue, and a renewal. External tasks are completed here as their
 * workers would, with the variables the workers return.
 */
@Deployment(resources = {"processes/assistance-agreement.bpmn", "processes/draft-assistance-plan.form",
    "processes/review-assistance-plan.form", "processes/sign-assistance-agreement.form",
    "processes/escalate-unsigned-agreement.form", "processes/record-referral-feedback.form",
    "processes/chase-overdue-referral.form"})
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
  void paperSignedAgreementActivatesThePlanAndEndsWhenTheOnlyMeasureNeedsNoReferral() {
    ProcessInstance instance = start();

    draftReviewAndGenerate(instance);
    sign(instance, "PAPER");
    work(instance, "activate-assistance-plan", Map.of("referralCount", 0));
    LockedExternalTask report = lock(instance, "report-assistance-agreement");
    assertThat(report.getActivityId()).isEqualTo("ServiceTask_ReportSignedAgreement");
    externalTasks.complete(report.getId(), "test");

    assertEndedAt(instance, "EndEvent_MeasuresTracked");
    assertThat(visited(instance)).doesNotContain("ServiceTask_ReferMeasure");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("signingOutcome").singleResult().getValue()).isEqualTo("SIGNED");
  }

  @Test
  void tabletSignedAgreementRefersTwoMeasuresAndTracksEachToItsOutcome() {
    ProcessInstance instance = start();
    draftReviewAndGenerate(instance);
    sign(instance, "TABLET");
    work(instance, "activate-assistance-plan", Map.of("referralCount", 2));
    work(instance, "report-assistance-agreement", Map.of());

    List<LockedExternalTask> referrals = externalTasks.fetchAndLock(10, "test").topic("refer-plan-measure", 60_000)
        .variables("loopCounter").businessKey(instance.getBusinessKey()).execute();
    assertThat(referrals).extracting(task -> task.getVariables().get("loopCounter")).containsExactlyInAnyOrder(0, 1);
    for (LockedExternalTask referral : referrals) {
      long measureId = 100L + (Integer) referral.getVariables().get("loopCounter");
      externalTasks.complete(referral.getId(), "test",
          Map.of("measureId", measureId, "referralDue", OffsetDateTime.now().plusDays(30).toString()));
    }
    List<Task> feedback = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_RecordReferralFeedback").list();
    assertThat(feedback).hasSize(2);
    assertThat(candidateGroups(feedback.get(0))).containsExactly("caseworker:110105001");
    tasks.complete(feedback.get(0).getId(), Map.of("measureDelivered", "YES"));
    tasks.complete(feedback.get(1).getId(), Map.of("measureDelivered", "NO"));

    List<LockedExternalTask> outcomes = externalTasks.fetchAndLock(10, "test").topic("record-referral-outcome", 60_000)
        .variables("measureId", "measureDelivered").businessKey(instance.getBusinessKey()).execute();
    assertThat(outcomes).extracting(task -> task.getVariables().get("measureId") + "="
        + task.getVariables().get("measureDelivered")).containsExactlyInAnyOrder("100=YES", "101=NO");
    outcomes.forEach(task -> externalTasks.complete(task.getId(), "test"));

    assertEndedAt(instance, "EndEvent_MeasuresTracked");
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
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
    assertThat(visited(instance)).doesNotContain("ServiceTask_ActivatePlan");
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

    assertEndedAt(instance, "EndEvent_MeasuresTracked");
    assertThat(visited(instance)).contains("EndEvent_EscalationHandled");
  }

  @Test
  void anOverdueReferralIsChasedWhileTheDepartmentsAnswerIsStillAwaited() {
    ProcessInstance instance = start();
    draftReviewAndGenerate(instance);
    sign(instance, "PAPER");
    work(instance, "activate-assistance-plan", Map.of("referralCount", 1));
    work(instance, "report-assistance-agreement", Map.of());
    work(instance, "refer-plan-measure", Map.of("measureId", 100L,
        "referralDue", OffsetDateTime.now().plusDays(10).toString()));

    Job overdue = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(overdue.getDuedate()).isInTheFuture();
    management.executeJob(overdue.getId());
    Task chase = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_ChaseOverdueReferral").singleResult();
    assertThat(candidateGroups(chase)).containsExactly("caseworker:110105001");
    tasks.complete(chase.getId());
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_RecordReferralFeedback").singleResult().getId(), Map.of("measureDelivered", "YES"));
    work(instance, "record-referral-outcome", Map.of());

    assertEndedAt(instance, "EndEvent_MeasuresTracked");
    assertThat(visited(instance)).contains("EndEvent_ReferralChased", "EndEvent_ReferralClosed");
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

    assertEndedAt(instance, "EndEvent_MeasuresTracked");
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
