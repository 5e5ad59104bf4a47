package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ExternalTaskService;
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
 * Every outcome and branch of the periodic review, on the engine alone: re-verification, the automatic proposal,
 * the home visit only where something changed, the street confirming what it may, the county deciding the rest,
 * the notice for decrease, stop and gradual exit, the enrolment update and the end of a gradual exit by its timer.
 */
@Deployment(resources = {"processes/periodic-review.bpmn", "processes/review-home-visit.form",
    "processes/review-proposal.form"})
class PeriodicReviewProcessTests extends ProcessTestSupport {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String STREET = "110105001";
  private static final String DISTRICT = "110105";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngines.extension();

  RuntimeService runtime;
  TaskService tasks;
  ExternalTaskService externalTasks;
  ManagementService management;

  @Test
  void keepsAnUnchangedHouseholdWithoutHomeVisitConfirmedByTheStreet() {
    ProcessInstance instance = start("SCHEDULED");
    verifyAndPropose(instance, "UNCHANGED", false, true);

    caseworkerReviews(instance, "UNCHANGED");
    decide(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "UNCHANGED");
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).doesNotContain("UserTask_VisitHousehold", "UserTask_CountyReviewDecision",
        "ServiceTask_IssueReviewNotice");
  }

  @Test
  void visitsTheHomeWhenTheDataChangedMateriallyEvenIfTheAmountStays() {
    ProcessInstance instance = start("DATA_MATCH");
    verifyAndPropose(instance, "UNCHANGED", true, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "UNCHANGED");
    decide(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "UNCHANGED");
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).contains("UserTask_VisitHousehold").doesNotContain("ServiceTask_IssueReviewNotice");
  }

  @Test
  void increasesAfterAHomeVisitConfirmedByTheStreet() {
    ProcessInstance instance = start("REPORTED_CHANGE");
    verifyAndPropose(instance, "INCREASE", false, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "INCREASE");
    decide(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "INCREASE");
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).doesNotContain("UserTask_CountyReviewDecision", "ServiceTask_IssueReviewNotice");
  }

  @Test
  void leavesEvenAnUnchangedOutcomeToTheCountyWhereTheStreetMayNotConfirm() {
    ProcessInstance instance = start("SCHEDULED");
    verifyAndPropose(instance, "UNCHANGED", false, false);

    caseworkerReviews(instance, "UNCHANGED");
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "UNCHANGED");
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).doesNotContain("UserTask_StreetConfirmReview", "ServiceTask_IssueReviewNotice");
  }

  @Test
  void sendsToTheCountyWhatTheStreetDoesNotConfirm() {
    ProcessInstance instance = start("SCHEDULED");
    verifyAndPropose(instance, "UNCHANGED", false, true);

    caseworkerReviews(instance, "UNCHANGED");
    decide(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "DECREASE");
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "DECREASE");
    work(instance, "issue-review-notice", Map.of("noticeDocumentId", 7L));
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
  }

  @Test
  void decreasesByCountyDecisionWithAWrittenNotice() {
    ProcessInstance instance = start("WORK_REFUSAL");
    verifyAndPropose(instance, "DECREASE", false, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "DECREASE");
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "DECREASE");
    work(instance, "issue-review-notice", Map.of("noticeDocumentId", 7L));
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).contains("ServiceTask_IssueReviewNotice")
        .doesNotContain("UserTask_StreetConfirmReview");
  }

  @Test
  void stopsByCountyDecisionWithAWrittenNotice() {
    ProcessInstance instance = start("DEATH");
    verifyAndPropose(instance, "STOP", true, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "STOP");
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "STOP");
    work(instance, "issue-review-notice", Map.of("noticeDocumentId", 7L));
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceStopped");
  }

  @Test
  void letsTheCountyKeepTheAmountWhenTheCaseworkerProposedAStop() {
    ProcessInstance instance = start("RIGID_EXPENSE_EXPIRY");
    verifyAndPropose(instance, "STOP", true, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "STOP");
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "UNCHANGED");
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).doesNotContain("ServiceTask_IssueReviewNotice");
  }

  @Test
  void paysOnThroughAGradualExitAndThenStopsWithANoticeWhenItsTimerFires() {
    ProcessInstance instance = start("CAMPAIGN");
    verifyAndPropose(instance, "GRADUAL_EXIT", true, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "GRADUAL_EXIT");
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "GRADUAL_EXIT");
    work(instance, "issue-review-notice", Map.of("noticeDocumentId", 7L));
    Date endsAt = new Date(System.currentTimeMillis() + 6L * 31 * 86_400_000L);
    work(instance, "update-enrolment", Map.of("gradualExitEndsAt", endsAt));

    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(endsAt);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    management.executeJob(timer.getId());
    LockedExternalTask end = lock(instance, "end-gradual-exit");
    externalTasks.complete(end.getId(), "test", Map.of("noticeDocumentId", 8L));

    assertEndedAt(instance, "EndEvent_GradualExitEnded");
  }

  @Test
  void carriesTheReverificationResultToTheProposal() {
    ProcessInstance instance = start("SCHEDULED");
    work(instance, "verify-household-economy", Map.of("verificationReportId", 42L, "verificationPassed", false));
    LockedExternalTask proposal = lock(instance, "propose-review-outcome");
    assertThat(proposal.getVariables()).containsEntry("verificationReportId", 42L)
        .containsEntry("householdId", 9L).containsEntry("reason", "SCHEDULED");
  }

  private ProcessInstance start(String reason) {
    Map<String, Object> variables = new HashMap<>();
    String reviewNumber = "DB-" + STREET + "-2026-" + String.format("%06d", SEQUENCE.incrementAndGet());
    variables.put("category", "DIBAO");
    variables.put("reason", reason);
    variables.put("streetCode", STREET);
    variables.put("districtCode", DISTRICT);
    variables.put("householdId", 9L);
    variables.put("enrolmentId", 3L);
    return runtime.startProcessInstanceByKey("periodic-review", reviewNumber, variables);
  }

  private void verifyAndPropose(ProcessInstance instance, String proposal, boolean materialChange,
      boolean streetMayConfirm) {
    work(instance, "verify-household-economy", Map.of("verificationReportId", 1L, "verificationPassed",
        !materialChange));
    work(instance, "propose-review-outcome", Map.of("proposalId", 2L, "proposal", proposal, "materialChange",
        materialChange, "streetMayConfirm", streetMayConfirm));
  }

  private void caseworkerReviews(ProcessInstance instance, String outcome) {
    Task review = expectTask(instance, "UserTask_ReviewProposal", "caseworker:" + STREET);
    tasks.complete(review.getId(), Map.of("proposedOutcome", outcome));
  }

  private void decide(Task task, String outcome) {
    tasks.complete(task.getId(), Map.of("reviewDecision", outcome));
  }
}
