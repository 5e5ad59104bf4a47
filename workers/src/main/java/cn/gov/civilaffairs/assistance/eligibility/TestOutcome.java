package cn.gov.civilaffairs.assistance.eligibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One test of an assessment with the figures it used, so a decision can show why.
 *
 * @param code stable code, e.g. {@code INCOME_BELOW_STANDARD}
 * @param inputs named values in the order they are best read
 * @param explanation one sentence in Chinese for the case file
 */
public record TestOutcome(String code, String label, Map<String, Object> inputs, Outcome outcome,
    String explanation) {

  public TestOutcome {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  public boolean passed() {
    return outcome == Outcome.PASSED;
  }
}
