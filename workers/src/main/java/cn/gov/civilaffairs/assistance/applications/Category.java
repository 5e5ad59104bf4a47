package cn.gov.civilaffairs.assistance.applications;

/** Categories of assistance, each with the prefix of its case numbers. */
public enum Category {
  DIBAO("DB"),
  TEKUN("TK"),
  MARGINAL("BY"),
  RIGID_EXPENDITURE("ZC"),
  TEMPORARY_AID("LS");

  private final String prefix;

  Category(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
