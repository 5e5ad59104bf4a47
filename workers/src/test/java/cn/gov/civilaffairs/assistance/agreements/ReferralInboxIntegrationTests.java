package cn.gov.civilaffairs.assistance.agreements;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The referral inbox over HTTP: department officers see and answer only their department's referrals within their
 * jurisdiction; a caseworker enters a paper reply; who entered each answer is kept.
 */
class ReferralInboxIntegrationTests extends IntegrationTest {

  private static final String CASEWORKER = "referral.caseworker";
  private static final String REVIEWER = "referral.reviewer";
  private static final String ADMIN = "referral.admin";
  private static final String HR = "referral.hr.110105";
  private static final String EDUCATION = "referral.edu.110105";
  private static final String HR_ELSEWHERE = "referral.hr.110108";
  private static final String NO_DEPARTMENT = "referral.nodept.110105";

  @Autowired
  TaskService tasks;

  @Autowired
  HistoryService history;

  @BeforeEach
  void staff() {
    ensureUser(CASEWORKER, "110105002", Role.CASEWORKER);
    ensureUser(REVIEWER, "110105002", Role.STREET_REVIEWER);
    ensureUser(ADMIN, "110000", Role.ADMIN);
    for (String officer : List.of(HR, EDUCATION, NO_DEPARTMENT)) {
      ensureUser(officer, "110105", Role.DEPARTMENT_OFFICER);
    }
    ensureUser(HR_ELSEWHERE, "110108", Role.DEPARTMENT_OFFICER);
    assertThat(send(ADMIN, HttpMethod.PUT, "/api/agreements/department-officers/" + HR,
        Map.of("department", "HUMAN_RESOURCES")).getStatusCode().value()).isEqualTo(200);
    send(ADMIN, HttpMethod.PUT, "/api/agreements/department-officers/" + EDUCATION, Map.of("department", "EDUCATION"));
    send(ADMIN, HttpMethod.PUT, "/api/agreements/department-officers/" + HR_ELSEWHERE,
        Map.of("department", "HUMAN_RESOURCES"));
  }

  @Test
  void eachDepartmentOfficerSeesAndAnswersOnlyTheirDepartmentsReferralsInTheirJurisdiction() {
    String caseNumber = activatedPlanWithAJobAndASchoolReferral();
    Map<String, Object> job = theOnlyReferral(HR, caseNumber);
    Map<String, Object> school = theOnlyReferral(EDUCATION, caseNumber);
    assertThat(job).containsEntry("department", "HUMAN_RESOURCES").containsEntry("measureCode",
        "EMPLOYMENT_JOB_REFERRAL").containsEntry("status", "OPEN").containsEntry("streetCode", "110105002");
    assertThat(school).containsEntry("department", "EDUCATION");
    assertThat(referrals(HR_ELSEWHERE, caseNumber)).isEmpty();
    assertThat(referrals(NO_DEPARTMENT, caseNumber)).isEmpty();
    assertThat(send(HR_ELSEWHERE, HttpMethod.GET, "/api/agreements/referrals/" + job.get("id"), null)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(send(HR, HttpMethod.POST, "/api/agreements/referrals/" + school.get("id") + "/feedback",
        Map.of("delivered", true, "note", "不是本部门的事项")).getStatusCode().value()).isEqualTo(404);
    assertThat(referrals(CASEWORKER, caseNumber)).hasSize(2);

    // The human-resources officer answers in the system.
    ResponseEntity<Map<String, Object>> answered = send(HR, HttpMethod.POST, "/api/agreements/referrals/"
        + job.get("id") + "/feedback", Map.of("delivered", true, "note", "已推荐至朝阳区某物业公司保洁岗位并录用"));
    assertThat(answered.getStatusCode().value()).as("%s", answered.getBody()).isEqualTo(200);
    assertThat(answered.getBody()).containsEntry("enteredBy", HR).containsEntry("enteredAs", "DEPARTMENT")
        .containsEntry("delivered", true);
    assertThat(send(HR, HttpMethod.POST, "/api/agreements/referrals/" + job.get("id") + "/feedback",
        Map.of("delivered", false, "note", "再次提交")).getBody()).containsEntry("code", "REFERRAL_ANSWERED");

    // The school's answer came on paper; the caseworker enters it with who answered and when.
    ResponseEntity<Map<String, Object>> paper = send(CASEWORKER, HttpMethod.POST, "/api/agreements/referrals/"
        + school.get("id") + "/feedback", Map.of("delivered", false, "note", "学位已满，建议下学期再申请",
        "answeredBy", "朝阳区教委 张老师", "answeredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
    assertThat(paper.getStatusCode().value()).as("%s", paper.getBody()).isEqualTo(200);
    assertThat(paper.getBody()).containsEntry("enteredBy", CASEWORKER).containsEntry("enteredAs", "STREET");

    await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("agreement-referral").processInstanceBusinessKey(caseNumber).finished().count() == 2);
    assertThat(jdbc.queryForList("select m.measure_code || '=' || m.status from plan_measures m join assistance_plans p "
        + "on p.id = m.plan_id where p.case_number = ? order by m.id", String.class, caseNumber))
        .containsExactly("EMPLOYMENT_JOB_REFERRAL=DONE", "SCHOOLING_ENROLMENT=NOT_DONE");
    assertThat(jdbc.queryForObject("select evidence_note from plan_measures m join assistance_plans p on "
        + "p.id = m.plan_id where p.case_number = ? and measure_code = 'SCHOOLING_ENROLMENT'", String.class,
        caseNumber)).contains("未能落实", "张老师", "学位已满");
    assertThat(send(HR, HttpMethod.GET, "/api/agreements/referrals/" + job.get("id"), null).getBody())
        .containsEntry("status", "CLOSED");
    assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'REFERRAL_ANSWERED' and "
        + "case_number = ?", Integer.class, caseNumber)).isEqualTo(2);
  }

  @Test
  void refusesAnIncompleteAnswerAndChangesNothing() {
    String caseNumber = activatedPlanWithAJobAndASchoolReferral();
    Map<String, Object> job = theOnlyReferral(HR, caseNumber);

    Map<String, Object> problem = send(HR, HttpMethod.POST, "/api/agreements/referrals/" + job.get("id")
        + "/feedback", Map.of("answeredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString())).getBody();

    assertThat(problem).containsEntry("code", "VALIDATION_FAILED");
    assertThat(fieldCodes(problem)).containsExactlyInAnyOrder("delivered=REQUIRED", "note=REQUIRED",
        "answeredOn=DATE_IN_FUTURE");
    Map<String, Object> unchanged = send(HR, HttpMethod.GET, "/api/agreements/referrals/" + job.get("id"), null)
        .getBody();
    assertThat(unchanged).containsEntry("status", "OPEN");
    assertThat(unchanged.get("enteredBy")).isNull();
  }

  @Test
  void onlyADepartmentOfficerGetsADepartmentAndOnlyAKnownOne() {
    assertThat(fieldCodes(send(ADMIN, HttpMethod.PUT, "/api/agreements/department-officers/" + CASEWORKER,
        Map.of("department", "EDUCATION")).getBody())).containsExactly("username=NOT_A_DEPARTMENT_OFFICER");
    assertThat(fieldCodes(send(ADMIN, HttpMethod.PUT, "/api/agreements/department-officers/" + NO_DEPARTMENT,
        Map.of("department", "POLICE")).getBody())).containsExactly("department=UNKNOWN_DEPARTMENT");
    assertThat(send(ADMIN, HttpMethod.GET, "/api/agreements/department-officers/" + NO_DEPARTMENT, null).getBody())
        .containsEntry("code", "DEPARTMENT_NOT_SET");
    assertThat(send(ADMIN, HttpMethod.GET, "/api/agreements/department-officers/" + EDUCATION, null).getBody())
        .containsEntry("department", "EDUCATION").containsEntry("departmentName", "教育部门");
  }

  /** A case of 朝外街道 whose plan was drafted, reviewed and signed on paper; its two referrals are open. */
  private String activatedPlanWithAJobAndASchoolReferral() {
    Map<String, Object> accepted = post("/api/applications", aDibaoApplicationOfANewCouple("110105002001")).getBody();
    String caseNumber = (String) accepted.get("caseNumber");
    long householdId = ((Number) accepted.get("householdId")).longValue();
    long headId = jdbc.queryForObject("select id from household_members where household_id = ? and relation = 'HEAD'",
        Long.class, householdId);
    assertThat(send(CASEWORKER, HttpMethod.POST, "/api/agreements/plans", Map.of("caseNumber", caseNumber,
        "goals", List.of("户主6个月内实现就业"), "reviewOn", "2027-06-30", "measures", List.of(
            Map.of("memberId", headId, "measureCode", "EMPLOYMENT_JOB_REFERRAL", "dueOn", "2027-02-28"),
            Map.of("measureCode", "SCHOOLING_ENROLMENT", "dueOn", "2027-01-31"))))
        .getStatusCode().value()).isEqualTo(201);
    assertThat(send(CASEWORKER, HttpMethod.POST, "/api/agreements/processes", Map.of("caseNumber", caseNumber))
        .getStatusCode().value()).isEqualTo(201);
    complete(CASEWORKER, awaitTask(caseNumber, "UserTask_DraftPlan"), Map.of());
    complete(REVIEWER, awaitTask(caseNumber, "UserTask_ReviewPlan"), Map.of("planApproved", "YES"));
    String signing = awaitTask(caseNumber, "UserTask_SignAgreement");
    long family = TaskAttachments.attach(as(CASEWORKER), signing, "AGREEMENT_SIGNATURE", "family.png");
    long street = TaskAttachments.attach(as(CASEWORKER), signing, "AGREEMENT_SIGNATURE", "street.png");
    complete(CASEWORKER, signing, Map.of("signingOutcome", "SIGNED", "signingMethod", "TABLET",
        "familySigner", "户主", "streetSigner", "经办人", "signedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
        "familySignatureDocumentId", family, "streetSignatureDocumentId", street));
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(AgreementReferrals.FEEDBACK_STEP).count() == 2);
    assertThat(jdbc.queryForMap("select method, family_signature_document_id, street_signature_document_id from "
        + "agreement_signings where case_number = ?", caseNumber)).containsEntry("method", "TABLET")
        .containsEntry("family_signature_document_id", family).containsEntry("street_signature_document_id", street);
    return caseNumber;
  }

  private Map<String, Object> theOnlyReferral(String username, String caseNumber) {
    List<Map<String, Object>> referrals = referrals(username, caseNumber);
    assertThat(referrals).as("referrals %s sees", username).hasSize(1);
    return referrals.get(0);
  }

  private List<Map<String, Object>> referrals(String username, String caseNumber) {
    return as(username).exchange(listUri("/api/agreements/referrals", null, "[0,99]",
        "{\"caseNumber\":\"" + caseNumber + "\"}"), HttpMethod.GET, null, JSON_ARRAY).getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<String> fieldCodes(Map<String, Object> problem) {
    return ((List<Map<String, Object>>) problem.get("errors")).stream()
        .map(error -> error.get("field") + "=" + error.get("code")).toList();
  }

  private String awaitTask(String caseNumber, String step) {
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).singleResult()
        .getId();
  }

  private ResponseEntity<Map<String, Object>> send(String username, HttpMethod method, String path, Object body) {
    return as(username).exchange(path, method, body == null ? null : new HttpEntity<>(body, jsonHeaders()),
        JSON_OBJECT);
  }

  private void complete(String username, String taskId, Map<String, Object> data) {
    ResponseEntity<Map<String, Object>> response = send(username, HttpMethod.POST, "/api/tasks/" + taskId
        + "/complete", new HashMap<>(data));
    assertThat(response.getStatusCode().is2xxSuccessful()).as("completing %s: %s", taskId, response.getBody())
        .isTrue();
  }
}
