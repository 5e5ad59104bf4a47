package cn.gov.civilaffairs.assistance.verification;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.membersOf;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.csvOf;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The verify-household-economy worker against imported extracts in the real database: a household whose
 * declaration matches passes, an undeclared wage fails with the discrepancy listed, a source that cannot answer
 * fails the job (and through the real job runtime ends in an incident), a replay returns the same report.
 */
class HouseholdVerificationIntegrationTests extends IntegrationTest {

  private static final String PROCESS = "verify-household-economy-test";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Autowired
  VerifyHouseholdEconomyWorker worker;

  @Autowired
  VerificationReports reports;

  @Autowired
  RuntimeService runtime;

  @BeforeAll
  static void deploy(@Autowired RepositoryService repository) {
    var model = Bpmn.createExecutableProcess(PROCESS).operatonHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("ServiceTask_VerifyHouseholdEconomy").operatonExternalTask(Topics.VERIFY_HOUSEHOLD_ECONOMY)
        .endEvent("EndEvent_Verified")
        .done();
    repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).name("verification-test").deploy();
  }

  @Test
  void passesAHouseholdWhoseDeclarationMatchesEverySource() throws Exception {
    Applied couple = applyAsACouple();
    importExtractsShowing(Map.of(
        // the declared 6,000 for January to June: 500 a month over the 12-month window, as are these slips
        "wages", List.of(couple.head + ",某物业公司,2026-01,1000", couple.head + ",某物业公司,2026-02,1000",
            couple.head + ",某物业公司,2026-03,1000", couple.head + ",某物业公司,2026-04,1000",
            couple.head + ",某物业公司,2026-05,1000", couple.head + ",某物业公司,2026-06,1050"),
        "banks", List.of(couple.head + ",某银行,6222****0101,800.00"),
        "household-registration", List.of(couple.head + ",王建国,NORMAL,,朝阳区",
            couple.spouse + ",李秀英,NORMAL,,朝阳区")));

    JobResult result = worker.handle(job(couple, Map.of()));

    Map<String, Object> outcome = ((JobResult.Completed) result).variables();
    assertThat(outcome).containsEntry("verificationPassed", true);
    long reportId = (Long) outcome.get("verificationReportId");
    Map<String, Object> report = get("/api/verification/reports/" + reportId).getBody();
    assertThat(report).containsEntry("caseNumber", couple.caseNumber).containsEntry("round", ROUND)
        .containsEntry("passed", true).containsEntry("discrepancyCount", 0).containsEntry("asOf", TODAY.toString());
    assertThat(sourcesUsed(report)).hasSize(SourceCode.values().length)
        .allSatisfy(source -> assertThat(source).containsEntry("extractDate", TODAY.toString()));
    assertThat(report.toString()).doesNotContain(couple.head);

    VerificationReport stored = reports.get(reportId);
    assertThat(stored.content().members()).hasSize(2);
    assertThat(stored.content().members().get(0).incomes()).singleElement().satisfies(income -> {
      assertThat(income.kind()).isEqualTo(IncomeKind.WAGES);
      assertThat(income.declaredMonthly()).isEqualByComparingTo("500.00");
      assertThat(income.foundMonthly()).isEqualByComparingTo("504.17");
    });
    FoundFigures found = stored.foundFigures(stored.content().incomeWindow());
    assertThat(found.members().get(0).byKind().get(IncomeKind.WAGES).monthly()).isEqualByComparingTo("504.17");
    assertThat(found.assets()).singleElement().satisfies(asset -> {
      assertThat(asset.kind()).isEqualTo(AssetKind.DEPOSIT);
      assertThat(asset.value()).isEqualByComparingTo("800");
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void failsAHouseholdWithAnUndeclaredWageListingTheDiscrepancy() throws Exception {
    Applied couple = applyAsACouple();
    importExtractsShowing(Map.of(
        "wages", List.of(couple.head + ",某物业公司,2026-03,3000", couple.head + ",某物业公司,2026-06,3000",
            couple.spouse + ",某超市,2026-09,2400", couple.spouse + ",某超市,2026-10,2600"),
        "banks", List.of(couple.head + ",某银行,6222****0102,800")));

    JobResult result = worker.handle(job(couple, Map.of()));

    assertThat(((JobResult.Completed) result).variables()).containsEntry("verificationPassed", false);
    List<Map<String, Object>> listed = list("/api/cases/" + couple.caseNumber + "/verification-reports").getBody()
        .stream().filter(report -> Integer.valueOf(ROUND).equals(report.get("round"))).toList();
    assertThat(listed).singleElement().satisfies(report -> {
      assertThat(report).containsEntry("passed", false).containsEntry("discrepancyCount", 1);
      List<Map<String, Object>> discrepancies =
          (List<Map<String, Object>>) ((Map<String, Object>) report.get("content")).get("discrepancies");
      assertThat(discrepancies).singleElement().satisfies(d -> assertThat(d)
          .containsEntry("memberName", "李秀英").containsEntry("code", "INCOME_MISMATCH")
          .containsEntry("kind", "WAGES").containsEntry("sources", List.of("wages"))
          // 5,000 in the 12-month window: 416.67 a month
          .containsEntry("declared", 0.0).containsEntry("found", 416.67));
    });
  }

  @Test
  void returnsTheSameReportWhenTheJobIsDeliveredAgainAndANewOneForTheRecheck() throws Exception {
    Applied couple = applyAsACouple();
    importExtractsShowing(Map.of("wages", List.of(couple.head + ",某公司,2026-10,1000")));

    Object first = ((JobResult.Completed) worker.handle(job(couple, Map.of()))).variables().get("verificationReportId");
    Object replayed = ((JobResult.Completed) worker.handle(job(couple, Map.of()))).variables()
        .get("verificationReportId");
    Object recheck = ((JobResult.Completed) worker.handle(job(couple, Map.of("verificationRound", ROUND + 1))))
        .variables().get("verificationReportId");

    assertThat(replayed).isEqualTo(first);
    assertThat(recheck).isNotEqualTo(first);
    assertThat(list("/api/cases/" + couple.caseNumber + "/verification-reports").getBody())
        .extracting(r -> r.get("round")).containsSequence(ROUND + 1, ROUND);
  }

  @Test
  void failsTheJobWhenASourceHasNoDataForTheDate() {
    Applied couple = applyAsACouple();

    assertThatThrownBy(() -> worker.handle(job(couple, Map.of("verificationAsOf", "2000-01-01"))))
        .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("no extract imported on or before");
    assertThat(count("select count(*) from verification_reports where case_number = ? and round = ?", couple.caseNumber,
        ROUND)).isZero();
  }

  @Test
  void leavesTheCaseWaitingWithAnIncidentAfterTheRetriesWhenASourceCannotAnswer() {
    Applied couple = applyAsACouple();

    String instance = runtime.startProcessInstanceByKey(PROCESS, couple.caseNumber + "-VERIFY",
        Map.of("householdId", couple.householdId, "verificationAsOf", "2000-01-01")).getId();

    await().atMost(Duration.ofSeconds(30)).until(() ->
        runtime.createIncidentQuery().processInstanceId(instance).count() == 1);
    Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedExternalTask");
    assertThat(incident.getIncidentMessage()).contains("no extract imported on or before 2000-01-01");
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly("ServiceTask_VerifyHouseholdEconomy");
    assertThat(count("select count(*) from verification_reports where case_number = ?",
        couple.caseNumber + "-VERIFY")).isZero();
  }

  @Test
  void completesTheStepThroughTheJobRuntime() {
    Applied couple = applyAsACouple();
    // the declared 6,000 for January to June, as the wages source has it
    importExtractsShowing(Map.of("wages", java.util.stream.IntStream.rangeClosed(1, 6)
        .mapToObj(m -> couple.head + ",某公司,2026-0" + m + ",1000").toList()));

    String instance = runtime.startProcessInstanceByKey(PROCESS, couple.caseNumber,
        Map.of("householdId", couple.householdId)).getId();

    await().atMost(Duration.ofSeconds(30)).until(() ->
        runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0);
    assertThat(count("select count(*) from verification_reports where case_number = ? and passed",
        couple.caseNumber)).isEqualTo(1);
  }

  @Test
  void hidesReportsOfCasesOutsideTheCallersJurisdiction() throws Exception {
    Applied couple = applyAsACouple();
    importExtractsShowing(Map.of());
    long reportId = (Long) ((JobResult.Completed) worker.handle(job(couple, Map.of()))).variables()
        .get("verificationReportId");
    ensureUser("reviewer.verify.haidian", "110108001", Role.STREET_REVIEWER);
    var haidian = as("reviewer.verify.haidian");

    var caseReports = haidian.exchange("/api/cases/" + couple.caseNumber + "/verification-reports",
        HttpMethod.GET, null, JSON_OBJECT);
    var report = haidian.exchange("/api/verification/reports/" + reportId, HttpMethod.GET, null, JSON_OBJECT);

    assertThat(caseReports.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(report.getBody()).containsEntry("code", "VERIFICATION_REPORT_NOT_FOUND");
  }

  private static final int ROUND = 5;

  private record Applied(String caseNumber, long householdId, String head, String spouse) {}

  /** A 低保 application of a couple: the head declared wages of 6,000 over six months, the household 800 savings. */
  private Applied applyAsACouple() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    @SuppressWarnings("unchecked")
    var members = membersOf((Map<String, Object>) application.get("household"));
    var response = post("/api/applications", application);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new Applied((String) response.getBody().get("caseNumber"),
        ((Number) response.getBody().get("householdId")).longValue(),
        (String) members.get(0).get("residentId"), (String) members.get(1).get("residentId"));
  }

  /** Imports today's extract of every source: the given rows, and in every file a row about somebody else. */
  private void importExtractsShowing(Map<String, List<String>> rowsBySource) {
    for (SourceCode source : SourceCode.values()) {
      byte[] file = csvOf(source.code(), rowsBySource.getOrDefault(source.code(), List.of()));
      var response = http.exchange("/api/verification/imports", HttpMethod.POST,
          upload(source.code(), TODAY, source.code() + ".csv", file), JSON_OBJECT);
      assertThat(response.getStatusCode()).as(source.code() + ": " + response.getBody())
          .isEqualTo(HttpStatus.CREATED);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> sourcesUsed(Map<String, Object> report) {
    return (List<Map<String, Object>>) ((Map<String, Object>) report.get("content")).get("sources");
  }

  /**
   * A job of round {@link #ROUND} (or the given one): the accepted application's own process verifies round 1 by
   * itself, possibly before a test has imported its extracts.
   */
  private static Job job(Applied couple, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.putIfAbsent("verificationRound", ROUND);
    variables.put("householdId", couple.householdId);
    return new Job() {
      @Override
      public String id() {
        return "job-" + couple.caseNumber;
      }

      @Override
      public String topic() {
        return Topics.VERIFY_HOUSEHOLD_ECONOMY;
      }

      @Override
      public String businessKey() {
        return couple.caseNumber;
      }

      @Override
      public Optional<Integer> retriesLeft() {
        return Optional.empty();
      }

      @Override
      public Optional<Object> variable(String name) {
        return Optional.ofNullable(variables.get(name));
      }
    };
  }
}
