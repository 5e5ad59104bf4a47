package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.applications.Category;
import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a household qualifies for a category and the monthly benefit, with every test behind it.
 *
 * @param monthlyBenefit yuan per month for the household, 2 decimals (0 where the category pays no monthly cash)
 * @param rulesVersion {@link EligibilityRules#RULES_VERSION} of the rules applied
 * @param parameterVersion {@link cn.gov.civilaffairs.assistance.policy.PolicySnapshot#version()} of the policy used
 */
public record Assessment(Category category, boolean eligible, BigDecimal monthlyBenefit, List<TestOutcome> tests,
    String rulesVersion, String parameterVersion) {

  public Assessment {
    tests = List.copyOf(tests);
  }

  public TestOutcome test(String code) {
    return tests.stream().filter(t -> t.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No test " + code + " in " + category));
  }
}
