/**
 * Opinions and decisions on applications: the street's first opinion, the county's (or, where delegated, the
 * street's) decision with the assessment it relied on, filing of delegated decisions with the county, and the
 * random field re-check of 特困 cases.
 */
package cn.gov.civilaffairs.assistance.decisions;
