package cn.gov.civilaffairs.assistance.bench;

import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.review.ReviewFixtures;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A review campaign over N enrolled households (system property {@code bench.households}, default 100,000) through
 * its automated stage — verification against imported extracts of all 11 sources and the proposal — until every
 * review waits at its first human step, against a baseline of the same BPMN shape whose two service tasks are
 * no-op workers, started one instance per transaction with a review's six start variables on the same engine and
 * database in the same run. Prints households/s of both, the ratio, PostgreSQL commits and CPU (JVM, rest of the
 * machine) per household, and heap used before and after. Asserts nothing. Run with {@code bin/bench}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestPropertySource(properties = {"bench.context=review"})
@Import(ReviewCampaignBenchmark.NoOpWorkers.class)
class ReviewCampaignBenchmark extends IntegrationTest {

  private static final int HOUSEHOLDS = Integer.getInteger("bench.households", 100_000);
  private static final String STREET = "110105090";
  private static final String BASELINE = "periodic-review-baseline";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final Duration PATIENCE = Duration.ofHours(6);
  /** Polling counts the campaign's proposals, which costs more as they grow: at 100,000 every 5 s (0.3% of a run). */
  private static final Duration POLL = Duration.ofMillis(Math.max(1000, HOUSEHOLDS / 20));
  private static final String FILLER = "11010519900101001" + ResidentIds.checkCharacter("11010519900101001");

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  PlatformTransactionManager transactionManager;

  @TestConfiguration(proxyBeanMethods = false)
  static class NoOpWorkers {

    @Bean
    JobWorker benchNoOpVerify() {
      return noOp("bench-noop-verify", Map.of("verificationReportId", 0L, "verificationPassed", true));
    }

    @Bean
    JobWorker benchNoOpPropose() {
      return noOp("bench-noop-propose", Map.of("proposalId", 0L, "proposal", "UNCHANGED", "materialChange", false,
          "streetMayConfirm", true));
    }

    private static JobWorker noOp(String topic, Map<String, Object> variables) {
      return new JobWorker() {
        @Override
        public String topic() {
          return topic;
        }

        @Override
        public JobResult handle(Job job) {
          return JobResult.completed(variables);
        }
      };
    }
  }

  @Test
  void measuresTheAutomatedStageOfACampaignAgainstNoOpWorkers() throws IOException {
    long loading = System.nanoTime();
    List<String> residentIds = residentIds();
    ReviewFixtures.aStreet(jdbc, STREET);
    importExtracts(residentIds);
    enrol(residentIds);
    deployBaseline();
    ensureUser("bench.approver", "110105", Role.COUNTY_APPROVER);
    System.out.printf("Loaded %,d enrolled households and their extracts in %.1f s%n", HOUSEHOLDS,
        (System.nanoTime() - loading) / 1e9);
    residentIds = null;
    long heapBefore = heapUsed();

    long baselineCommits = commits();
    CpuTime baselineCpu = CpuTime.now();
    long start = System.nanoTime();
    TransactionTemplate perInstance = new TransactionTemplate(transactionManager);
    for (int i = 0; i < HOUSEHOLDS; i++) {
      int n = i;
      // The start variables of a campaign's review (ApplicationCases.openReview), so that only the workers differ.
      perInstance.executeWithoutResult(status -> runtime.startProcessInstanceByKey(BASELINE, "BENCH-BASE-" + n,
          Map.of("category", "DIBAO", "streetCode", STREET, "districtCode", "110105", "householdId", (long) n,
              "enrolmentId", (long) n, "reason", "CAMPAIGN")));
    }
    await().atMost(PATIENCE).pollInterval(POLL)
        .until(() -> tasks.createTaskQuery().processDefinitionKey(BASELINE).count() == HOUSEHOLDS);
    double baselineSeconds = (System.nanoTime() - start) / 1e9;
    CpuTime baselineCpuUsed = CpuTime.now().minus(baselineCpu);
    long baselineXacts = commitsAfter(baselineCommits);

    long ourCommits = commits();
    CpuTime ourCpu = CpuTime.now();
    start = System.nanoTime();
    var launched = as("bench.approver").exchange("/api/review-campaigns", HttpMethod.POST,
        new HttpEntity<>(Map.of("name", "基准测试集中核查", "streetCode", STREET), jsonHeaders()), JSON_OBJECT);
    long campaign = ((Number) launched.getBody().get("id")).longValue();
    await().atMost(PATIENCE).pollInterval(POLL).until(() -> count("""
        select count(*) from review_proposals p join cases c on c.case_number = p.case_number
        where c.campaign_id = ?""", campaign) == HOUSEHOLDS
        && tasks.createTaskQuery().processDefinitionKey("periodic-review").count() >= HOUSEHOLDS);
    double ourSeconds = (System.nanoTime() - start) / 1e9;
    CpuTime ourCpuUsed = CpuTime.now().minus(ourCpu);
    long ourXacts = commitsAfter(ourCommits);
    long heapAfter = heapUsed();

    double baselineRate = HOUSEHOLDS / baselineSeconds;
    double ourRate = HOUSEHOLDS / ourSeconds;
    System.out.printf("Households %,d%n", HOUSEHOLDS);
    System.out.printf("baseline (same shape, no-op workers): %.1f households/s (%.1f s), %.1f commits/household%n",
        baselineRate, baselineSeconds, (double) baselineXacts / HOUSEHOLDS);
    System.out.printf("campaign (verification + proposal):   %.1f households/s (%.1f s), %.1f commits/household%n",
        ourRate, ourSeconds, (double) ourXacts / HOUSEHOLDS);
    System.out.printf("CPU per household, baseline: JVM %.1f ms, rest of the machine (PostgreSQL) %.1f ms%n",
        baselineCpuUsed.jvmMillis() / (double) HOUSEHOLDS, baselineCpuUsed.postgresMillis() / (double) HOUSEHOLDS);
    System.out.printf("CPU per household, campaign: JVM %.1f ms, rest of the machine (PostgreSQL) %.1f ms%n",
        ourCpuUsed.jvmMillis() / (double) HOUSEHOLDS, ourCpuUsed.postgresMillis() / (double) HOUSEHOLDS);
    System.out.printf("ratio campaign/baseline: %.2f (target >= 0.70)%n", ourRate / baselineRate);
    System.out.printf("heap used before %,d MB, after %,d MB%n", heapBefore >> 20, heapAfter >> 20);
  }

  private List<String> residentIds() {
    List<String> ids = new ArrayList<>(HOUSEHOLDS);
    for (int i = 0; i < HOUSEHOLDS; i++) {
      LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 700);
      String first17 = "110105" + birth.toString().replace("-", "") + (200 + i % 700);
      ids.add(first17 + ResidentIds.checkCharacter(first17));
    }
    return ids;
  }

  /** Every source has an extract; wages show income for every fifth person, banks a deposit for every tenth. */
  private void importExtracts(List<String> ids) {
    Map<String, String> headers = new HashMap<>();
    headers.put("household-registration", "resident_id,name,status,status_date,address");
    headers.put("real-estate", "resident_id,certificate_no,location,area_sqm,usage,assessed_value");
    headers.put("wages", "resident_id,employer,month,amount");
    headers.put("social-insurance", "resident_id,benefit,month,amount,payer");
    headers.put("business-registration", "resident_id,credit_code,company_name,role,registered_capital,status");
    headers.put("tax", "resident_id,month,income_kind,amount,withholder");
    headers.put("housing-fund", "resident_id,employer,month,deposit,balance");
    headers.put("vehicles", "resident_id,plate_no,vehicle_type,registered_on,assessed_value");
    headers.put("banks", "resident_id,bank,account,balance");
    headers.put("securities", "resident_id,broker,account,market_value");
    headers.put("commercial-insurance", "resident_id,insurer,policy_no,product,cash_value");
    for (var source : headers.entrySet()) {
      StringBuilder csv = new StringBuilder(source.getValue()).append('\n');
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        switch (source.getKey()) {
          case "household-registration" -> csv.append(id).append(",基准户").append(i).append(",NORMAL,,朝阳区\n");
          case "wages" -> {
            if (i % 5 == 0) {
              csv.append(id).append(",某公司,2026-09,").append(400 + i % 3000).append('\n');
            }
          }
          case "banks" -> {
            if (i % 10 == 0) {
              csv.append(id).append(",某银行,6222****").append(1000 + i % 9000).append(',').append(2000 + i % 90000)
                  .append('\n');
            }
          }
          default -> {
          }
        }
      }
      if (csv.indexOf("\n") == csv.length() - 1) {
        csv.append(switch (source.getKey()) {
          case "real-estate" -> FILLER + ",京(2020)朝阳区不动产权第0000001号,朝阳区某小区,60.5,住宅,\n";
          case "social-insurance" -> FILLER + ",CONTRIBUTION,2026-09,800,某公司\n";
          case "business-registration" -> FILLER + ",91110105MA00000000,某商贸有限公司,SHAREHOLDER,100000,存续\n";
          case "tax" -> FILLER + ",2026-09,WAGES,5000,某公司\n";
          case "housing-fund" -> FILLER + ",某公司,2026-09,600,12000\n";
          case "vehicles" -> FILLER + ",京A00001,小型轿车,2020-05-01,30000\n";
          case "securities" -> FILLER + ",某证券,****0001,100\n";
          default -> FILLER + ",某保险,P0001,年金险,100\n";
        });
      }
      var body = new LinkedMultiValueMap<String, Object>();
      body.add("source", source.getKey());
      body.add("extractDate", TODAY.toString());
      byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
      body.add("file", new ByteArrayResource(bytes) {
        @Override
        public String getFilename() {
          return source.getKey() + ".csv";
        }
      });
      HttpHeaders headers2 = new HttpHeaders();
      headers2.setContentType(MediaType.MULTIPART_FORM_DATA);
      var response = http.exchange("/api/verification/imports", HttpMethod.POST, new HttpEntity<>(body, headers2),
          JSON_OBJECT);
      if (!response.getStatusCode().is2xxSuccessful()) {
        throw new IllegalStateException(source.getKey() + ": " + response.getBody());
      }
    }
  }

  /** Each person a household of one, enrolled as an approved 低保 case would have left it. */
  private void enrol(List<String> ids) {
    jdbc.execute("set statement_timeout = 0");
    for (int from = 0; from < ids.size(); from += 1000) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < chunk.size(); i++) {
        rows.add(new Object[] {from + i, chunk.get(i)});
      }
      jdbc.batchUpdate("""
          with h as (insert into households (community_code, address, created_at, updated_at)
                     values ('110105090001', '基准里' || ?, now(), now()) returning id)
          insert into household_members (household_id, name, resident_id, relation, birth_date, sex, work_ability,
            illness, employment_status, student_status, legal_support)
          select h.id, '基准户', ?, 'HEAD', date '1960-01-01', 'MALE', 'PARTIAL', 'NONE', 'UNEMPLOYED', 'NONE', 'NONE'
          from h""", rows);
    }
    jdbc.update("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id, truth_pledge_signed,
          verification_consent, status, accepted_at, closed_at, outcome)
        select 'DB-110105090-2025-B' || h.id, 'DIBAO', '110105090', h.id, m.id, true, true, 'CLOSED',
          now() - interval '1 year', now() - interval '11 months', 'EndEvent_Approved'
        from households h join household_members m on m.household_id = h.id
        where h.community_code = '110105090001'""");
    jdbc.update("""
        insert into case_decisions (case_number, task_id, kind, level, decision, monthly_benefit, start_month, reasons,
          decided_by, decided_at)
        select c.case_number, 'bench-' || c.case_number, 'DECISION', 'COUNTY', 'APPROVE', 1450,
          date_trunc('month', now() - interval '10 months'), '[]', 'bench', now() - interval '11 months'
        from cases c where c.street_code = '110105090' and c.review_reason is null""");
    jdbc.update("""
        insert into enrolments (household_id, case_number, category, monthly_benefit, start_month, next_review_on,
          status, decision_id, enrolled_at)
        select c.household_id, c.case_number, 'DIBAO', 1450, d.start_month, current_date + 30, 'ACTIVE', d.id,
          now() - interval '11 months'
        from cases c join case_decisions d on d.case_number = c.case_number
        where c.street_code = '110105090' and c.review_reason is null""");
    jdbc.execute("analyze");
  }

  private void deployBaseline() throws IOException {
    String model;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/periodic-review.bpmn")) {
      model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    model = model.replace("id=\"periodic-review\"", "id=\"" + BASELINE + "\"")
        .replace("bpmnElement=\"periodic-review\"", "bpmnElement=\"" + BASELINE + "\"")
        .replace("camunda:topic=\"verify-household-economy\"", "camunda:topic=\"bench-noop-verify\"")
        .replace("camunda:topic=\"propose-review-outcome\"", "camunda:topic=\"bench-noop-propose\"");
    repository.createDeployment().addString(BASELINE + ".bpmn", model).name("review-baseline-bench").deploy();
  }

  private long commits() {
    return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
        Long.class);
  }

  /** Commits since {@code before}, once every backend has flushed its statistics (at most every 10 s when idle). */
  private long commitsAfter(long before) {
    await().pollDelay(Duration.ofSeconds(11)).atMost(Duration.ofSeconds(12)).until(() -> true);
    jdbc.execute("select pg_stat_clear_snapshot()");
    return commits() - before;
  }

  /**
   * CPU time of this JVM and of the rest of the machine (Linux {@code /proc/stat}; on the otherwise idle benchmark
   * machine that is the PostgreSQL server). Machine time is counted in clock ticks of 10 ms.
   */
  private record CpuTime(long jvmMillis, long machineMillis) {

    static CpuTime now() {
      long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime() / 1_000_000;
      long machine = -1;
      try {
        String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        // cpu user nice system idle iowait irq softirq steal
        machine = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
          machine += Long.parseLong(ticks[field]) * 10;
        }
      } catch (IOException | RuntimeException noProcStat) {
        // not Linux: only the JVM's figure
      }
      return new CpuTime(jvm, machine);
    }

    CpuTime minus(CpuTime before) {
      return new CpuTime(jvmMillis - before.jvmMillis,
          machineMillis < 0 || before.machineMillis < 0 ? -1 : machineMillis - before.machineMillis);
    }

    long postgresMillis() {
      return machineMillis < 0 ? -1 : machineMillis - jvmMillis;
    }
  }

  private static long heapUsed() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
