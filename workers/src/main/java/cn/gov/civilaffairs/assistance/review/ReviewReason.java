package cn.gov.civilaffairs.assistance.review;

/** Why a review was started. */
public enum ReviewReason {
  SCHEDULED,
  CAMPAIGN,
  REPORTED_CHANGE,
  DEATH,
  DATA_MATCH,
  RIGID_EXPENSE_EXPIRY,
  WORK_REFUSAL
}
