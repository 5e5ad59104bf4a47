package cn.gov.civilaffairs.assistance.households;

/** Sex as recorded in the resident ID. */
public enum Sex {
  MALE,
  FEMALE
}
