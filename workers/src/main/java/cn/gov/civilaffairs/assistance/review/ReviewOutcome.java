package cn.gov.civilaffairs.assistance.review;

/** What a review decides for the household's assistance. */
public enum ReviewOutcome {
  UNCHANGED("维持不变"),
  INCREASE("增发"),
  DECREASE("减发"),
  STOP("停发"),
  GRADUAL_EXIT("渐退");

  private final String label;

  ReviewOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Decrease, stop and gradual exit are decided by the county and explained in writing. */
  public boolean needsNotice() {
    return this == DECREASE || this == STOP || this == GRADUAL_EXIT;
  }

  static boolean isOutcome(Object value) {
    for (ReviewOutcome outcome : values()) {
      if (outcome.name().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
