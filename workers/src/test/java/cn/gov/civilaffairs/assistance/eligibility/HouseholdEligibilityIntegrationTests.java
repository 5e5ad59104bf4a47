package cn.gov.civilaffairs.assistance.eligibility;

import static cn.gov.civilaffairs.assistance.support.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Facts taken from a registered household: what counts as income, the monthly figure, legal support. */
class HouseholdEligibilityIntegrationTests extends IntegrationTest {

  /** Assessed in January 2026: the 12-month window is the calendar year 2025. */
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 5);

  @Autowired
  HouseholdEligibility eligibility;

  private static Map<String, Object> income(Object residentId, String kind, String from, String to, int amount) {
    Map<String, Object> income = new HashMap<>();
    income.put("memberResidentId", residentId);
    income.put("kind", kind);
    income.put("periodStart", from);
    income.put("periodEnd", to);
    income.put("amount", amount);
    return income;
  }

  private long registerAFamilyWithExcludedIncomes() {
    Map<String, Object> head = person("赵大山", "HEAD", true);
    Map<String, Object> wife = person("钱小梅", "SPOUSE", false);
    wife.put("legalSupport", "NONE");
    Object id = head.get("residentId");
    Map<String, Object> household = new HashMap<>();
    household.put("communityCode", "110105001001");
    household.put("address", "永安里 9 号楼");
    household.put("members", List.of(head, wife));
    household.put("incomes", new ArrayList<>(List.of(
        // one wage stream in two halves: 1000 a month, not 2000
        income(id, "WAGES", "2025-01-01", "2025-06-30", 6000),
        income(id, "WAGES", "2025-07-01", "2025-12-31", 6000),
        // older than 12 months: not counted
        income(id, "BUSINESS", "2024-01-01", "2024-12-31", 120000),
        income(id, "SOCIAL_ASSISTANCE", "2025-01-01", "2025-12-31", 12000),
        income(wife.get("residentId"), "PREFERENTIAL_CARE", "2025-01-01", "2025-12-31", 6000),
        income(wife.get("residentId"), "SCHOLARSHIP", "2025-09-01", "2025-12-31", 2000),
        income(null, "RESIDENT_BASIC_PENSION", "2025-01-01", "2025-12-31", 2400))));
    var response = post("/api/households", household);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) response.getBody().get("id")).longValue();
  }

  @Test
  void countsNeitherAssistanceNorCareMoneyNorScholarshipsNorTheBasicPension() {
    long householdId = registerAFamilyWithExcludedIncomes();

    HouseholdFacts facts = eligibility.facts(householdId, AS_OF);
    Assessment assessment = eligibility.assess(householdId, Category.DIBAO, AS_OF);

    assertThat(facts.monthlyIncome()).isEqualByComparingTo("1000");
    // (12,000 + 6,000 + 2,000 + 2,400) / 12 months: the scholarship of four months is divided by the window's 12
    assertThat(facts.excludedMonthlyIncome()).isEqualByComparingTo("1866.67");
    assertThat(assessment.eligible()).isTrue();
    assertThat(assessment.test("INCOME_BELOW_STANDARD").inputs())
        .containsEntry("monthlyIncome", new BigDecimal("1000.00"))
        .containsEntry("perCapitaIncome", new BigDecimal("500.00"));
    assertThat(assessment.parameterVersion()).startsWith("P:");
  }

  @Test
  @SuppressWarnings("unchecked")
  void keepsTheLegalSupportOfAMember() {
    long householdId = registerAFamilyWithExcludedIncomes();

    HouseholdFacts facts = eligibility.facts(householdId, AS_OF);
    Map<String, Object> detail = get("/api/households/" + householdId).getBody();

    assertThat(facts.members()).extracting(HouseholdFacts.MemberFacts::legalSupport)
        .containsExactly(null, LegalSupport.NONE);
    assertThat((List<Map<String, Object>>) detail.get("members")).extracting(m -> m.get("legalSupport"))
        .containsExactly(null, "NONE");
  }
}
