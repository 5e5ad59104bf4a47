package cn.gov.civilaffairs.assistance.households;

/** Income kinds: wages, net business, net property, net transfer income, pensions, other. */
public enum IncomeKind {
  WAGES,
  BUSINESS,
  PROPERTY,
  TRANSFER,
  PENSION,
  OTHER
}
