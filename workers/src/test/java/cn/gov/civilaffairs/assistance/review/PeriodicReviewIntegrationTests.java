package cn.gov.civilaffairs.assistance.review;

import static cn.gov.civilaffairs.assistance.review.ReviewFixtures.aHouseholdOf;
import static cn.gov.civilaffairs.assistance.review.ReviewFixtures.aPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.verification.ExtractFiles;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
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
 * Periodic review through HTTP on the real engine and database: a campaign over a street with a household of each
 * outcome (unchanged, increase, decrease, stop, gradual exit) from verification on imported extracts to the
 * enrolment changed and the notices in the household file; the daily scheduler run twice at once; a reported
 * change started once; three refused job offers.
 */
class PeriodicReviewIntegrationTests extends IntegrationTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final String APPROVER = "approver.review8";
  private static final String CLERK = "clerk.review8";

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @Autowired
  ReviewScheduler scheduler;

  @Autowired
  ReviewCampaignSweep campaignSweep;

  @Autowired
  PeriodicReviews periodicReviews;

  @Autowired
  ReviewRecords records;

  private String street;
  private String caseworker;
  private String secondCaseworker;
  private String head;

  private static final java.util.concurrent.atomic.AtomicInteger STREETS =
      new java.util.concurrent.atomic.AtomicInteger(70);

  @BeforeEach
  void aStreetOfItsOwn() {
    street = "1101050" + STREETS.incrementAndGet();
    ReviewFixtures.aStreet(jdbc, street);
    caseworker = "caseworker.r8." + street;
    secondCaseworker = "caseworker2.r8." + street;
    head = "head.r8." + street;
    ensureUser(caseworker, street, Role.CASEWORKER);
    ensureUser(secondCaseworker, street, Role.CASEWORKER);
    ensureUser(head, street, Role.STREET_HEAD);
    ensureUser(CLERK, "110105", Role.WINDOW_CLERK);
    ensureUser(APPROVER, "110105", Role.COUNTY_APPROVER);
  }

  private record Enrolled(long householdId, String residentId, long enrolmentId) {}

  private Enrolled enrolled(String name, String benefit, LocalDate nextReview) {
    Map<String, Object> person = aPerson(name);
    ResponseEntity<Map<String, Object>> created = post("/api/households", aHouseholdOf(street, person));
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    long householdId = ((Number) created.getBody().get("id")).longValue();
    return new Enrolled(householdId, (String) person.get("residentId"),
        ReviewFixtures.enrol(jdbc, householdId, street, benefit, nextReview));
  }

  /** Wage rows of {@code who} ("resident ID,employer") for each of the 12 months before this month. */
  private static java.util.stream.Stream<String> everyMonthOfTheWindow(String who, String amount) {
    java.time.YearMonth now = java.time.YearMonth.from(TODAY);
    return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> who + "," + now.minusMonths(i) + "," + amount);
  }

  @Test
  void runsACampaignOverAStreetToEveryOutcome() {
    Enrolled unchanged = enrolled("维持户", "1450", TODAY.plusMonths(1));
    Enrolled increase = enrolled("增发户", "1000", TODAY.plusMonths(1));
    Enrolled decrease = enrolled("减发户", "1450", TODAY.plusMonths(1));
    Enrolled stop = enrolled("停发户", "1450", TODAY.plusMonths(1));
    Enrolled gradual = enrolled("渐退户", "1450", TODAY.plusMonths(1));
    importExtracts(Map.of(
        "household-registration", List.of(unchanged, increase, decrease, stop, gradual).stream()
            .map(e -> e.residentId() + ",某人,NORMAL,,朝阳区").toList(),
        // slips for every month of the 12-month income window: 600 and 3,000 a month
        "wages", java.util.stream.Stream.concat(everyMonthOfTheWindow(decrease.residentId() + ",某超市", "600"),
            everyMonthOfTheWindow(gradual.residentId() + ",某工厂", "3000")).toList(),
        "banks", List.of(stop.residentId() + ",某银行,6222****9999,500000.00")));

    assertThat(as(APPROVER).exchange("/api/review-campaigns/preview?streetCode=" + street, HttpMethod.GET, null,
        JSON_OBJECT).getBody()).containsEntry("count", 5);
    ResponseEntity<Map<String, Object>> launched = as(APPROVER).exchange("/api/review-campaigns", HttpMethod.POST,
        new HttpEntity<>(Map.of("name", "2026年第四季度集中核查", "streetCode", street), jsonHeaders()), JSON_OBJECT);
    assertThat(launched.getStatusCode()).as("%s", launched.getBody()).isEqualTo(HttpStatus.CREATED);
    long campaign = ((Number) launched.getBody().get("id")).longValue();
    await().atMost(Duration.ofSeconds(60)).until(() -> progress(campaign).get("verified").equals(5));
    assertThat(progress(campaign)).containsEntry("started", 5).containsEntry("decided", 0);

    String unchangedReview = reviewOf(unchanged);
    String increaseReview = reviewOf(increase);
    String decreaseReview = reviewOf(decrease);
    String stopReview = reviewOf(stop);
    String gradualReview = reviewOf(gradual);
    assertThat(proposal(unchangedReview)).containsEntry("outcome", "UNCHANGED").containsEntry("materialChange", false);
    assertThat(proposal(increaseReview)).containsEntry("outcome", "INCREASE");
    assertThat(proposal(decreaseReview)).containsEntry("outcome", "DECREASE").containsEntry("materialChange", true);
    assertThat(proposal(stopReview)).containsEntry("outcome", "STOP");
    assertThat(proposal(gradualReview)).containsEntry("outcome", "GRADUAL_EXIT");

    // Unchanged: no home visit, the street confirms.
    reviewProposal(unchangedReview, "UNCHANGED");
    confirmAtStreet(unchangedReview, "UNCHANGED");
    // Increase: home visit, the street confirms.
    visit(increaseReview);
    reviewProposal(increaseReview, "INCREASE");
    confirmAtStreet(increaseReview, "INCREASE");
    // Decrease, stop, gradual exit: home visit, county decision with reasons.
    for (String review : List.of(decreaseReview, stopReview, gradualReview)) {
      visit(review);
      reviewProposal(review, (String) proposal(review).get("outcome"));
    }
    String decision = awaitTask(stopReview, "UserTask_CountyReviewDecision");
    ResponseEntity<Map<String, Object>> withoutReasons = complete(APPROVER, decision, Map.of("reviewDecision", "STOP"));
    assertThat(withoutReasons.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(withoutReasons)).contains("reasons");
    decideAtCounty(stopReview, "STOP", "家庭银行存款 500000 元，超过低保家庭财产限额");
    decideAtCounty(decreaseReview, "DECREASE", "核对发现家庭成员月工资收入 600 元");
    decideAtCounty(gradualReview, "GRADUAL_EXIT", "家庭成员就业后月收入 3000 元，超过低保标准");

    await().atMost(Duration.ofSeconds(60)).until(() -> progress(campaign).get("finished").equals(4));
    assertThat(progress(campaign)).containsEntry("decided", 5)
        .containsEntry("outcomes", Map.of("UNCHANGED", 1, "INCREASE", 1, "DECREASE", 1, "STOP", 1, "GRADUAL_EXIT", 1));
    assertThat(enrolment(unchanged)).containsEntry("status", "ACTIVE")
        .containsEntry("monthly_benefit", new BigDecimal("1450.00"));
    assertThat(enrolment(increase)).containsEntry("monthly_benefit", new BigDecimal("1450.00"));
    assertThat(enrolment(decrease)).containsEntry("monthly_benefit", new BigDecimal("850.00"));
    assertThat(enrolment(stop)).containsEntry("status", "ENDED");
    // A gradual exit does not finish (its timer waits), so its enrolment update is awaited on its own.
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(enrolment(gradual))
        .containsEntry("status", "GRADUAL_EXIT").containsEntry("monthly_benefit", new BigDecimal("1450.00")));
    assertThat(((java.sql.Date) enrolment(unchanged).get("next_review_on")).toLocalDate())
        .isAfter(TODAY.plusMonths(5));
    assertThat(noticesOf(stopReview)).containsExactly("REVIEW_NOTICE");
    assertThat(noticesOf(decreaseReview)).containsExactly("REVIEW_NOTICE");
    assertThat(noticesOf(unchangedReview)).isEmpty();
    assertThat(noticesOf(increaseReview)).isEmpty();

    // The gradual exit's timer stops the payments with a second notice.
    Job timer = management.createJobQuery().processInstanceId(jdbc.queryForObject(
        "select process_instance_id from cases where case_number = ?", String.class, gradualReview)).timers().singleResult();
    assertThat(timer.getDuedate()).isAfter(new java.util.Date());
    management.executeJob(timer.getId());
    await().atMost(Duration.ofSeconds(60)).until(() -> "ENDED".equals(enrolment(gradual).get("status")));
    await().atMost(Duration.ofSeconds(30)).until(() -> progress(campaign).get("finished").equals(5));
    assertThat(noticesOf(gradualReview)).containsExactly("REVIEW_NOTICE", "REVIEW_NOTICE");
  }

  @Test
  void startsEachDueReviewOnceWhenTheSchedulerRunsTwiceAtOnce() throws Exception {
    Enrolled first = enrolled("到期户甲", "1450", TODAY.minusDays(1));
    Enrolled second = enrolled("到期户乙", "1450", TODAY);
    Enrolled notYet = enrolled("未到期户", "1450", TODAY.plusDays(1));

    var pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> runs = List.of(() -> scheduler.run(TODAY), () -> scheduler.run(TODAY));
      int started = 0;
      for (var run : pool.invokeAll(runs)) {
        started += run.get();
      }
      assertThat(started).isGreaterThanOrEqualTo(2);
    } finally {
      pool.shutdown();
    }
    assertThat(scheduledReviews(first)).isOne();
    assertThat(scheduledReviews(second)).isOne();
    assertThat(scheduledReviews(notYet)).isZero();
    scheduler.run(TODAY);
    assertThat(scheduledReviews(first)).isOne();
  }

  @Test
  void aProposalJobDeliveredAgainKeepsTheStoredProposalAndAssessment() {
    Enrolled household = enrolled("重投户", "1450", TODAY);
    importExtracts(Map.of("household-registration", List.of(household.residentId() + ",某人,NORMAL,,朝阳区")));
    assertThat(scheduler.run(TODAY)).isGreaterThanOrEqualTo(1);
    String review = jdbc.queryForObject("select case_number from cases where household_id = ?"
        + " and review_reason = 'SCHEDULED'", String.class, household.householdId());
    await().atMost(Duration.ofSeconds(60))
        .until(() -> count("select count(*) from review_proposals where case_number = ?", review) == 1);
    Map<String, Object> stored = jdbc.queryForMap("select id, assessment_id, verification_report_id, outcome"
        + " from review_proposals where case_number = ?", review);

    ReviewRecords.Proposed again = records.propose(review, household.enrolmentId(),
        ((Number) stored.get("verification_report_id")).longValue());

    assertThat(again.proposal().id()).isEqualTo(((Number) stored.get("id")).longValue());
    assertThat(again.proposal().assessmentId()).isEqualTo(((Number) stored.get("assessment_id")).longValue());
    assertThat(again.proposal().outcome().name()).isEqualTo(stored.get("outcome"));
    assertThat(count("select count(*) from review_proposals where case_number = ?", review)).isOne();
    assertThat(count("select count(*) from eligibility_assessments where case_number = ?", review)).isOne();
  }

  @Test
  void resumesACampaignWhoseNodeDiedWhileStartingItOnceItsLeaseExpires() throws Exception {
    List<Enrolled> selected = List.of(enrolled("续启户甲", "1450", TODAY.plusMonths(2)),
        enrolled("续启户乙", "1450", TODAY.plusMonths(2)), enrolled("续启户丙", "1450", TODAY.plusMonths(2)));
    long campaign = jdbc.queryForObject("""
        insert into review_campaigns (name, district_code, street_code, status, selected, launched_by, launched_at,
          scope_path, lease_until)
        values ('节点中断的核查', '110105', ?, 'STARTING', 3, ?, now(), (select path from jurisdictions where code = ?),
          now() + interval '10 minutes') returning id""", Long.class, street, APPROVER, street);
    Enrolled first = selected.get(0);
    assertThat(periodicReviews.startAll(List.of(new PeriodicReviews.Candidate(first.enrolmentId(),
        first.householdId(), street, "DIBAO")), ReviewReason.CAMPAIGN, campaign, null)).isOne();

    assertThat(campaignSweep.sweep()).doesNotContain(campaign);
    assertThat(campaignReviews(campaign)).isOne();
    assertThat(campaignStatus(campaign)).isEqualTo("STARTING");

    jdbc.update("update review_campaigns set lease_until = now() - interval '1 minute' where id = ?", campaign);
    var pool = Executors.newFixedThreadPool(2);
    try {
      List<Long> resumed = new ArrayList<>();
      for (var run : pool.invokeAll(List.<Callable<List<Long>>>of(campaignSweep::sweep, campaignSweep::sweep))) {
        resumed.addAll(run.get());
      }
      assertThat(resumed.stream().filter(id -> id == campaign).count()).isLessThanOrEqualTo(1);
    } finally {
      pool.shutdown();
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> campaignStatus(campaign).equals("STARTED"));
    for (Enrolled household : selected) {
      assertThat(count("select count(*) from cases where household_id = ? and review_reason = 'CAMPAIGN'",
          household.householdId())).isOne();
      assertThat(count("select count(*) from cases where household_id = ? and campaign_id = ?",
          household.householdId(), campaign)).isOne();
    }
    assertThat(campaignReviews(campaign)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select lease_until from review_campaigns where id = ?", Object.class, campaign))
        .isNull();
    assertThat(campaignSweep.sweep()).doesNotContain(campaign);
    assertThat(campaignReviews(campaign)).isEqualTo(3);
  }

  private int campaignReviews(long campaign) {
    return count("select count(*) from cases where campaign_id = ?", campaign);
  }

  private String campaignStatus(long campaign) {
    return jdbc.queryForObject("select status from review_campaigns where id = ?", String.class, campaign);
  }

  @Test
  void startsADeathReviewDueWithinThreeMonthsFromThePublicSecurityExtract() {
    Enrolled household = enrolled("死亡核查户", "1450", TODAY.plusMonths(6));
    importExtracts(Map.of());

    importExtract("household-registration",
        List.of(household.residentId() + ",某人,DECEASED," + TODAY.minusDays(3) + ",朝阳区"));

    assertThat(jdbc.queryForList("select due_on from cases where household_id = ? and review_reason = 'DEATH'",
        java.sql.Date.class, household.householdId())).extracting(java.sql.Date::toLocalDate)
        .containsExactly(TODAY.plusMonths(3));
  }

  @Test
  void startsADataMatchReviewWhenANewExtractShowsIncomeAboveTheTolerance() {
    Enrolled above = enrolled("比对预警户", "1450", TODAY.plusMonths(6));
    Enrolled within = enrolled("比对正常户", "1450", TODAY.plusMonths(6));
    importExtracts(Map.of());

    importExtract("wages", List.of(above.residentId() + ",某公司,2026-10,2000",
        within.residentId() + ",某公司,2026-10,50"));

    assertThat(count("select count(*) from cases where household_id = ? and review_reason = 'DATA_MATCH'",
        above.householdId())).isOne();
    assertThat(count("select count(*) from cases where household_id = ? and review_reason = 'DATA_MATCH'",
        within.householdId())).isZero();
  }

  @Test
  void refusesACampaignOverAnUnknownMonthOrAStreetOutsideTheDistrict() {
    ResponseEntity<Map<String, Object>> badMonth = as(APPROVER).exchange("/api/review-campaigns", HttpMethod.POST,
        new HttpEntity<>(Map.of("name", "错误月份", "dueMonth", "2026-13", "category", ""), jsonHeaders()),
        JSON_OBJECT);
    ResponseEntity<Map<String, Object>> otherDistrict = as(APPROVER).exchange("/api/review-campaigns",
        HttpMethod.POST, new HttpEntity<>(Map.of("name", "辖区外", "streetCode", "110108001"), jsonHeaders()),
        JSON_OBJECT);

    assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(badMonth)).containsExactly("dueMonth");
    assertThat(otherDistrict.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(otherDistrict)).containsExactly("streetCode");
    assertThat(count("select count(*) from review_campaigns where name in ('错误月份', '辖区外')")).isZero();
  }

  @Test
  void startsOneReviewOfAReportedChangeWhileItRuns() {
    Enrolled household = enrolled("报告变化户", "1450", TODAY.plusMonths(6));
    Map<String, Object> change = Map.of("householdId", household.householdId(), "change", "家庭成员已就业");

    ResponseEntity<Map<String, Object>> first = reportChange(change);
    ResponseEntity<Map<String, Object>> second = reportChange(change);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody()).containsEntry("code", "REVIEW_ALREADY_OPEN");
    assertThat(count("select count(*) from cases where household_id = ? and review_reason = 'REPORTED_CHANGE'",
        household.householdId())).isOne();
    ResponseEntity<Map<String, Object>> invalid = reportChange(Map.of("householdId", household.householdId()));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(invalid)).contains("change");
  }

  @Test
  void refusesToReviewAHouseholdWithoutAssistance() {
    ResponseEntity<Map<String, Object>> created = post("/api/households", aHouseholdOf(street, aPerson("未纳入户")));
    long householdId = ((Number) created.getBody().get("id")).longValue();

    ResponseEntity<Map<String, Object>> refused = reportChange(Map.of("householdId", householdId, "change", "搬家"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody()).containsEntry("code", "NOT_ENROLLED");
    assertThat(count("select count(*) from cases where household_id = ?", householdId)).isZero();
  }

  @Test
  void startsAWorkRefusalReviewAtTheThirdRefusalInARow() {
    Enrolled household = enrolled("拒绝就业户", "1450", TODAY.plusMonths(6));
    long member = jdbc.queryForObject("select min(id) from household_members where household_id = ?", Long.class,
        household.householdId());

    Map<String, Object> firstRefusal = offer(household, member, true);
    offer(household, member, false);
    offer(household, member, true);
    offer(household, member, true);
    assertThat(firstRefusal.get("reviewCaseNumber")).isNull();
    Map<String, Object> third = offer(household, member, true);

    assertThat(third.get("reviewCaseNumber")).isNotNull();
    assertThat(count("select count(*) from cases where household_id = ? and review_reason = 'WORK_REFUSAL'",
        household.householdId())).isOne();
  }

  @Test
  void leavesTheDecreaseAfterThreeRefusedJobOffersToTheCountyWhateverTheCaseworkerChose() {
    // DOMAIN.md: decrease or stop is decided by the county and explained in writing; the street confirms only
    // what the automatic proposal and review.streetMayConfirm let it.
    Map<String, Object> head = aPerson("拒岗户主");
    Map<String, Object> spouse = aPerson("拒岗配偶");
    spouse.put("relation", "SPOUSE");
    Map<String, Object> form = aHouseholdOf(street, head);
    @SuppressWarnings("unchecked")
    List<Object> members = (List<Object>) form.get("members");
    members.add(spouse);
    ResponseEntity<Map<String, Object>> created = post("/api/households", form);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    long householdId = ((Number) created.getBody().get("id")).longValue();
    Enrolled household = new Enrolled(householdId, (String) head.get("residentId"),
        ReviewFixtures.enrol(jdbc, householdId, street, "2900", TODAY.plusMonths(6)));
    importExtracts(Map.of("household-registration", List.of(head.get("residentId") + ",某人,NORMAL,,朝阳区",
        spouse.get("residentId") + ",某人,NORMAL,,朝阳区")));
    long member = jdbc.queryForObject("select min(id) from household_members where household_id = ?", Long.class,
        householdId);
    offer(household, member, true);
    offer(household, member, true);
    String review = (String) offer(household, member, true).get("reviewCaseNumber");
    assertThat(review).isNotNull();
    await().atMost(Duration.ofSeconds(60)).until(() -> proposal(review) != null);
    assertThat(proposal(review)).containsEntry("outcome", "DECREASE");

    visit(review);
    reviewProposal(review, "UNCHANGED");

    assertThat(nextStep(review)).isEqualTo("UserTask_CountyReviewDecision");
    String decision = awaitTask(review, "UserTask_CountyReviewDecision");
    ResponseEntity<Map<String, Object>> keptWithoutReasons = complete(APPROVER, decision,
        Map.of("reviewDecision", "UNCHANGED"));
    assertThat(keptWithoutReasons.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(keptWithoutReasons)).extracting(e -> e.get("field") + ":" + e.get("code"))
        .containsExactly("reasons:REQUIRED");
    decideAtCounty(review, "DECREASE", "家庭成员连续3次拒绝推荐的适当工作，核减其份额");
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(enrolment(household))
        .containsEntry("monthly_benefit", new BigDecimal("1450.00")));
    assertThat(noticesOf(review)).containsExactly("REVIEW_NOTICE");
    assertThat(visitedSteps(review)).doesNotContain("UserTask_StreetConfirmReview");
  }

  @Test
  void refersToTheCountyWhatTheStreetHeadDecidesOtherThanTheProposal() {
    Enrolled household = enrolled("街道改判户", "1450", TODAY.plusMonths(6));
    importExtracts(Map.of("household-registration", List.of(household.residentId() + ",某人,NORMAL,,朝阳区")));
    String review = (String) reportChange(Map.of("householdId", household.householdId(), "change", "家庭情况说明"))
        .getBody().get("caseNumber");
    await().atMost(Duration.ofSeconds(60)).until(() -> proposal(review) != null);
    assertThat(proposal(review)).containsEntry("outcome", "UNCHANGED").containsEntry("streetMayConfirm", true);
    reviewProposal(review, "UNCHANGED");
    String confirmation = awaitTask(review, "UserTask_StreetConfirmReview");

    ResponseEntity<Map<String, Object>> withoutReasons = complete(head, confirmation,
        Map.of("reviewDecision", "INCREASE", "monthlyBenefit", 1600));
    assertThat(withoutReasons.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(withoutReasons)).containsExactly("reasons");
    Map<String, Object> increase = new HashMap<>(Map.of("reviewDecision", "INCREASE", "monthlyBenefit", 1600));
    increase.put("reasons", List.of("户主新发慢性病，医疗支出增加"));
    assertThat(complete(head, confirmation, increase).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(nextStep(review)).isEqualTo("UserTask_CountyReviewDecision");
    assertThat(enrolment(household)).containsEntry("monthly_benefit", new BigDecimal("1450.00"));
    assertThat(get("/api/cases/" + review).getBody()).containsEntry("status", "OPEN");
    Map<String, Object> kept = new HashMap<>(Map.of("reviewDecision", "UNCHANGED"));
    assertThat(complete(APPROVER, awaitTask(review, "UserTask_CountyReviewDecision"), kept).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(get("/api/cases/" + review).getBody()
        .get("status")));
    assertThat(enrolment(household)).containsEntry("monthly_benefit", new BigDecimal("1450.00"));
    assertThat(records.decisions(review)).extracting(d -> d.level() + ":" + d.outcome() + ":" + d.binding())
        .containsExactly("COUNTY:UNCHANGED:true", "STREET:INCREASE:false");
  }

  @Test
  void tellsEveryProblemOfAJobOfferAtOnce() {
    Enrolled household = enrolled("推荐就业户", "1450", TODAY.plusMonths(6));

    ResponseEntity<Map<String, Object>> response = post("/api/households/" + household.householdId()
        + "/job-offers", Map.of("memberId", 999_999_999L, "offeredOn", TODAY.plusDays(1).toString(), "employer", "",
        "position", "保洁员", "refused", true));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(response)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "employer:REQUIRED", "offeredOn:DATE_IN_FUTURE", "memberId:UNKNOWN_MEMBER");
    assertThat(count("select count(*) from job_offers where household_id = ?", household.householdId())).isZero();
  }

  private Map<String, Object> offer(Enrolled household, long member, boolean refused) {
    ResponseEntity<Map<String, Object>> response = post("/api/households/" + household.householdId() + "/job-offers",
        Map.of("memberId", member, "offeredOn", TODAY.toString(), "employer", "某物业公司", "position", "保洁员",
            "refused", refused));
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return response.getBody();
  }

  private ResponseEntity<Map<String, Object>> reportChange(Map<String, Object> body) {
    return as(CLERK).exchange("/api/reviews", HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
  }

  private int scheduledReviews(Enrolled household) {
    return count("select count(*) from cases where household_id = ? and review_reason = 'SCHEDULED'",
        household.householdId());
  }

  private void importExtract(String source, List<String> rows) {
    var response = http.exchange("/api/verification/imports", HttpMethod.POST,
        ExtractFiles.upload(source, TODAY, source + ".csv", ExtractFiles.csvOf(source, rows)), JSON_OBJECT);
    assertThat(response.getStatusCode()).as(source + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private void importExtracts(Map<String, List<String>> rowsBySource) {
    for (String source : ExtractFiles.HEADER_AND_FILLER.keySet()) {
      byte[] file = ExtractFiles.csvOf(source, rowsBySource.getOrDefault(source, List.of()));
      var response = http.exchange("/api/verification/imports", HttpMethod.POST,
          ExtractFiles.upload(source, TODAY, source + ".csv", file), JSON_OBJECT);
      assertThat(response.getStatusCode()).as(source + ": " + response.getBody()).isEqualTo(HttpStatus.CREATED);
    }
  }

  private Map<String, Object> progress(long campaign) {
    @SuppressWarnings("unchecked")
    Map<String, Object> progress = (Map<String, Object>) as(APPROVER).exchange("/api/review-campaigns/" + campaign,
        HttpMethod.GET, null, JSON_OBJECT).getBody().get("progress");
    return progress;
  }

  private String reviewOf(Enrolled household) {
    return jdbc.queryForObject("select case_number from cases where household_id = ? and review_reason = 'CAMPAIGN'",
        String.class, household.householdId());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> proposal(String review) {
    return (Map<String, Object>) get("/api/cases/" + review + "/review").getBody().get("proposal");
  }

  private Map<String, Object> enrolment(Enrolled household) {
    return jdbc.queryForMap("select status, monthly_benefit, next_review_on from enrolments where id = ?",
        household.enrolmentId());
  }

  private List<String> noticesOf(String review) {
    return jdbc.queryForList("select kind from household_documents where case_number = ? and system_generated"
        + " order by id", String.class, review);
  }

  private void visit(String review) {
    String task = awaitTask(review, "UserTask_VisitHousehold");
    ResponseEntity<Map<String, Object>> done = complete(caseworker, task, Map.of("visitedOn", TODAY.toString(),
        "secondInvestigator", "第二调查员", "findings", "入户核实家庭收入与就业情况", "familySigned", true));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void reviewProposal(String review, String outcome) {
    ResponseEntity<Map<String, Object>> done = complete(secondCaseworker, awaitTask(review, "UserTask_ReviewProposal"),
        Map.of("proposedOutcome", outcome));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void confirmAtStreet(String review, String outcome) {
    ResponseEntity<Map<String, Object>> done = complete(head, awaitTask(review, "UserTask_StreetConfirmReview"),
        Map.of("reviewDecision", outcome));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void decideAtCounty(String review, String outcome, String reason) {
    Map<String, Object> data = new HashMap<>(Map.of("reviewDecision", outcome));
    data.put("reasons", new ArrayList<>(List.of(reason)));
    ResponseEntity<Map<String, Object>> done = complete(APPROVER,
        awaitTask(review, "UserTask_CountyReviewDecision"), data);
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The step the review waits at next (a user task), once it has one. */
  private String nextStep(String review) {
    await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(review)
        .count() == 1 || !"OPEN".equals(get("/api/cases/" + review).getBody().get("status")));
    var open = tasks.createTaskQuery().processInstanceBusinessKey(review).singleResult();
    return open == null ? "ended: " + get("/api/cases/" + review).getBody().get("status")
        : open.getTaskDefinitionKey();
  }

  private List<String> visitedSteps(String review) {
    return jdbc.queryForList("select step from task_completions where case_number = ?", String.class, review);
  }

  private String awaitTask(String review, String step) {
    await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(review)
        .taskDefinitionKey(step).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(review).taskDefinitionKey(step).singleResult().getId();
  }

  private ResponseEntity<Map<String, Object>> complete(String username, String taskId, Map<String, Object> data) {
    return as(username).exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(data, jsonHeaders()), JSON_OBJECT);
  }
}
