package cn.gov.civilaffairs.assistance.decisions;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 特困 county field re-checks: a guaranteed minimum share of tekun.recheckShare per county and calendar month, at
 * every point of the month, shown to the county. Months of 2041 and 2042 keep the tests apart from each other and
 * from cases of today; the minimum is counted here independently of the code under test.
 */
class FieldRecheckIntegrationTests extends IntegrationTest {

  private static final AtomicInteger CASES = new AtomicInteger();
  private static final String APPROVER = "recheck.approver.110105";
  private static final String AUDITOR = "recheck.auditor.110105";

  @Autowired
  FieldRechecks rechecks;

  @Autowired
  SelectFieldRecheckWorker worker;

  private final Map<String, Long> households = new HashMap<>();

  @BeforeEach
  void staff() {
    ensureUser(APPROVER, "110105", Role.COUNTY_APPROVER);
    ensureUser(AUDITOR, "110105", Role.COUNTY_AUDITOR);
    ensureUser("recheck.caseworker", "110105001", Role.CASEWORKER);
    ensureUser("recheck.admin", "110000", Role.ADMIN);
  }

  /** ⌈share × cases⌉ with share in hundredths. */
  private static int atLeast(int sharePercent, int cases) {
    return (sharePercent * cases + 99) / 100;
  }

  @Test
  void selectsAtLeastThirtyPercentOfACountysCasesAfterEveryCaseOfTheMonth() {
    int selected = 0;
    for (int k = 1; k <= 20; k++) {
      // two streets of one county share its minimum
      String street = k % 2 == 0 ? "110105001" : "110105002";
      FieldRechecks.Selection selection = rechecks.select(tekunCase(street), street, LocalDate.of(2041, 3, k));
      selected += selection.selected() ? 1 : 0;

      assertThat(selection.position()).isEqualTo(k);
      assertThat(selected).as("selected after %d cases", k).isGreaterThanOrEqualTo(atLeast(30, k));
      assertThat(selection.selectedCases()).isEqualTo(selected);
    }
    Map<String, Object> shown = share(http, "110105", "2041-03").getBody();

    assertThat(selected).isGreaterThanOrEqualTo(6);
    assertThat(shown).containsEntry("cases", 20).containsEntry("selected", selected)
        .containsEntry("minimumSelected", 6).containsEntry("minimumMet", true).containsEntry("districtName", "朝阳区");
    assertThat(new BigDecimal(String.valueOf(shown.get("minimumShare")))).isEqualByComparingTo("0.3");
    assertThat(new BigDecimal(String.valueOf(shown.get("shareReached"))))
        .isEqualByComparingTo(BigDecimal.valueOf(selected).divide(BigDecimal.valueOf(20)));
  }

  @Test
  @ProvesParameter("tekun.recheckShare")
  void selectsAtLeastHalfOnceTheCountyRaisesTheShareToOneHalf() {
    int before = selectTwenty("110108001", LocalDate.of(2041, 12, 1), 30);
    ResponseEntity<Map<String, Object>> set = as("recheck.admin").exchange("/api/policy/parameters",
        HttpMethod.POST, new HttpEntity<>(Map.of("jurisdictionCode", "110108", "code", "tekun.recheckShare",
            "value", "0.5", "effectiveFrom", "2042-01-01", "reason", "县级抽查比例提高到 50%"), jsonHeaders()),
        JSON_OBJECT);
    int after = selectTwenty("110108001", LocalDate.of(2042, 1, 1), 50);

    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(before).isGreaterThanOrEqualTo(6);
    assertThat(after).isGreaterThanOrEqualTo(10);
    assertThat(share(http, "110108", "2041-12").getBody()).containsEntry("minimumSelected", 6);
    Map<String, Object> raised = share(http, "110108", "2042-01").getBody();
    assertThat(raised).containsEntry("minimumSelected", 10).containsEntry("minimumMet", true);
    assertThat(new BigDecimal(String.valueOf(raised.get("minimumShare")))).isEqualByComparingTo("0.5");
  }

  private int selectTwenty(String street, LocalDate firstDay, int sharePercent) {
    int selected = 0;
    for (int k = 1; k <= 20; k++) {
      selected += rechecks.select(tekunCase(street), street, firstDay.plusDays(k - 1)).selected() ? 1 : 0;
      assertThat(selected).as("selected after %d cases", k).isGreaterThanOrEqualTo(atLeast(sharePercent, k));
    }
    return selected;
  }

  @Test
  void countsAJobDeliveredTwiceOnce() {
    String caseNumber = tekunCase("110105001");
    Map<String, Object> before = share(http, "110105", null).getBody();

    Object first = ((JobResult.Completed) worker.handle(job(caseNumber))).variables().get("fieldRecheckSelected");
    Object replay = ((JobResult.Completed) worker.handle(job(caseNumber))).variables().get("fieldRecheckSelected");
    Map<String, Object> after = share(http, "110105", null).getBody();

    assertThat(replay).isEqualTo(first);
    assertThat((Integer) after.get("cases")).isEqualTo((Integer) before.get("cases") + 1);
    assertThat((Integer) after.get("selected"))
        .isEqualTo((Integer) before.get("selected") + (Boolean.TRUE.equals(first) ? 1 : 0));
    assertThat(count("select count(*) from field_recheck_selections where case_number = ?", caseNumber)).isOne();
    assertThat((Boolean) after.get("minimumMet")).isTrue();
  }

  @Test
  void neitherSelectsNorCountsOtherCategories() {
    String dibao = aCase("DIBAO", "110105001");
    Map<String, Object> before = share(http, "110105", null).getBody();

    Object selected = ((JobResult.Completed) worker.handle(job(dibao))).variables().get("fieldRecheckSelected");

    assertThat(selected).isEqualTo(false);
    assertThat(share(http, "110105", null).getBody()).containsEntry("cases", before.get("cases"));
  }

  @Test
  void startsEveryMonthAfresh() {
    for (int day = 1; day <= 4; day++) {
      rechecks.select(tekunCase("110105001"), "110105001", LocalDate.of(2041, 5, 27 + day));
    }
    FieldRechecks.Selection june = rechecks.select(tekunCase("110105001"), "110105001", LocalDate.of(2041, 6, 1));

    assertThat(june.position()).isEqualTo(1);
    assertThat(june.reason()).isEqualTo(FieldRechecks.Reason.MINIMUM);
    assertThat(share(http, "110105", "2041-05").getBody()).containsEntry("cases", 4);
    assertThat(share(http, "110105", "2041-06").getBody()).containsEntry("cases", 1).containsEntry("selected", 1);
  }

  @Test
  void keepsTwoCountiesApart() {
    LocalDate day = LocalDate.of(2041, 7, 1);
    FieldRechecks.Selection chaoyang = rechecks.select(tekunCase("110105001"), "110105001", day);
    FieldRechecks.Selection haidian = rechecks.select(tekunCase("110108001"), "110108001", day);

    assertThat(chaoyang.position()).isEqualTo(1);
    assertThat(haidian.position()).isEqualTo(1);
    assertThat(chaoyang.districtCode()).isEqualTo("110105");
    assertThat(haidian.districtCode()).isEqualTo("110108");
    assertThat(chaoyang.reason()).isEqualTo(FieldRechecks.Reason.MINIMUM);
    assertThat(haidian.reason()).isEqualTo(FieldRechecks.Reason.MINIMUM);
  }

  @Test
  void keepsTheMinimumWhenCasesOfOneCountyArriveAtTheSameMoment() throws Exception {
    int threads = 8;
    List<String> caseNumbers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      caseNumbers.add(tekunCase("110105001"));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<FieldRechecks.Selection>> results = new ArrayList<>();
      for (String caseNumber : caseNumbers) {
        Callable<FieldRechecks.Selection> select = () -> {
          start.await();
          return rechecks.select(caseNumber, "110105001", LocalDate.of(2041, 8, 3));
        };
        results.add(pool.submit(select));
      }
      start.countDown();
      List<Integer> positions = new ArrayList<>();
      for (Future<FieldRechecks.Selection> result : results) {
        positions.add(result.get().position());
      }

      assertThat(positions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
      Map<String, Object> shown = share(http, "110105", "2041-08").getBody();
      assertThat(shown).containsEntry("cases", threads);
      assertThat((Integer) shown.get("selected")).isGreaterThanOrEqualTo(atLeast(30, threads));
      List<Map<String, Object>> inOrder = jdbc.queryForList("select position, selected from field_recheck_selections"
          + " where district_code = '110105' and month = date '2041-08-01' order by position");
      int selected = 0;
      for (Map<String, Object> row : inOrder) {
        selected += Boolean.TRUE.equals(row.get("selected")) ? 1 : 0;
        assertThat(selected).isGreaterThanOrEqualTo(atLeast(30, ((Number) row.get("position")).intValue()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void showsTheShareToTheCountyWithinItsJurisdictionOnly() {
    assertThat(share(as(APPROVER), "110105", "2041-03").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(share(as(AUDITOR), "110105", "2041-03").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(share(as(APPROVER), "110108", "2041-03").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(share(as(APPROVER), "110105001", "2041-03").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(share(as("recheck.caseworker"), "110105", "2041-03").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> invalid = as(APPROVER).exchange(
        "/api/decisions/field-rechecks?month=2041-13", HttpMethod.GET, null, JSON_OBJECT);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(invalid)).containsExactlyInAnyOrder("districtCode", "month");
    Map<String, Object> empty = share(as(APPROVER), "110105", "2041-02").getBody();
    assertThat(empty).containsEntry("cases", 0).containsEntry("selected", 0).containsEntry("minimumMet", true);
    assertThat(empty.get("shareReached")).isNull();
  }

  private ResponseEntity<Map<String, Object>> share(org.springframework.boot.test.web.client.TestRestTemplate client,
      String districtCode, String month) {
    return client.exchange("/api/decisions/field-rechecks?districtCode=" + districtCode
        + (month == null ? "" : "&month=" + month), HttpMethod.GET, null, JSON_OBJECT);
  }

  private String tekunCase(String street) {
    return aCase("TEKUN", street);
  }

  /** A closed case row of a household of the street (one household per street and test, many cases each). */
  private String aCase(String category, String street) {
    long household = households.computeIfAbsent(street, s -> ((Number) post("/api/households",
        aCoupleIn(s + "001")).getBody().get("id")).longValue());
    String caseNumber = "TK-" + street + "-R" + CASES.incrementAndGet() + "-" + household;
    jdbc.update("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id, truth_pledge_signed,
          verification_consent, status, accepted_at)
        select ?, ?, ?, ?, min(id), true, true, 'CLOSED', now() from household_members where household_id = ?""",
        caseNumber, category, street, household, household);
    return caseNumber;
  }

  private static Job job(String caseNumber) {
    return new Job() {
      @Override
      public String id() {
        return "job-" + caseNumber;
      }

      @Override
      public String topic() {
        return "select-field-recheck";
      }

      @Override
      public String businessKey() {
        return caseNumber;
      }

      @Override
      public Optional<Integer> retriesLeft() {
        return Optional.empty();
      }

      @Override
      public Optional<Object> variable(String name) {
        return Optional.empty();
      }
    };
  }
}
