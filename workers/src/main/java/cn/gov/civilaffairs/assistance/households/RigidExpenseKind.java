package cn.gov.civilaffairs.assistance.households;

/** Rigid spending that may be deducted: out-of-pocket medical, education, rehabilitation. */
public enum RigidExpenseKind {
  MEDICAL,
  EDUCATION,
  REHABILITATION
}
