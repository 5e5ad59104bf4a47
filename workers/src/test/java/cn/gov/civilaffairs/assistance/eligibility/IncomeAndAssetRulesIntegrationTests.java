package cn.gov.civilaffairs.assistance.eligibility;

import static cn.gov.civilaffairs.assistance.support.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The income and asset rules of 低保 (README "Income" and "Assets") at their boundaries, over HTTP: a household is
 * registered, its items recorded through the households API, and assessed on a day with
 * {@code GET /api/households/{id}/eligibility}. Monthly income = what was received in the window (the
 * {@code income.windowMonths} whole months before the month of the assessment) divided by its months.
 */
class IncomeAndAssetRulesIntegrationTests extends IntegrationTest {

  private static final String CHAOYANG = "110105001001";
  private static final String HAIDIAN = "110108001001";
  /** Assessed on 8 December 2026: the 12-month window is 2025-12-01 to 2026-11-30. */
  private static final String DAY = "2026-12-08";
  private static final String ADMIN = "income.admin";

  @BeforeEach
  void administrator() {
    ensureUser(ADMIN, "110000", Role.ADMIN);
  }

  private record Registered(long id, String residentId) {}

  /** A household of one person with no income and no assets yet. */
  private Registered aPersonAlone(String community) {
    Map<String, Object> head = person("孙立新", "HEAD", true);
    Map<String, Object> household = new HashMap<>();
    household.put("communityCode", community);
    household.put("address", "幸福里 " + head.get("birthDate") + " 号");
    household.put("members", List.of(head));
    ResponseEntity<Map<String, Object>> response = post("/api/households", household);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
    return new Registered(((Number) response.getBody().get("id")).longValue(), (String) head.get("residentId"));
  }

  private void income(Registered household, String kind, String from, String to, String amount) {
    Map<String, Object> item = new HashMap<>();
    item.put("memberResidentId", household.residentId());
    item.put("kind", kind);
    item.put("periodStart", from);
    item.put("periodEnd", to);
    item.put("amount", new BigDecimal(amount));
    ResponseEntity<Map<String, Object>> response = post("/api/households/" + household.id() + "/incomes", item);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
  }

  private Map<String, Object> assess(Registered household, String day) {
    ResponseEntity<Map<String, Object>> response = get("/api/households/" + household.id()
        + "/eligibility?category=DIBAO&asOf=" + day);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> test(Map<String, Object> assessment, String code) {
    return ((List<Map<String, Object>>) assessment.get("tests")).stream().filter(t -> code.equals(t.get("code")))
        .findFirst().orElseThrow(() -> new AssertionError("no test " + code + " in " + assessment));
  }

  @SuppressWarnings("unchecked")
  static BigDecimal input(Map<String, Object> assessment, String code, String name) {
    return new BigDecimal(String.valueOf(((Map<String, Object>) test(assessment, code).get("inputs")).get(name)));
  }

  private static BigDecimal monthlyIncome(Map<String, Object> assessment) {
    return input(assessment, "INCOME_BELOW_STANDARD", "monthlyIncome");
  }

  /** The 低保 standard in force for the household on the day (other tests may have set their own). */
  private BigDecimal standard(Registered household, String day) {
    return input(assess(household, day), "INCOME_BELOW_STANDARD", "dibaoStandard");
  }

  // --- per-capita income strictly below the standard -------------------------------------------------------------

  @Test
  void refusesAPersonWhoseMonthlyIncomeIsExactlyTheStandard() {
    Registered alone = aPersonAlone(CHAOYANG);
    BigDecimal standard = standard(alone, DAY);
    income(alone, "WAGES", "2025-12-01", "2026-11-30", standard.multiply(BigDecimal.valueOf(12)).toPlainString());

    Map<String, Object> assessment = assess(alone, DAY);

    assertThat(monthlyIncome(assessment)).isEqualByComparingTo(standard);
    assertThat(test(assessment, "INCOME_BELOW_STANDARD")).containsEntry("outcome", "FAILED");
    assertThat(assessment).containsEntry("eligible", false);
  }

  @Test
  void acceptsAPersonWhoseMonthlyIncomeIsOneFenBelowTheStandard() {
    Registered alone = aPersonAlone(CHAOYANG);
    BigDecimal standard = standard(alone, DAY);
    income(alone, "WAGES", "2025-12-01", "2026-11-30",
        standard.multiply(BigDecimal.valueOf(12)).subtract(new BigDecimal("0.12")).toPlainString());

    Map<String, Object> assessment = assess(alone, DAY);

    assertThat(monthlyIncome(assessment)).isEqualByComparingTo(standard.subtract(new BigDecimal("0.01")));
    assertThat(test(assessment, "INCOME_BELOW_STANDARD")).containsEntry("outcome", "PASSED");
    assertThat(assessment).containsEntry("eligible", true);
  }

  @Test
  void refusesAPersonWhoseMonthlyIncomeIsOneFenAboveTheStandard() {
    Registered alone = aPersonAlone(CHAOYANG);
    BigDecimal standard = standard(alone, DAY);
    income(alone, "WAGES", "2025-12-01", "2026-11-30",
        standard.multiply(BigDecimal.valueOf(12)).add(new BigDecimal("0.12")).toPlainString());

    Map<String, Object> assessment = assess(alone, DAY);

    assertThat(monthlyIncome(assessment)).isEqualByComparingTo(standard.add(new BigDecimal("0.01")));
    assertThat(test(assessment, "INCOME_BELOW_STANDARD")).containsEntry("outcome", "FAILED");
  }

  // --- what counts, and divided by what ---------------------------------------------------------------------------

  @Test
  void countsThreeMonthlySlipsOfOneStreamAsOneStreamOverTheWindow() {
    Registered alone = aPersonAlone(CHAOYANG);
    income(alone, "WAGES", "2026-09-01", "2026-09-30", "1000");
    income(alone, "WAGES", "2026-10-01", "2026-10-31", "1000");
    income(alone, "WAGES", "2026-11-01", "2026-11-30", "1000");

    Map<String, Object> assessment = assess(alone, DAY);

    // 3,000 received in the 12 months before December, divided by 12 (not 3,000 a month, not 1,000)
    assertThat(monthlyIncome(assessment)).isEqualByComparingTo("250.00");
    assertThat((String) test(assessment, "INCOME_BELOW_STANDARD").get("explanation"))
        .contains("收入计算期限 2025-12-01 至 2026-11-30（12 个月）", "÷ 12");
  }

  @Test
  void countsNothingOfIncomeThatEndedBeforeTheWindow() {
    Registered alone = aPersonAlone(CHAOYANG);
    // wages of 10,000 a month that ended in June 2025
    income(alone, "WAGES", "2025-01-01", "2025-06-30", "60000");

    Map<String, Object> assessment = assess(alone, DAY);

    assertThat(monthlyIncome(assessment)).isEqualByComparingTo("0.00");
    assertThat(assessment).containsEntry("eligible", true);
  }

  @Test
  void countsTheDaysOfAnItemStraddlingTheWindowStartProRata() {
    Registered alone = aPersonAlone(CHAOYANG);
    // 6,100 over 61 days (November and December 2025): the 31 December days inside, 3,100
    income(alone, "BUSINESS", "2025-11-01", "2025-12-31", "6100");

    Map<String, Object> assessment = assess(alone, DAY);

    assertThat(monthlyIncome(assessment)).isEqualByComparingTo("258.33");
  }

  @Test
  void takesTheTwelveMonthsOfTheLastYearWhenAssessedInJanuary() {
    Registered alone = aPersonAlone(CHAOYANG);
    income(alone, "WAGES", "2025-12-01", "2025-12-31", "1200");
    income(alone, "WAGES", "2026-12-01", "2026-12-07", "1200");

    Map<String, Object> inJanuary = assess(alone, "2027-01-15");
    Map<String, Object> inDecember = assess(alone, DAY);

    // January 2027: 2026-01-01 to 2026-12-31, the December 2026 slip counts and December 2025 does not
    assertThat(monthlyIncome(inJanuary)).isEqualByComparingTo("100.00");
    assertThat((String) test(inJanuary, "INCOME_BELOW_STANDARD").get("explanation"))
        .contains("2026-01-01 至 2026-12-31");
    // December 2026: the month of the assessment is not in the window, December 2025 is
    assertThat(monthlyIncome(inDecember)).isEqualByComparingTo("100.00");
    assertThat((String) test(inDecember, "INCOME_BELOW_STANDARD").get("explanation"))
        .contains("2025-12-01 至 2026-11-30");
  }

  @Test
  @ProvesParameter("income.windowMonths")
  void dividesByThreeWhereTheDistrictCountsTheThreeMonthsBeforeTheApplication() {
    // 海淀区 counts 3 months on 1 March 2025 only (12 again from the next day): no other test is affected.
    setParameter("110108", "income.windowMonths", "3", "2025-03-01");
    setParameter("110108", "income.windowMonths", "12", "2025-03-02");
    Registered haidian = aPersonAlone(HAIDIAN);
    income(haidian, "WAGES", "2024-12-01", "2024-12-31", "1000");
    income(haidian, "WAGES", "2025-01-01", "2025-01-31", "1000");
    income(haidian, "WAGES", "2025-02-01", "2025-02-28", "1000");

    Map<String, Object> threeMonths = assess(haidian, "2025-03-01");
    Map<String, Object> twelveMonths = assess(haidian, "2025-03-02");

    assertThat(monthlyIncome(threeMonths)).isEqualByComparingTo("1000.00");
    assertThat((String) test(threeMonths, "INCOME_BELOW_STANDARD").get("explanation"))
        .contains("2024-12-01 至 2025-02-28（3 个月）", "÷ 3");
    assertThat(monthlyIncome(twelveMonths)).isEqualByComparingTo("250.00");
  }

  @Test
  void countsNeitherAssistanceNorCareMoneyNorScholarshipsNorTheBasicPension() {
    Registered alone = aPersonAlone(CHAOYANG);
    income(alone, "WAGES", "2025-12-01", "2026-11-30", "12000");
    income(alone, "SOCIAL_ASSISTANCE", "2025-12-01", "2026-11-30", "12000");
    income(alone, "PREFERENTIAL_CARE", "2025-12-01", "2026-11-30", "6000");
    income(alone, "SCHOLARSHIP", "2026-09-01", "2026-11-30", "2400");
    income(alone, "RESIDENT_BASIC_PENSION", "2025-12-01", "2026-11-30", "2400");

    Map<String, Object> assessment = assess(alone, DAY);

    assertThat(monthlyIncome(assessment)).isEqualByComparingTo("1000.00");
    // shown, not counted: (12,000 + 6,000 + 2,400 + 2,400) / 12
    assertThat(input(assessment, "INCOME_BELOW_STANDARD", "excludedMonthlyIncome")).isEqualByComparingTo("1900.00");
  }

  private void setParameter(String jurisdiction, String code, String value, String from) {
    Map<String, Object> body = Map.of("jurisdictionCode", jurisdiction, "code", code, "value", value,
        "effectiveFrom", from, "reason", "测试：收入计算期限");
    ResponseEntity<Map<String, Object>> response = as(ADMIN).exchange("/api/policy/parameters", HttpMethod.POST,
        new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
  }

}
