/**
 * Eligibility: the versioned, explainable rules that decide whether a household qualifies for 低保, 特困, 低保边缘 or
 * 刚性支出困难 under the local policy in force, and the monthly benefit. Plain Java; callers supply the facts
 * ({@link cn.gov.civilaffairs.assistance.eligibility.HouseholdFacts}) and the policy snapshot.
 */
package cn.gov.civilaffairs.assistance.eligibility;
