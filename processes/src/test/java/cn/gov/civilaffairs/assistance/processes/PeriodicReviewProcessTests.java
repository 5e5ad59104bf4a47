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

    caseworkerReviews(instance, "UNCHANGED", "STREET");
    confirmAtStreet(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "UNCHANGED", true);
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
    caseworkerReviews(instance, "UNCHANGED", "STREET");
    confirmAtStreet(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "UNCHANGED", true);
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).contains("UserTask_VisitHousehold").doesNotContain("ServiceTask_IssueReviewNotice");
  }

  @Test
  void increasesAfterAHomeVisitConfirmedByTheStreet() {
    ProcessInstance instance = start("REPORTED_CHANGE");
    verifyAndPropose(instance, "INCREASE", false, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "INCREASE", "STREET");
    confirmAtStreet(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "INCREASE", true);
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).doesNotContain("UserTask_CountyReviewDecision", "ServiceTask_IssueReviewNotice");
  }

  @Test
  void leavesEvenAnUnchangedOutcomeToTheCountyWhereTheStreetMayNotConfirm() {
    ProcessInstance instance = start("SCHEDULED");
    verifyAndPropose(instance, "UNCHANGED", false, false);

    caseworkerReviews(instance, "UNCHANGED", "COUNTY");
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "UNCHANGED");
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).doesNotContain("UserTask_StreetConfirmReview", "ServiceTask_IssueReviewNotice");
  }

  @Test
  void sendsToTheCountyWhatTheStreetMayNotConfirm() {
    ProcessInstance instance = start("SCHEDULED");
    verifyAndPropose(instance, "UNCHANGED", false, true);

    caseworkerReviews(instance, "UNCHANGED", "STREET");
    // The street's screen found the street's choice (a decrease) is not the proposal: no binding decision.
    confirmAtStreet(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "DECREASE", false);
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "DECREASE");
    work(instance, "issue-review-notice", Map.of("noticeDocumentId", 7L));
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
  }

  @Test
  void routesAProposedDecreaseByTheWorkerNotByWhatTheCaseworkersFormSets() {
    // The finding: a proposed decrease, the caseworker chose "unchanged" (and a form edited to set the routing
    // variables itself): who decides is the routing worker's answer from the stored proposal, never the form's.
    ProcessInstance instance = start("WORK_REFUSAL");
    verifyAndPropose(instance, "DECREASE", false, true);
    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());

    tasks.complete(expectTask(instance, "UserTask_ReviewProposal", "caseworker:" + STREET).getId(),
        Map.of("proposedOutcome", "UNCHANGED", "decisionLevel", "STREET", "streetMayConfirm", true));
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    work(instance, "route-review-decision", Map.of("decisionLevel", "COUNTY"));

    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "DECREASE");
    work(instance, "issue-review-notice", Map.of("noticeDocumentId", 7L));
    work(instance, "update-enrolment", Map.of());
    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).doesNotContain("UserTask_StreetConfirmReview");
  }

  @Test
  void sendsAStreetOpinionOtherThanTheProposedIncreaseToTheCounty() {
    ProcessInstance instance = start("REPORTED_CHANGE");
    verifyAndPropose(instance, "INCREASE", false, true);
    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "INCREASE", "STREET");

    // Even an outcome named like one the street may confirm goes to the county when the screen did not bind it.
    confirmAtStreet(expectTask(instance, "UserTask_StreetConfirmReview", "street-head:" + STREET), "UNCHANGED",
        false);
    decide(expectTask(instance, "UserTask_CountyReviewDecision", "county-approver:" + DISTRICT), "INCREASE");
    work(instance, "update-enrolment", Map.of());

    assertEndedAt(instance, "EndEvent_AssistanceContinued");
    assertThat(visited(instance)).contains("UserTask_StreetConfirmReview", "UserTask_CountyReviewDecision")
        .doesNotContain("ServiceTask_IssueReviewNotice");
  }

  @Test
  void decreasesByCountyDecisionWithAWrittenNotice() {
    ProcessInstance instance = start("WORK_REFUSAL");
    verifyAndPropose(instance, "DECREASE", false, true);

    tasks.complete(expectTask(instance, "UserTask_VisitHousehold", "caseworker:" + STREET).getId());
    caseworkerReviews(instance, "DECREASE", "COUNTY");
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
    caseworkerReviews(instance, "STOP", "COUNTY");
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
    caseworkerReviews(instance, "STOP", "COUNTY");
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
    caseworkerReviews(instance, "GRADUAL_EXIT", "COUNTY");
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

  /** The caseworker's opinion, then who decides as the routing worker computes it from the stored proposal. */
  private void caseworkerReviews(ProcessInstance instance, String opinion, String decisionLevel) {
    Task review = expectTask(instance, "UserTask_ReviewProposal", "caseworker:" + STREET);
    tasks.complete(review.getId(), Map.of("proposedOutcome", opinion));
    work(instance, "route-review-decision", Map.of("decisionLevel", decisionLevel));
  }

  /** The street's screen: {@code confirmed} whether its choice binds (else no decision to branch on). */
  private void confirmAtStreet(Task task, String outcome, boolean confirmed) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("streetConfirmed", confirmed);
    variables.put("reviewDecision", confirmed ? outcome : null);
    tasks.complete(task.getId(), variables);
  }

  private void decide(Task task, String outcome) {
    tasks.complete(task.getId(), Map.of("reviewDecision", outcome));
  }
}
