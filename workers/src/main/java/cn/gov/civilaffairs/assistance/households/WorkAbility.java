package cn.gov.civilaffairs.assistance.households;

/** Ability to work, as assessed. */
public enum WorkAbility {
  FULL,
  PARTIAL,
  NONE
}
