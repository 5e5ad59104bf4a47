package cn.gov.civilaffairs.assistance.intake;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.headOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class ApplicationIntakeIntegrationTests extends IntegrationTest {

  @Autowired
  RuntimeService runtime;

  @Autowired
  RepositoryService repository;

  @Test
  @SuppressWarnings("unchecked")
  void acceptsACompleteApplicationAndStartsItsProcess() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) response.getBody().get("caseNumber");
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(caseNumber).matches("DB-110105001-" + year + "-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseNumber);
    assertThat(response.getBody()).containsEntry("status", "OPEN").containsEntry("category", "DIBAO");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("assistance-application").count()).isEqualTo(1);
    assertThat(count("select count(*) from cases where case_number = ?", caseNumber)).isEqualTo(1);
    assertThat(count("select count(*) from household_members where resident_id = ?",
        headOf(household(application)).get("residentId"))).isEqualTo(1);

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      Map<String, Object> shown = get("/api/cases/" + caseNumber).getBody();
      assertThat(shown).containsEntry("conflictOfInterest", false);
      assertThat((List<Object>) shown.get("activeSteps")).containsExactly("UserTask_InvestigateHousehold");
      assertThat(timelineTypes(shown)).containsSubsequence("ACCEPTED", "STEP_STARTED",
          "NO_CONFLICT_OF_INTEREST", "STEP_COMPLETED", "STEP_STARTED");
    });
  }

  @Test
  void acceptsAnApplicationOfAnExistingHousehold() {
    Map<String, Object> couple = cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn("110105001002");
    Map<String, Object> registered = post("/api/households", couple).getBody();
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001002");
    application.remove("household");
    application.put("householdId", registered.get("id"));
    application.put("category", "MARGINAL");
    application.put("applicantResidentId", memberResidentId(couple, 1));

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) response.getBody().get("caseNumber")).startsWith("BY-110105001-");
    assertThat(response.getBody().get("householdId")).isEqualTo(registered.get("id"));
  }

  @Test
  void refusesIncompleteMaterialsListingEverythingMissingAndStoresNothing() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    application.put("materials", List.of("APPLICATION_FORM", "RESIDENT_IDS"));
    application.put("agent", Map.of("name", "赵律师", "residentId", freshResidentId(), "relation", "委托代理人"));
    int cases = count("select count(*) from cases");
    int households = count("select count(*) from households");

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "MATERIALS_INCOMPLETE");
    assertThat(errorFields(response)).containsExactly("materials.HOUSEHOLD_REGISTER",
        "materials.INCOME_DECLARATION", "materials.ASSET_DECLARATION", "materials.VERIFICATION_AUTHORISATION",
        "materials.AGENT_AUTHORISATION");
    assertThat((List<?>) response.getBody().get("missing")).hasSize(5);
    assertThat(count("select count(*) from cases")).isEqualTo(cases);
    assertThat(count("select count(*) from households")).isEqualTo(households);
  }

  @Test
  void tellsEveryProblemOfAnApplicationAtOnceAndStoresNothing() {
    // 一次性告知: pledge, consent, materials and the household's fields are answered in one refusal.
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105002002");
    application.put("truthPledgeSigned", false);
    application.remove("verificationConsent");
    application.put("materials", List.of("APPLICATION_FORM"));
    List<Map<String, Object>> members = cn.gov.civilaffairs.assistance.support.Fixtures.membersOf(
        household(application));
    String spouseId = (String) members.get(1).get("residentId");
    String badId = spouseId.substring(0, 17) + (spouseId.charAt(17) == '0' ? '1' : '0');
    members.get(1).put("residentId", badId);
    // The household's items that name the spouse follow the (mistyped) number, as the clerk typed it once.
    for (String items : List.of("incomes", "assets", "rigidExpenses")) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> listed = (List<Map<String, Object>>) household(application).get(items);
      if (listed != null) {
        listed.replaceAll(item -> {
          Map<String, Object> copy = new java.util.HashMap<>(item);
          copy.computeIfPresent("memberResidentId", (key, id) -> spouseId.equals(id) ? badId : id);
          return copy;
        });
      }
    }
    members.get(0).put("name", "");
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    Integer counterBefore = counter("110105002", year);
    int cases = count("select count(*) from cases");
    int households = count("select count(*) from households");

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
    assertThat(errors(response)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "truthPledgeSigned:MUST_BE_TRUE", "verificationConsent:REQUIRED",
        "household.members[0].name:REQUIRED", "household.members[1].residentId:INVALID_RESIDENT_ID",
        "materials.RESIDENT_IDS:MATERIAL_MISSING", "materials.HOUSEHOLD_REGISTER:MATERIAL_MISSING",
        "materials.INCOME_DECLARATION:MATERIAL_MISSING", "materials.ASSET_DECLARATION:MATERIAL_MISSING",
        "materials.VERIFICATION_AUTHORISATION:MATERIAL_MISSING");
    assertThat((List<?>) response.getBody().get("missing")).hasSize(5);
    assertThat(count("select count(*) from cases")).isEqualTo(cases);
    assertThat(count("select count(*) from households")).isEqualTo(households);
    assertThat(count("select count(*) from household_members where resident_id = ?", members.get(0).get("residentId")))
        .isZero();
    assertThat(counter("110105002", year)).isEqualTo(counterBefore);

    Map<String, Object> good = aDibaoApplicationOfANewCouple("110105002002");
    ResponseEntity<Map<String, Object>> accepted = post("/api/applications", good);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) accepted.getBody().get("caseNumber")).endsWith("-%06d".formatted(counterBefore + 1));
  }

  @Test
  void keepsMaterialsIncompleteAsTheCodeWhenOnlyMaterialsAreMissing() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    application.put("materials", List.of("APPLICATION_FORM", "RESIDENT_IDS", "HOUSEHOLD_REGISTER",
        "INCOME_DECLARATION", "ASSET_DECLARATION"));

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getBody()).containsEntry("code", "MATERIALS_INCOMPLETE");
    assertThat(errorFields(response)).containsExactly("materials.VERIFICATION_AUTHORISATION");
  }

  @Test
  void tellsTheTemporaryAidRequestsProblemsTogetherWithThePledgeAndMaterials() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    application.put("category", "TEMPORARY_AID");
    application.put("truthPledgeSigned", false);
    application.put("materials", List.of());
    application.put("temporaryAid", Map.of("aidType", "EMERGENCY", "reason", "OTHER", "amountRequested", -1));

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
    assertThat(errorFields(response)).contains("truthPledgeSigned", "temporaryAid.reasonDetail",
        "temporaryAid.amountRequested", "temporaryAid.aidForm");
    assertThat(errorFields(response)).anySatisfy(field -> assertThat((String) field).startsWith("materials."));
    assertThat((List<?>) response.getBody().get("missing")).isNotEmpty();
  }

  @Test
  void refusesASecondOpenCaseOfTheSameCategoryForAHousehold() {
    Map<String, Object> original = aDibaoApplicationOfANewCouple("110105001001");
    Map<String, Object> first = post("/api/applications", original).getBody();
    Map<String, Object> again = aDibaoApplicationOfANewCouple("110105001001");
    again.remove("household");
    again.put("householdId", first.get("householdId"));
    again.put("applicantResidentId", original.get("applicantResidentId"));

    ResponseEntity<Map<String, Object>> response = post("/api/applications", again);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("code", "DUPLICATE_OPEN_CASE")
        .containsEntry("openCase", first.get("caseNumber"));
  }

  @Test
  void answersARetryWithTheSameKeyWithTheSameCase() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105002001");
    int cases = count("select count(*) from cases");

    ResponseEntity<Map<String, Object>> first = post("/api/applications", application, idempotencyKey("k-retry-1"));
    ResponseEntity<Map<String, Object>> retry = post("/api/applications", application, idempotencyKey("k-retry-1"));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retry.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
    assertThat(count("select count(*) from cases")).isEqualTo(cases + 1);
  }

  @Test
  void refusesAKeyReusedForADifferentApplication() {
    post("/api/applications", aDibaoApplicationOfANewCouple("110105002001"), idempotencyKey("k-reused"));

    ResponseEntity<Map<String, Object>> response = post("/api/applications",
        aDibaoApplicationOfANewCouple("110105002001"), idempotencyKey("k-reused"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void refusesAnInvalidResidentIdWithAFieldError() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    Map<String, Object> head = headOf(household(application));
    String id = (String) head.get("residentId");
    head.put("residentId", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "VALIDATION_FAILED");
    assertThat(errors(response)).anySatisfy(error -> {
      assertThat(error).containsEntry("field", "household.members[0].residentId")
          .containsEntry("code", "INVALID_RESIDENT_ID");
      assertThat((String) error.get("message")).contains("身份证");
    });
  }

  @Test
  void refusesABirthDateThatDisagreesWithTheResidentId() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    headOf(household(application)).put("birthDate", "1970-05-05");

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(response)).anySatisfy(error -> assertThat(error)
        .containsEntry("field", "household.members[0].birthDate").containsEntry("code", "BIRTH_DATE_MISMATCH"));
  }

  @Test
  void rollsEverythingBackWhenTheEngineCannotStartTheProcess() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110108001001");
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    post("/api/applications", aDibaoApplicationOfANewCouple("110108001002"));
    Integer counterBefore = counter("110108001", year);
    int cases = count("select count(*) from cases");
    repository.suspendProcessDefinitionByKey("assistance-application");
    ResponseEntity<Map<String, Object>> refused;
    try {
      refused = post("/api/applications", application);
    } finally {
      repository.activateProcessDefinitionByKey("assistance-application");
    }

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getBody()).containsEntry("code", "PROCESS_ENGINE_FAILED");
    assertThat(count("select count(*) from cases")).isEqualTo(cases);
    assertThat(count("select count(*) from household_members where resident_id = ?",
        headOf(household(application)).get("residentId"))).isZero();
    assertThat(counter("110108001", year)).isEqualTo(counterBefore);

    ResponseEntity<Map<String, Object>> accepted = post("/api/applications", application);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) accepted.getBody().get("caseNumber"))
        .endsWith("-%06d".formatted(counterBefore + 1));
  }

  @Test
  void refusesUnknownStreetCategoryAndFalsePledges() {
    Map<String, Object> unknownStreet = aDibaoApplicationOfANewCouple("110105001001");
    unknownStreet.put("streetCode", "110105999");
    assertThat(post("/api/applications", unknownStreet).getBody()).containsEntry("code", "UNKNOWN_STREET");

    Map<String, Object> unknownCategory = aDibaoApplicationOfANewCouple("110105001001");
    unknownCategory.put("category", "WELFARE");
    ResponseEntity<Map<String, Object>> category = post("/api/applications", unknownCategory);
    assertThat(category.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(category)).containsExactly("category");

    Map<String, Object> noPledge = aDibaoApplicationOfANewCouple("110105001001");
    noPledge.put("truthPledgeSigned", false);
    noPledge.put("verificationConsent", false);
    ResponseEntity<Map<String, Object>> pledges = post("/api/applications", noPledge);
    assertThat(pledges.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(pledges)).containsExactlyInAnyOrder("truthPledgeSigned", "verificationConsent");
  }

  @Test
  void refusesNegativeAmountsAndFutureDates() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    Map<String, Object> household = household(application);
    household.put("incomes", List.of(Map.of("kind", "WAGES", "periodStart", "2026-01-01",
        "periodEnd", LocalDate.now().plusYears(1).toString(), "amount", -5)));

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(response)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "household.incomes[0].periodEnd:DATE_IN_FUTURE", "household.incomes[0].amount:NEGATIVE");
  }

  @Test
  void refusesMalformedJsonAndUnknownFields() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> malformed = http.exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>("{\"category\": ", headers), JSON_OBJECT);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).containsEntry("code", "MALFORMED_JSON");

    Map<String, Object> typo = aDibaoApplicationOfANewCouple("110105001001");
    typo.put("catgory", "DIBAO");
    ResponseEntity<Map<String, Object>> unknown = post("/api/applications", typo);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(unknown)).anySatisfy(e -> assertThat(e).containsEntry("field", "catgory")
        .containsEntry("code", "UNKNOWN_FIELD"));
  }

  @Test
  void answersInEnglishWhenAsked() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    application.put("materials", List.of());
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

    ResponseEntity<Map<String, Object>> response = post("/api/applications", application, english);

    assertThat((String) response.getBody().get("title")).startsWith("Materials are incomplete");
  }

  @Test
  void listsCasesInTheSimpleRestDialect() {
    post("/api/applications", aDibaoApplicationOfANewCouple("110105002002"));

    ResponseEntity<List<Map<String, Object>>> page = list("/api/cases", "[\"caseNumber\",\"ASC\"]", "[0,1]",
        "{\"streetCode\":\"110105002\"}");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).hasSizeBetween(1, 2)
        .allSatisfy(row -> assertThat(row).containsEntry("streetCode", "110105002"));
    assertThat(page.getHeaders().getFirst("Content-Range")).matches("cases 0-[01]/\\d+");

    ResponseEntity<Map<String, Object>> badSort = http.exchange(
        listUri("/api/cases", "[\"password\",\"ASC\"]", null, null), HttpMethod.GET, null, JSON_OBJECT);
    assertThat(badSort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badSort.getBody()).containsEntry("code", "INVALID_LIST_PARAMETER");
  }

  @Test
  void answersNotFoundForAnUnknownCase() {
    ResponseEntity<Map<String, Object>> response = get("/api/cases/DB-110105001-2026-999999");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).containsEntry("code", "CASE_NOT_FOUND");
  }

  private Integer counter(String street, int year) {
    List<Integer> values = jdbc.queryForList(
        "select last_value from case_number_counters where street_code = ? and year = ?", Integer.class, street,
        year);
    return values.isEmpty() ? 0 : values.get(0);
  }

  private static String freshResidentId() {
    return (String) cn.gov.civilaffairs.assistance.support.Fixtures.person("x", "OTHER", true).get("residentId");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> household(Map<String, Object> application) {
    return (Map<String, Object>) application.get("household");
  }

  @SuppressWarnings("unchecked")
  private static Object memberResidentId(Map<String, Object> household, int index) {
    return ((List<Map<String, Object>>) household.get("members")).get(index).get("residentId");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> timelineTypes(Map<String, Object> caseView) {
    return new ArrayList<>(((List<Map<String, Object>>) caseView.get("timeline")).stream()
        .map(entry -> entry.get("type")).toList());
  }
}
