package cn.gov.civilaffairs.assistance.households;

/**
 * Income kinds: wages, net business, net property, net transfer income, pensions, other; and money received that
 * is not income when assessing need (see {@link #countsAsIncome()}).
 */
public enum IncomeKind {
  WAGES,
  BUSINESS,
  PROPERTY,
  TRANSFER,
  PENSION,
  OTHER,
  /** Social-assistance money (低保金, 特困供养金, 临时救助金 ...). */
  SOCIAL_ASSISTANCE(false),
  /** 优待抚恤金 of entitled groups (veterans, martyrs' families). */
  PREFERENTIAL_CARE(false),
  /** Scholarships and student grants (奖学金、助学金). */
  SCHOLARSHIP(false),
  /** The central basic pension of the urban and rural residents' scheme (城乡居民基本养老保险基础养老金). */
  RESIDENT_BASIC_PENSION(false);

  private final boolean countsAsIncome;

  IncomeKind() {
    this(true);
  }

  IncomeKind(boolean countsAsIncome) {
    this.countsAsIncome = countsAsIncome;
  }

  /** Whether the national rules count this money as household income in the means test. */
  public boolean countsAsIncome() {
    return countsAsIncome;
  }
}
