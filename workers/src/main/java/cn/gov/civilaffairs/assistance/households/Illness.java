package cn.gov.civilaffairs.assistance.households;

/** Chronic or serious illness of a member. */
public enum Illness {
  NONE,
  CHRONIC,
  SERIOUS
}
