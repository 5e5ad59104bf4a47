package cn.gov.civilaffairs.assistance.agreements;

/** The five helps of the agreement, plus contributions the government pays for the family. */
public enum HelpKind {
  LIVING,
  EMPLOYMENT,
  SCHOOLING,
  HOUSING,
  MEDICAL,
  CONTRIBUTIONS
}
