package cn.gov.civilaffairs.assistance.households;

/** Asset kinds checked against the local asset limits. */
public enum AssetKind {
  DEPOSIT,
  VEHICLE,
  REAL_ESTATE,
  SECURITIES,
  BUSINESS,
  OTHER
}
