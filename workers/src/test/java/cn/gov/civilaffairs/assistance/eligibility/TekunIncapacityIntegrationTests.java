package cn.gov.civilaffairs.assistance.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.Fixtures;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 特困人员认定办法 art. 5 over HTTP: a 特困 application at the window of a 40-year-old whose work ability the clerk
 * recorded as PARTIAL, investigated by the street, assessed by the worker; the assessment is read from the case.
 */
class TekunIncapacityIntegrationTests extends IntegrationTest {

  private static final String STREET = "110108002";
  private static final String COMMUNITY = "110108002001";
  private static final String CLERK = "tekun.clerk";
  private static final String INVESTIGATOR = "tekun.investigator";
  private static final String SECOND_INVESTIGATOR = "tekun.investigator2";
  private static final List<String> TEKUN_MATERIALS = List.of("APPLICATION_FORM", "RESIDENT_IDS", "HOUSEHOLD_REGISTER",
      "INCOME_DECLARATION", "ASSET_DECLARATION", "SUPPORTER_STATEMENT", "VERIFICATION_AUTHORISATION");
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Autowired
  TaskService tasks;

  @BeforeEach
  void staff() {
    ensureUser(CLERK, STREET, Role.WINDOW_CLERK);
    ensureUser(INVESTIGATOR, STREET, Role.CASEWORKER);
    ensureUser(SECOND_INVESTIGATOR, STREET, Role.CASEWORKER);
    ensureUser("admin.tekun", "110000", Role.ADMIN);
  }

  @Test
  void acceptsPhysicalGradeTwoWithPartialWorkAbilityAsUnableToWork() {
    List<Map<String, Object>> assessments = applyAndAssess("PHYSICAL", 2);
    Map<String, Object> noWorkAbility = assessedTest(assessments, "NO_WORK_ABILITY");

    assertThat(assessments.get(0)).containsEntry("eligible", true);
    assertThat(noWorkAbility).containsEntry("outcome", "PASSED");
    assertThat((String) noWorkAbility.get("explanation")).contains("依据《特困人员认定办法》第五条，肢体残疾二级视为无劳动能力");
  }

  @Test
  void acceptsIntellectualGradeThreeWithPartialWorkAbilityAsUnableToWork() {
    List<Map<String, Object>> assessments = applyAndAssess("INTELLECTUAL", 3);

    assertThat(assessments.get(0)).containsEntry("eligible", true);
    assertThat(assessedTest(assessments, "TEKUN_PERSON_GROUP")).containsEntry("outcome", "PASSED");
    assertThat((String) assessedTest(assessments, "NO_WORK_ABILITY").get("explanation"))
        .contains("依据《特困人员认定办法》第五条，智力残疾三级视为无劳动能力");
  }

  @Test
  void leavesPhysicalGradeThreeToTheRecordedWorkAbility() {
    List<Map<String, Object>> assessments = applyAndAssess("PHYSICAL", 3);

    assertThat(assessments.get(0)).containsEntry("eligible", false);
    assertThat(assessedTest(assessments, "NO_WORK_ABILITY")).containsEntry("outcome", "FAILED");
  }

  @Test
  @ProvesParameter("tekun.incapacity.hearingMaxGrade")
  void deemsHearingGradeOneUnableToWorkOnlyOnceTheLocalityAddsIt() {
    List<Map<String, Object>> national = applyAndAssess("HEARING", 1);

    ResponseEntity<Map<String, Object>> set = as("admin.tekun").exchange("/api/policy/parameters", HttpMethod.POST,
        new HttpEntity<>(Map.of("jurisdictionCode", "110108", "code", "tekun.incapacity.hearingMaxGrade", "value", 1,
            "effectiveFrom", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "reason", "本省规定听力残疾一级视为无劳动能力"),
            jsonHeaders()), JSON_OBJECT);
    ResponseEntity<Map<String, Object>> below = as("admin.tekun").exchange("/api/policy/parameters",
        HttpMethod.POST, new HttpEntity<>(Map.of("jurisdictionCode", "110108", "code",
            "tekun.incapacity.physicalMaxGrade", "value", 1, "effectiveFrom", "2026-01-01", "reason", "试图减少"),
            jsonHeaders()), JSON_OBJECT);
    List<Map<String, Object>> local = applyAndAssess("HEARING", 1);

    assertThat(national.get(0)).containsEntry("eligible", false);
    assertThat(assessedTest(national, "NO_WORK_ABILITY")).containsEntry("outcome", "FAILED");
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(below.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(local.get(0)).containsEntry("eligible", true);
    assertThat((String) assessedTest(local, "NO_WORK_ABILITY").get("explanation"))
        .contains("依据《特困人员认定办法》第五条第（四）项及本地规定，听力残疾一级视为无劳动能力");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> assessedTest(List<Map<String, Object>> assessments, String code) {
    List<Map<String, Object>> tests = (List<Map<String, Object>>) ((Map<String, Object>) assessments.get(0)
        .get("result")).get("tests");
    return tests.stream().filter(test -> code.equals(test.get("code"))).findFirst().orElseThrow();
  }

  /** Files the application, investigates it and answers the case's assessments once the first opinion is due. */
  private List<Map<String, Object>> applyAndAssess(String disabilityKind, int grade) {
    ResponseEntity<Map<String, Object>> accepted = as(CLERK).exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>(application(disabilityKind, grade), jsonHeaders()), JSON_OBJECT);
    assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) accepted.getBody().get("caseNumber");
    complete(INVESTIGATOR, awaitTask(caseNumber, "UserTask_InvestigateHousehold"), Map.of("visitDate", "2026-11-20",
        "investigators", "张伟、刘洋", "livingConditions", "RENTED", "membersPresent", 1, "findings", "独居。",
        "familySigned", true));
    complete(SECOND_INVESTIGATOR, awaitTask(caseNumber, "UserTask_CountersignInvestigation"),
        Map.of("tookPart", true, "signedOn", "2026-11-20"));
    awaitTask(caseNumber, "UserTask_StreetFirstOpinion");
    List<Map<String, Object>> assessments = list("/api/cases/" + caseNumber + "/assessments").getBody();
    assertThat(assessments).hasSize(1);
    return assessments;
  }

  /** One person of 40 living alone, no income, no supporter, disabled as given, work ability recorded PARTIAL. */
  private static Map<String, Object> application(String disabilityKind, int grade) {
    LocalDate birthDate = LocalDate.of(1986, 1, 1).plusDays(PEOPLE.incrementAndGet());
    String first17 = "110108" + birthDate.toString().replace("-", "") + "771";
    Map<String, Object> person = Fixtures.person("孙立新", "HEAD", true);
    person.put("residentId", first17 + ResidentIds.checkCharacter(first17));
    person.put("birthDate", birthDate.toString());
    person.put("workAbility", "PARTIAL");
    person.put("disabilityKind", disabilityKind);
    person.put("disabilityGrade", grade);
    person.put("legalSupport", "NONE");
    Map<String, Object> household = new HashMap<>();
    household.put("communityCode", COMMUNITY);
    household.put("address", "学院路" + PEOPLE.get() + "号楼");
    household.put("phone", "13800005678");
    household.put("members", new ArrayList<>(List.of(person)));
    Map<String, Object> application = new HashMap<>();
    application.put("category", "TEKUN");
    application.put("streetCode", STREET);
    application.put("household", household);
    application.put("applicantResidentId", person.get("residentId"));
    application.put("truthPledgeSigned", true);
    application.put("verificationConsent", true);
    application.put("materials", new ArrayList<>(TEKUN_MATERIALS));
    return application;
  }

  private String awaitTask(String caseNumber, String step) {
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).singleResult()
        .getId();
  }

  private void complete(String username, String taskId, Map<String, Object> data) {
    ResponseEntity<Map<String, Object>> response = as(username).exchange("/api/tasks/" + taskId + "/complete",
        HttpMethod.POST, new HttpEntity<>(data, jsonHeaders()), JSON_OBJECT);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
