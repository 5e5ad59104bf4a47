package cn.gov.civilaffairs.assistance.households;

/** Schooling of a member. */
public enum StudentStatus {
  NONE,
  PRESCHOOL,
  PRIMARY,
  JUNIOR_SECONDARY,
  SENIOR_SECONDARY,
  VOCATIONAL,
  HIGHER
}
