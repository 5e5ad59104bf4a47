package cn.gov.civilaffairs.assistance.applications;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A 低保 application from the window to the approval, over HTTP with the real engine and job workers, as the
 * people of one street and its county would work it. The 公示 timer is fired by the test (seven days do not pass).
 */
class DibaoApplicationJourneyIntegrationTests extends IntegrationTest {

  private static final String COMMUNITY = "110105001001";
  private static final String CLERK = "journey.clerk";
  private static final String INVESTIGATOR = "journey.investigator";
  private static final String SECOND_INVESTIGATOR = "journey.investigator2";
  private static final String REVIEWER = "journey.reviewer";
  private static final String COUNTY = "journey.county";

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @BeforeEach
  void staff() {
    ensureUser(CLERK, "110105001", Role.WINDOW_CLERK);
    ensureUser(INVESTIGATOR, "110105001", Role.CASEWORKER);
    ensureUser(SECOND_INVESTIGATOR, "110105001", Role.CASEWORKER);
    ensureUser(REVIEWER, "110105001", Role.STREET_REVIEWER);
    ensureUser(COUNTY, "110105", Role.COUNTY_APPROVER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void approvesAnEligibleCoupleAndEnrolsThemFromNextMonth() {
    // At the window: the application is accepted and numbered.
    String caseNumber = accept();

    // The economy is verified by the worker; the street investigates, two investigators sign.
    String investigation = awaitTask(caseNumber, "UserTask_InvestigateHousehold");
    assertThat(complete(INVESTIGATOR, investigation, Map.of("visitDate", "2026-11-20",
        "investigators", "张伟、刘洋", "livingConditions", "RENTED", "membersPresent", 2,
        "findings", "夫妻二人租住平房，户主打零工，收入不稳定。", "familySigned", true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String countersign = awaitTask(caseNumber, "UserTask_CountersignInvestigation");
    assertThat(complete(INVESTIGATOR, countersign, Map.of("tookPart", true, "signedOn", "2026-11-20"))
        .getBody()).containsEntry("code", "SAME_PERSON_TWICE");
    complete(SECOND_INVESTIGATOR, countersign, Map.of("tookPart", true, "signedOn", "2026-11-20"));

    // The assessment explains itself; the street supports the application.
    String opinion = awaitTask(caseNumber, "UserTask_StreetFirstOpinion");
    List<Map<String, Object>> assessments = as(REVIEWER).exchange("/api/cases/" + caseNumber + "/assessments",
        HttpMethod.GET, null, JSON_ARRAY).getBody();
    assertThat(assessments).singleElement().satisfies(assessment -> {
      assertThat(assessment).containsEntry("eligible", true);
      assertThat((List<Object>) ((Map<String, Object>) assessment.get("result")).get("tests")).isNotEmpty();
    });
    BigDecimal assessed = new BigDecimal(String.valueOf(assessments.get(0).get("monthlyBenefit")));
    assertThat(assessed).isPositive();
    assertThat(as(REVIEWER).exchange("/api/tasks/" + opinion, HttpMethod.GET, null, JSON_OBJECT).getBody())
        .containsEntry("formKey", "builtin:first-opinion");
    complete(REVIEWER, opinion, Map.of("opinion", "APPROVE"));

    // 公示: name, family size and amount only.
    await().atMost(Duration.ofSeconds(20)).until(() -> noticeTimer(caseNumber) != null);
    List<Map<String, Object>> board = as(REVIEWER).exchange("/api/public-notices", HttpMethod.GET, null, JSON_ARRAY)
        .getBody();
    assertThat(board).anySatisfy(notice -> assertThat(notice).containsEntry("caseNumber", caseNumber)
        .containsEntry("applicantName", "王建国").containsEntry("familySize", 2)
        .doesNotContainKeys("residentId", "income"));
    management.executeJob(noticeTimer(caseNumber).getId());

    // The county decides; the household is enrolled with the assessed amount from next month.
    String decision = awaitTask(caseNumber, "UserTask_CountyDecision");
    assertThat(as(COUNTY).exchange("/api/tasks/" + decision + "/claim", HttpMethod.POST, null, JSON_OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(complete(COUNTY, decision, Map.of("decision", "APPROVE", "note", "符合低保条件")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    await().atMost(Duration.ofSeconds(20)).until(() -> count(
        "select count(*) from enrolments where case_number = ?", caseNumber) == 1);
    List<Map<String, Object>> decisions = as(COUNTY).exchange("/api/cases/" + caseNumber + "/decisions",
        HttpMethod.GET, null, JSON_ARRAY).getBody();
    assertThat(decisions).extracting(d -> d.get("kind")).containsExactly("FIRST_OPINION", "DECISION");
    Map<String, Object> approval = decisions.get(1);
    assertThat(new BigDecimal(String.valueOf(approval.get("monthlyBenefit")))).isEqualByComparingTo(assessed);
    assertThat(approval.get("parameterVersion")).isNotNull();
    assertThat((String) approval.get("startMonth")).endsWith("-01");
    assertThat((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody().get("timeline"))
        .anySatisfy(entry -> assertThat(entry).containsEntry("type", "ENROLLED"));
    assertThat(as(COUNTY).exchange("/api/publications", HttpMethod.GET, null, JSON_ARRAY).getBody())
        .anySatisfy(entry -> assertThat(entry).containsEntry("caseNumber", caseNumber)
            .containsEntry("applicantName", "王建国").containsEntry("familySize", 2).containsEntry("category", "DIBAO")
            .doesNotContainKeys("residentId", "address"));
    assertThat(documentKinds(caseNumber)).contains("ACCEPTANCE_RECEIPT", "VERIFICATION_REPORT",
        "INVESTIGATION_RECORD", "PUBLIC_NOTICE", "APPROVAL_NOTICE");
  }

  private List<Object> documentKinds(String caseNumber) {
    return as(COUNTY).exchange("/api/cases/" + caseNumber + "/documents", HttpMethod.GET, null, JSON_ARRAY)
        .getBody().stream().map(document -> document.get("kind")).toList();
  }

  @Test
  void refusesWithEveryReasonAndClosesTheCaseOnceTheRefusalIsDelivered() {
    String caseNumber = accept();
    investigate(caseNumber);
    complete(REVIEWER, awaitTask(caseNumber, "UserTask_StreetFirstOpinion"),
        Map.of("opinion", "REFUSE", "reasons", List.of("家庭人均收入高于当地低保标准")));

    String decision = awaitTask(caseNumber, "UserTask_CountyDecision");
    ResponseEntity<Map<String, Object>> withoutReasons = complete(COUNTY, decision, Map.of("decision", "REFUSE"));
    assertThat(withoutReasons.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(withoutReasons)).containsExactly("reasons");
    complete(COUNTY, decision, Map.of("decision", "REFUSE",
        "reasons", List.of("家庭人均收入高于当地低保标准", "拥有机动车辆")));

    String delivery = awaitTask(caseNumber, "UserTask_ConfirmRefusalDelivery");
    complete(INVESTIGATOR, delivery, Map.of("deliveredOn", "2026-11-25", "deliveryMethod", "IN_PERSON",
        "recipient", "王建国"));

    Map<String, Object> shown = get("/api/cases/" + caseNumber).getBody();
    assertThat(shown).containsEntry("status", "CLOSED").containsEntry("outcome", "EndEvent_Refused");
    assertThat(documentKinds(caseNumber)).contains("REFUSAL_NOTICE").doesNotContain("PUBLIC_NOTICE");
  }

  @Test
  void sendsTheCaseBackWhenAnObjectionIsRegisteredDuringThe公示AndRefusesOneOutsideIt() {
    String caseNumber = accept();
    ResponseEntity<Map<String, Object>> tooEarly = object(caseNumber);
    investigate(caseNumber);
    complete(REVIEWER, awaitTask(caseNumber, "UserTask_StreetFirstOpinion"), Map.of("opinion", "APPROVE"));
    await().atMost(Duration.ofSeconds(20)).until(() -> noticeTimer(caseNumber) != null);

    ResponseEntity<Map<String, Object>> objection = object(caseNumber);

    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tooEarly.getBody()).containsEntry("code", "NOTICE_NOT_OPEN");
    assertThat(objection.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String resolve = awaitTask(caseNumber, "UserTask_ResolveObjection");
    assertThat(noticeTimer(caseNumber)).isNull();
    complete(REVIEWER, resolve, Map.of("method", "DEMOCRATIC_REVIEW", "resolvedOn", "2026-11-26",
        "findings", "民主评议认为举报不实。"));
    awaitTask(caseNumber, "UserTask_StreetFirstOpinion");
    assertThat(count("select count(*) from eligibility_assessments where case_number = ?", caseNumber))
        .isEqualTo(2);
    // A democratic review is no new investigation: the file keeps one investigation record.
    assertThat(documentKinds(caseNumber)).filteredOn("INVESTIGATION_RECORD"::equals).hasSize(1);
  }

  @Test
  void endsTheReviewWithTheReasonWhenTheFamilyRefusesToCooperate() {
    String caseNumber = accept();
    awaitTask(caseNumber, "UserTask_InvestigateHousehold");

    ResponseEntity<Map<String, Object>> byClerk = terminate(CLERK, caseNumber);
    ResponseEntity<Map<String, Object>> byCaseworker = terminate(INVESTIGATOR, caseNumber);

    assertThat(byClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byCaseworker.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byCaseworker.getBody()).containsEntry("status", "CLOSED")
        .containsEntry("outcome", "SubProcess_TerminateReview");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    assertThat(terminate(INVESTIGATOR, caseNumber).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private String accept() {
    ResponseEntity<Map<String, Object>> accepted = as(CLERK).exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>(aDibaoApplicationOfANewCouple(COMMUNITY), jsonHeaders()), JSON_OBJECT);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) accepted.getBody().get("caseNumber");
  }

  private void investigate(String caseNumber) {
    complete(INVESTIGATOR, awaitTask(caseNumber, "UserTask_InvestigateHousehold"), Map.of("visitDate", "2026-11-20",
        "investigators", "张伟、刘洋", "livingConditions", "RENTED", "membersPresent", 2, "findings", "租住平房。",
        "familySigned", true));
    complete(SECOND_INVESTIGATOR, awaitTask(caseNumber, "UserTask_CountersignInvestigation"),
        Map.of("tookPart", true, "signedOn", "2026-11-20"));
  }

  private ResponseEntity<Map<String, Object>> object(String caseNumber) {
    return as(CLERK).exchange("/api/cases/" + caseNumber + "/objections", HttpMethod.POST,
        new HttpEntity<>(Map.of("objector", "邻居（匿名）", "content", "反映申请人有一辆轿车未申报。"), jsonHeaders()),
        JSON_OBJECT);
  }

  private ResponseEntity<Map<String, Object>> terminate(String username, String caseNumber) {
    return as(username).exchange("/api/cases/" + caseNumber + "/termination", HttpMethod.POST,
        new HttpEntity<>(Map.of("reason", "申请人拒绝配合入户调查，经两次通知仍不配合。"), jsonHeaders()), JSON_OBJECT);
  }

  private String awaitTask(String caseNumber, String step) {
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).singleResult()
        .getId();
  }

  private Job noticeTimer(String caseNumber) {
    return management.createJobQuery().processInstanceId(processInstanceOf(caseNumber)).timers().singleResult();
  }

  private String processInstanceOf(String caseNumber) {
    return jdbc.queryForObject("select process_instance_id from cases where case_number = ?", String.class,
        caseNumber);
  }

  private ResponseEntity<Map<String, Object>> complete(String username, String taskId, Map<String, Object> data) {
    return as(username).exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(data, jsonHeaders()), JSON_OBJECT);
  }
}
