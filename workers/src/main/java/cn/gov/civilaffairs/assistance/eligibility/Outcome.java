package cn.gov.civilaffairs.assistance.eligibility;

/** The result of one test of an assessment. */
public enum Outcome {
  PASSED,
  FAILED,
  /** The test does not apply here (e.g. the 刚性支出 formula the jurisdiction does not use). */
  NOT_APPLICABLE
}
