package cn.gov.civilaffairs.assistance.engine;

/** Every external-task topic of the shipped processes, in one place. Kebab-case verb-object. */
public final class Topics {

  public static final String CHECK_CONFLICT_OF_INTEREST = "check-conflict-of-interest";
  public static final String ASSESS_ELIGIBILITY = "assess-eligibility";
  public static final String PUBLISH_PUBLIC_NOTICE = "publish-public-notice";
  public static final String SELECT_FIELD_RECHECK = "select-field-recheck";
  public static final String FILE_DECISION_WITH_COUNTY = "file-decision-with-county";
  public static final String ENROL_HOUSEHOLD = "enrol-household";
  public static final String ISSUE_REFUSAL_NOTICE = "issue-refusal-notice";
  public static final String VERIFY_HOUSEHOLD_ECONOMY = "verify-household-economy";
  public static final String LOOK_UP_AID_LIMITS = "look-up-aid-limits";
  public static final String PAY_TEMPORARY_AID = "pay-temporary-aid";
  // assistance-agreement
  public static final String GENERATE_ASSISTANCE_AGREEMENT = "generate-assistance-agreement";
  public static final String ACTIVATE_ASSISTANCE_PLAN = "activate-assistance-plan";
  public static final String REPORT_ASSISTANCE_AGREEMENT = "report-assistance-agreement";
  public static final String REFER_PLAN_MEASURE = "refer-plan-measure";
  public static final String RECORD_REFERRAL_OUTCOME = "record-referral-outcome";
  // temporary-aid (with look-up-aid-limits and pay-temporary-aid above)
  public static final String CHECK_REPEATED_AID_REASON = "check-repeated-aid-reason";
  public static final String FILE_TEMPORARY_AID_WITH_COUNTY = "file-temporary-aid-with-county";
  public static final String ESCALATE_OVERDUE_PAPERWORK = "escalate-overdue-paperwork";
  // periodic-review
  public static final String PROPOSE_REVIEW_OUTCOME = "propose-review-outcome";
  public static final String ISSUE_REVIEW_NOTICE = "issue-review-notice";
  public static final String UPDATE_ENROLMENT = "update-enrolment";
  public static final String END_GRADUAL_EXIT = "end-gradual-exit";
  public static final String ROUTE_REVIEW_DECISION = "route-review-decision";
  public static final String START_PLAN_REFERRALS = "start-plan-referrals";

  private Topics() {}
}
