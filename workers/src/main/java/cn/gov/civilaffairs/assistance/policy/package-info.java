/**
 * Policy: the working-day calendar, per-step limits, and the catalogue of local policy parameters with their
 * effective-dated values per jurisdiction ({@link cn.gov.civilaffairs.assistance.policy.PolicyParameters}).
 */
package cn.gov.civilaffairs.assistance.policy;
