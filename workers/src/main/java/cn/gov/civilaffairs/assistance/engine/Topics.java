package cn.gov.civilaffairs.assistance.engine;

/** Every external-task topic of the shipped processes, in one place. Kebab-case verb-object. */
public final class Topics {

  public static final String CHECK_CONFLICT_OF_INTEREST = "check-conflict-of-interest";
  public static final String VERIFY_HOUSEHOLD_ECONOMY = "verify-household-economy";

  private Topics() {}
}
