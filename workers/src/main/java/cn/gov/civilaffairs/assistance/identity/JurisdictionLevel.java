package cn.gov.civilaffairs.assistance.identity;

/** The four levels of the jurisdiction tree, top down. */
public enum JurisdictionLevel {
  CITY,
  DISTRICT,
  STREET,
  COMMUNITY
}
