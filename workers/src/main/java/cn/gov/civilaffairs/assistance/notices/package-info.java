/**
 * 公示: the public notice of an application the street supports (name, family size and amount only), the notice
 * period, and objections registered during it, which interrupt the period and send the case back to be
 * re-investigated or reviewed.
 */
package cn.gov.civilaffairs.assistance.notices;
