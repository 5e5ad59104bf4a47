package cn.gov.civilaffairs.assistance.eligibility;

import static cn.gov.civilaffairs.assistance.eligibility.IncomeAndAssetRulesIntegrationTests.input;
import static cn.gov.civilaffairs.assistance.eligibility.IncomeAndAssetRulesIntegrationTests.test;
import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.membersOf;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.csvOf;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the family declares and what the departments' extracts find both count (README "Verification and
 * assessment"), walked through the application process: the window accepts, the worker verifies against the
 * extracts imported before, the street investigates, and the assessment the first opinion sees is read over HTTP.
 */
class DeclaredAndFoundAssessmentJourneyIntegrationTests extends IntegrationTest {

  private static final String COMMUNITY = "110105001001";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final IncomeWindow WINDOW = IncomeWindow.before(TODAY, 12);
  private static final String CLERK = "income.clerk";
  private static final String INVESTIGATOR = "income.investigator";
  private static final String SECOND_INVESTIGATOR = "income.investigator2";
  private static final String REVIEWER = "income.reviewer";
  private static final String ADMIN = "income.admin";

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
    ensureUser(ADMIN, "110000", Role.ADMIN);
  }

  @Test
  void countsThreeMonthlySlipsAsOneStreamAndNothingOfIncomeThatEndedBeforeTheWindow() {
    Application couple = aCouple();
    couple.incomes().clear();
    YearMonth last = YearMonth.from(WINDOW.last());
    for (YearMonth month = last.minusMonths(2); !month.isAfter(last); month = month.plusMonths(1)) {
      couple.income(true, "WAGES", month.atDay(1), month.atEndOfMonth(), 1000);
    }
    // 10,000 a month, ended before the window
    couple.income(false, "BUSINESS", WINDOW.first().minusMonths(6), WINDOW.first().minusDays(1), 60000);

    String caseNumber = accept(couple);
    Map<String, Object> report = verificationReport(caseNumber);
    Map<String, Object> assessment = assessedAfterInvestigation(caseNumber);

    // 3,000 in the 12-month window: 250 a month, in the report's declared column and in the assessment
    assertThat(declaredMonthly(report, "WAGES")).isEqualByComparingTo("250.00");
    assertThat(input(assessment, "INCOME_BELOW_STANDARD", "monthlyIncome")).isEqualByComparingTo("250.00");
  }

  @SuppressWarnings("unchecked")
  private static BigDecimal declaredMonthly(Map<String, Object> report, String kind) {
    List<Map<String, Object>> members = (List<Map<String, Object>>) ((Map<String, Object>) report.get("content"))
        .get("members");
    return members.stream().flatMap(m -> ((List<Map<String, Object>>) m.get("incomes")).stream())
        .filter(i -> kind.equals(i.get("kind"))).map(i -> new BigDecimal(String.valueOf(i.get("declaredMonthly"))))
        .findFirst().orElseThrow();
  }

  @Test
  void refusesAVehicleTheFamilyDeclaredThoughNoRegistryFoundIt() {
    Application couple = aCouple();
    couple.asset(true, "VEHICLE", "小型轿车", 50000);

    String caseNumber = accept(couple);
    Map<String, Object> report = verificationReport(caseNumber);
    Map<String, Object> assessment = assessedAfterInvestigation(caseNumber);

    assertThat(discrepancyCodes(report)).contains("ASSET_NOT_FOUND:VEHICLE");
    assertThat(test(assessment, "VEHICLES")).containsEntry("outcome", "FAILED");
    assertThat(input(assessment, "VEHICLES", "count")).isEqualByComparingTo("1");
    assertThat(input(assessment, "VEHICLES", "foundCount")).isEqualByComparingTo("0");
    assertThat((String) test(assessment, "VEHICLES").get("explanation")).contains("申报 1 辆，核对发现 0 辆");
    assertThat(assessment).containsEntry("eligible", false);
  }

  @Test
  void refusesAVehicleTheRegistryFoundThoughTheFamilyDidNotDeclareIt() {
    Application couple = aCouple();
    importExtract("vehicles", List.of(couple.head() + ",京N" + couple.tag() + ",小型轿车,2021-06-01,42000"));

    String caseNumber = accept(couple);
    Map<String, Object> report = verificationReport(caseNumber);
    Map<String, Object> assessment = assessedAfterInvestigation(caseNumber);

    assertThat(discrepancyCodes(report)).contains("UNDECLARED_ASSET:VEHICLE");
    assertThat(test(assessment, "VEHICLES")).containsEntry("outcome", "FAILED");
    assertThat(input(assessment, "VEHICLES", "declaredCount")).isEqualByComparingTo("0");
    assertThat(input(assessment, "VEHICLES", "count")).isEqualByComparingTo("1");
  }

  @Test
  @ProvesParameter("asset.vehicles")
  void countsTheSameCarDeclaredAndFoundOnce() {
    Application couple = aCouple();
    couple.asset(true, "VEHICLE", "小型轿车", 42000);
    importExtract("vehicles", List.of(couple.head() + ",京N" + couple.tag() + ",小型轿车,2021-06-01,42000"));

    String caseNumber = accept(couple);
    Map<String, Object> report = verificationReport(caseNumber);
    Map<String, Object> assessment = assessedAfterInvestigation(caseNumber);
    // One car allowed in 朝阳区 on one day far ahead only, so no other test sees it.
    setParameter("110105", "asset.vehicles", "1", "2061-05-01");
    setParameter("110105", "asset.vehicles", "0", "2061-05-02");
    Map<String, Object> oneCarAllowed = get("/api/households/" + householdOf(caseNumber)
        + "/eligibility?category=DIBAO&asOf=2061-05-01").getBody();

    assertThat(discrepancyCodes(report)).noneMatch(code -> code.endsWith(":VEHICLE"));
    assertThat(input(assessment, "VEHICLES", "count")).isEqualByComparingTo("1");
    assertThat(test(assessment, "VEHICLES")).containsEntry("outcome", "FAILED");
    assertThat(input(oneCarAllowed, "VEHICLES", "count")).isEqualByComparingTo("1");
    assertThat(input(oneCarAllowed, "VEHICLES", "max")).isEqualByComparingTo("1");
    assertThat(test(oneCarAllowed, "VEHICLES")).containsEntry("outcome", "PASSED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void reportsADepositDeclaredAtZeroAndFoundAt5600AndCountsTheLarger() {
    Application couple = aCouple();
    couple.assets().clear();
    couple.asset(false, "DEPOSIT", "活期存款", 0);
    importExtract("banks", List.of(couple.head() + ",中国工商银行,6222****" + couple.tag() + ",5600.00"));

    String caseNumber = accept(couple);
    Map<String, Object> report = verificationReport(caseNumber);
    Map<String, Object> assessment = assessedAfterInvestigation(caseNumber);

    assertThat(report).containsEntry("passed", false);
    assertThat(discrepancyCodes(report)).contains("ASSET_ABOVE_DECLARED:DEPOSIT");
    List<Map<String, Object>> assets = (List<Map<String, Object>>) ((Map<String, Object>) report.get("content"))
        .get("householdAssets");
    assertThat(assets).filteredOn(a -> "DEPOSIT".equals(a.get("kind"))).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("discrepancy", true).containsEntry("declaredValue", 0.0)
            .containsEntry("foundValue", 5600.0));
    assertThat(input(assessment, "FINANCIAL_ASSETS", "financialAssets")).isEqualByComparingTo("5600.00");
  }

  @Test
  @SuppressWarnings("unchecked")
  void countsTheBusinessIncomeARe_investigationRecordsAfterAnObjection() {
    Application couple = aCouple();
    couple.incomes().clear();
    couple.income(true, "BUSINESS", WINDOW.first(), WINDOW.last(), 12000);
    // the tax office knows 1,000 a month of business income: the declaration matches
    List<String> tax = new ArrayList<>();
    for (YearMonth month = YearMonth.from(WINDOW.first()); !month.isAfter(YearMonth.from(WINDOW.last()));
        month = month.plusMonths(1)) {
      tax.add(couple.head() + "," + month + ",BUSINESS,1000,某个体户");
    }
    importExtract("tax", tax);

    String caseNumber = accept(couple);
    Map<String, Object> first = assessedAfterInvestigation(caseNumber);
    complete(REVIEWER, awaitTask(caseNumber, "UserTask_StreetFirstOpinion"), Map.of("opinion", "APPROVE"));
    await().atMost(Duration.ofSeconds(20)).until(() -> noticeTimer(caseNumber) != null);
    ResponseEntity<Map<String, Object>> objection = as(CLERK).exchange("/api/cases/" + caseNumber + "/objections",
        HttpMethod.POST, new HttpEntity<>(Map.of("objector", "邻居（实名）", "content", "反映申请人经营小卖部，收入高于申报。"),
            jsonHeaders()), JSON_OBJECT);
    assertThat(objection.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String resolve = awaitTask(caseNumber, "UserTask_ResolveObjection");
    // The re-investigation records what it found in the household file: 1,500 a month instead of 1,000.
    long householdId = householdOf(caseNumber);
    List<Map<String, Object>> incomes = (List<Map<String, Object>>) get("/api/households/" + householdId).getBody()
        .get("incomes");
    Object business = incomes.stream().filter(i -> "BUSINESS".equals(i.get("kind"))).findFirst().orElseThrow()
        .get("id");
    assertThat(as(INVESTIGATOR).exchange("/api/households/" + householdId + "/incomes/" + business,
        HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> recorded = new HashMap<>(couple.incomeItem(true, "BUSINESS", WINDOW.first(), WINDOW.last(),
        18000));
    recorded.put("note", "异议复查：小卖部经营收入");
    assertThat(as(INVESTIGATOR).exchange("/api/households/" + householdId + "/incomes", HttpMethod.POST,
        new HttpEntity<>(recorded, jsonHeaders()), JSON_OBJECT).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    complete(REVIEWER, resolve, Map.of("method", "REINVESTIGATION", "resolvedOn", TODAY.toString(),
        "findings", "复查发现经营收入每月约 1500 元。"));
    awaitTask(caseNumber, "UserTask_StreetFirstOpinion");

    List<Map<String, Object>> assessments = list("/api/cases/" + caseNumber + "/assessments").getBody();
    assertThat(assessments).hasSize(2);
    Map<String, Object> second = (Map<String, Object>) assessments.get(0).get("result");
    assertThat(input(first, "INCOME_BELOW_STANDARD", "monthlyIncome")).isEqualByComparingTo("1000.00");
    assertThat(input(second, "INCOME_BELOW_STANDARD", "monthlyIncome")).isEqualByComparingTo("1500.00");
    assertThat((String) test(second, "INCOME_BELOW_STANDARD").get("explanation"))
        .contains("经营净收入：申报 1500.00 元，核对 1000.00 元（tax），计入申报数 1500.00 元");
    BigDecimal before = new BigDecimal(String.valueOf(assessments.get(1).get("monthlyBenefit")));
    BigDecimal after = new BigDecimal(String.valueOf(assessments.get(0).get("monthlyBenefit")));
    assertThat(after).isEqualByComparingTo(before.subtract(new BigDecimal("500")));
  }

  // --- the application and its walk -------------------------------------------------------------------------------

  /** A 低保 application of a new couple (head's wages and the household's 800 savings, as the fixture has them). */
  private record Application(Map<String, Object> body, String head, String tag) {

    @SuppressWarnings("unchecked")
    Map<String, Object> household() {
      return (Map<String, Object>) body.get("household");
    }

    @SuppressWarnings("unchecked")
    List<Object> assets() {
      return (List<Object>) household().get("assets");
    }

    @SuppressWarnings("unchecked")
    List<Object> incomes() {
      return (List<Object>) household().get("incomes");
    }

    void asset(boolean ofHead, String kind, String description, int value) {
      Map<String, Object> asset = new HashMap<>();
      if (ofHead) {
        asset.put("memberResidentId", head);
      }
      asset.put("kind", kind);
      asset.put("description", description);
      asset.put("value", value);
      assets().add(asset);
    }

    Map<String, Object> incomeItem(boolean ofHead, String kind, LocalDate from, LocalDate to, int amount) {
      Map<String, Object> income = new HashMap<>();
      if (ofHead) {
        income.put("memberResidentId", head);
      }
      income.put("kind", kind);
      income.put("periodStart", from.toString());
      income.put("periodEnd", to.toString());
      income.put("amount", amount);
      return income;
    }

    void income(boolean ofHead, String kind, LocalDate from, LocalDate to, int amount) {
      incomes().add(incomeItem(ofHead, kind, from, to, amount));
    }
  }

  @SuppressWarnings("unchecked")
  private static Application aCouple() {
    Map<String, Object> body = aDibaoApplicationOfANewCouple(COMMUNITY);
    String head = (String) membersOf((Map<String, Object>) body.get("household")).get(0).get("residentId");
    return new Application(body, head, head.substring(10, 16));
  }

  private String accept(Application application) {
    ResponseEntity<Map<String, Object>> accepted = as(CLERK).exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>(application.body(), jsonHeaders()), JSON_OBJECT);
    assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.CREATED);
    return (String) accepted.getBody().get("caseNumber");
  }

  /** Imports today's extract of one source with the rows (and a row about somebody else). */
  private void importExtract(String source, List<String> rows) {
    ResponseEntity<Map<String, Object>> response = http.exchange("/api/verification/imports", HttpMethod.POST,
        upload(source, TODAY, source + "-" + rows.hashCode() + ".csv", csvOf(source, rows)), JSON_OBJECT);
    assertThat(response.getStatusCode()).as(source + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private Map<String, Object> verificationReport(String caseNumber) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !list("/api/cases/" + caseNumber + "/verification-reports")
        .getBody().isEmpty());
    return list("/api/cases/" + caseNumber + "/verification-reports").getBody().get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> discrepancyCodes(Map<String, Object> report) {
    return ((List<Map<String, Object>>) ((Map<String, Object>) report.get("content")).get("discrepancies")).stream()
        .map(d -> d.get("code") + ":" + d.get("kind")).toList();
  }

  /**
   * The caseworker tells the family the verification's result where it differs (they accept it), two investigators
   * visit, and the assessment is made; its result as the first opinion sees it.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> assessedAfterInvestigation(String caseNumber) {
    await().atMost(Duration.ofSeconds(30)).until(() -> hasTask(caseNumber, "UserTask_ReviewVerificationResult")
        || hasTask(caseNumber, "UserTask_InvestigateHousehold"));
    if (hasTask(caseNumber, "UserTask_ReviewVerificationResult")) {
      complete(INVESTIGATOR, awaitTask(caseNumber, "UserTask_ReviewVerificationResult"), Map.of(
          "informedOn", TODAY.toString(), "applicantContests", "NO", "applicantStatement", "申请人认可核对结果。"));
    }
    complete(INVESTIGATOR, awaitTask(caseNumber, "UserTask_InvestigateHousehold"), Map.of("visitDate",
        TODAY.toString(), "investigators", "张伟、刘洋", "livingConditions", "RENTED", "membersPresent", 2,
        "findings", "租住平房。", "familySigned", true));
    complete(SECOND_INVESTIGATOR, awaitTask(caseNumber, "UserTask_CountersignInvestigation"),
        Map.of("tookPart", true, "signedOn", TODAY.toString()));
    awaitTask(caseNumber, "UserTask_StreetFirstOpinion");
    List<Map<String, Object>> assessments = list("/api/cases/" + caseNumber + "/assessments").getBody();
    return (Map<String, Object>) assessments.get(0).get("result");
  }

  private long householdOf(String caseNumber) {
    return ((Number) get("/api/cases/" + caseNumber).getBody().get("householdId")).longValue();
  }

  private boolean hasTask(String caseNumber, String step) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).count() == 1;
  }

  private String awaitTask(String caseNumber, String step) {
    await().atMost(Duration.ofSeconds(30)).until(() -> hasTask(caseNumber, step));
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step).singleResult()
        .getId();
  }

  private org.operaton.bpm.engine.runtime.Job noticeTimer(String caseNumber) {
    String instance = jdbc.queryForObject("select process_instance_id from cases where case_number = ?",
        String.class, caseNumber);
    return management.createJobQuery().processInstanceId(instance).timers().singleResult();
  }

  private void complete(String username, String taskId, Map<String, Object> data) {
    ResponseEntity<Map<String, Object>> response = as(username).exchange("/api/tasks/" + taskId + "/complete",
        HttpMethod.POST, new HttpEntity<>(data, jsonHeaders()), JSON_OBJECT);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void setParameter(String jurisdiction, String code, String value, String from) {
    Map<String, Object> body = Map.of("jurisdictionCode", jurisdiction, "code", code, "value", value,
        "effectiveFrom", from, "reason", "测试：机动车辆上限");
    ResponseEntity<Map<String, Object>> response = as(ADMIN).exchange("/api/policy/parameters", HttpMethod.POST,
        new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
  }
}
