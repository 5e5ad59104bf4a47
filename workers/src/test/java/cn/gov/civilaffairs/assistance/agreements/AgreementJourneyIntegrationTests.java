package cn.gov.civilaffairs.assistance.agreements;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * From an approved case to a signed agreement over HTTP: the application calls the agreement process, which ends
 * once the plan is activated, so the case closes while the job referral is still tracked by its own process.
 */
class AgreementJourneyIntegrationTests extends IntegrationTest {

  private static final String CASEWORKER = "agreement.caseworker";
  private static final String REVIEWER = "agreement.reviewer";

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @BeforeEach
  void staff() {
    ensureUser(CASEWORKER, "110105001", Role.CASEWORKER);
    ensureUser(REVIEWER, "110105001", Role.STREET_REVIEWER);
  }

  @Test
  void anApprovedFamilySignsOnPaperThePlanIsActivatedAndTheJobReferralIsAnswered() {
    // An approved case: its application calls the agreement process.
    Map<String, Object> accepted = post("/api/applications", aDibaoApplicationOfANewCouple("110105001001")).getBody();
    String caseNumber = (String) accepted.get("caseNumber");
    long householdId = ((Number) accepted.get("householdId")).longValue();
    String application = waitForTheAgreement(caseNumber);

    // The caseworker drafts the plan: a job referral for the head, the living allowance from civil affairs.
    long headId = jdbc.queryForObject("select id from household_members where household_id = ? and relation = 'HEAD'",
        Long.class, householdId);
    Map<String, Object> plan = send(CASEWORKER, HttpMethod.POST, "/api/agreements/plans", Map.of(
        "caseNumber", caseNumber, "goals", List.of("户主6个月内实现就业"), "obligations", List.of("接受合适的就业推荐"),
        "reviewOn", "2027-06-30", "measures", List.of(
            Map.of("memberId", headId, "measureCode", "EMPLOYMENT_JOB_REFERRAL", "dueOn", "2027-02-28"),
            Map.of("measureCode", "LIVING_ALLOWANCE")))).getBody();
    assertThat(send(CASEWORKER, HttpMethod.POST, "/api/agreements/processes", Map.of("caseNumber", caseNumber))
        .getBody()).containsEntry("code", "AGREEMENT_PROCESS_RUNNING");
    complete(CASEWORKER, awaitTask(caseNumber, "UserTask_DraftPlan"), Map.of());

    // The street reviewer returns it (a note saying what to change is required), the caseworker resubmits it.
    String review = awaitTask(caseNumber, "UserTask_ReviewPlan");
    Map<String, Object> refused = send(REVIEWER, HttpMethod.POST, "/api/tasks/" + review + "/complete",
        Map.of("planApproved", "NO")).getBody();
    assertThat(refused).containsEntry("code", "VALIDATION_FAILED");
    assertThat(refused.toString()).contains("reviewComment");
    assertThat(send(REVIEWER, HttpMethod.POST, "/api/tasks/" + review + "/complete",
        Map.of("planApproved", "MAYBE")).getBody()).containsEntry("code", "VALIDATION_FAILED");
    complete(REVIEWER, review, Map.of("planApproved", "NO", "reviewComment", "请写明就业推荐的具体岗位"));
    complete(CASEWORKER, awaitTask(caseNumber, "UserTask_DraftPlan"), Map.of());

    // The street reviewer approves it; the agreement is generated into the household file.
    complete(REVIEWER, awaitTask(caseNumber, "UserTask_ReviewPlan"), Map.of("planApproved", "YES"));
    String signing = awaitTask(caseNumber, "UserTask_SignAgreement");
    assertThat(jdbc.queryForList("select step from household_documents where household_id = ? and kind = ?",
        String.class, householdId, "ASSISTANCE_AGREEMENT")).containsExactly("assistanceAgreement-v1");

    // Both parties sign on paper; the signed scan is attached at the step.
    Map<String, Object> signed = new java.util.HashMap<>(Map.of("signingOutcome", "SIGNED", "signingMethod", "PAPER",
        "familySigner", "王建国", "streetSigner", "陈经办", "signedOn", "2026-11-27"));
    assertThat(send(CASEWORKER, HttpMethod.POST, "/api/tasks/" + signing + "/complete", signed).getBody())
        .containsEntry("code", "VALIDATION_FAILED");
    long scan = TaskAttachments.attach(as(CASEWORKER), signing, "SIGNED_AGREEMENT", "协议签字页.png");
    signed.put("scanDocumentId", scan);
    complete(CASEWORKER, signing, signed);

    // The plan is active and the case is closed; the job referral goes on in its own process.
    await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(application).finished().count() == 1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(application).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_Approved");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("assistance-agreement")
        .processInstanceBusinessKey(caseNumber).singleResult().getEndActivityId()).isEqualTo("EndEvent_PlanActivated");
    assertThat(jdbc.queryForMap("select status, outcome from cases where case_number = ?", caseNumber))
        .containsEntry("status", "CLOSED").containsEntry("outcome", "EndEvent_Approved");
    assertThat(jdbc.queryForMap("select outcome, method, family_signer, signed_on::text as signed_on, plan_version, "
        + "scan_document_id "
        + "from agreement_signings where case_number = ?", caseNumber)).containsEntry("outcome", "SIGNED")
        .containsEntry("method", "PAPER").containsEntry("family_signer", "王建国")
        .containsEntry("signed_on", "2026-11-27").containsEntry("plan_version", 1).containsEntry("scan_document_id", scan);
    assertThat(jdbc.queryForObject("select status from assistance_plans where id = ?", String.class, plan.get("id")))
        .isEqualTo("ACTIVE");

    // The caseworker enters the human-resources department's paper reply at the referral's step.
    complete(CASEWORKER, awaitTask(caseNumber, "UserTask_RecordReferralFeedback"), Map.of("measureDelivered", "YES",
        "answeredBy", "朝阳区人力资源和社会保障局 李就业", "answeredOn", "2026-12-10", "feedback", "已推荐至某物业公司保洁岗位并录用"));

    await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("agreement-referral").processInstanceBusinessKey(caseNumber).finished().count() == 1);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("agreement-referral")
        .processInstanceBusinessKey(caseNumber).singleResult().getEndActivityId()).isEqualTo("EndEvent_ReferralClosed");
    assertThat(jdbc.queryForList("select measure_code || '=' || status from plan_measures where plan_id = ? "
        + "order by id", String.class, plan.get("id")))
        .containsExactly("EMPLOYMENT_JOB_REFERRAL=DONE", "LIVING_ALLOWANCE=PLANNED");
    assertThat(jdbc.queryForObject("select evidence_note from plan_measures where plan_id = ? and measure_code = ?",
        String.class, plan.get("id"), "EMPLOYMENT_JOB_REFERRAL")).contains("已落实", "李就业", "保洁岗位");
    assertThat(jdbc.queryForMap("select entered_by, entered_as, delivered from plan_referrals where case_number = ?",
        caseNumber)).containsEntry("entered_by", CASEWORKER).containsEntry("entered_as", "STREET")
        .containsEntry("delivered", true);
  }

  /** Moves the application to where an approved case calls the agreement process (the approval is walked elsewhere). */
  private String waitForTheAgreement(String caseNumber) {
    awaitTask(caseNumber, "UserTask_InvestigateHousehold");
    String instance = jdbc.queryForObject("select process_instance_id from cases where case_number = ?",
        String.class, caseNumber);
    org.operaton.bpm.engine.runtime.ProcessInstanceModificationBuilder modification = runtime
        .createProcessInstanceModification(instance).startBeforeActivity("CallActivity_AssistanceAgreement");
    for (String active : runtime.getActiveActivityIds(instance)) {
      modification = modification.cancelAllForActivity(active);
    }
    modification.execute();
    return instance;
  }

  private String awaitTask(String caseNumber, String step) {
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).singleResult()
        .getId();
  }

  private ResponseEntity<Map<String, Object>> send(String username, HttpMethod method, String path, Object body) {
    return as(username).exchange(path, method, new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
  }

  private void complete(String username, String taskId, Map<String, Object> data) {
    ResponseEntity<Map<String, Object>> response = send(username, HttpMethod.POST, "/api/tasks/" + taskId
        + "/complete", data);
    assertThat(response.getStatusCode().is2xxSuccessful()).as("completing %s: %s", taskId, response.getBody())
        .isTrue();
  }
}
