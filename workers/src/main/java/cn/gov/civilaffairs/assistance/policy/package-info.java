/** Policy: the working-day calendar and deadlines (later: effective-dated parameters per jurisdiction). */
package cn.gov.civilaffairs.assistance.policy;
