package cn.gov.civilaffairs.assistance.households;

/** Employment status of a member. */
public enum EmploymentStatus {
  EMPLOYED,
  FLEXIBLE,
  UNEMPLOYED,
  RETIRED,
  NOT_OF_WORKING_AGE
}
