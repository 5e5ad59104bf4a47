package cn.gov.civilaffairs.assistance.verification;

/** What a found item is evidence of. */
public enum ItemCategory {
  /** Income; the amount is per month, the kind an {@code IncomeKind}. */
  INCOME,
  /** An asset; the amount is its value (may be unknown), the kind an {@code AssetKind}. */
  ASSET,
  /** The person's civil status (kind {@code NORMAL}, {@code DECEASED}, {@code MOVED_OUT}). */
  STATUS,
  /** Shown in the report but not compared (e.g. housing-fund deposits, insurance contributions). */
  INFO
}
