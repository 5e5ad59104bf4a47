/**
 * Enrolment of approved households: the monthly benefit from the month after approval and the schedule of
 * periodic reviews.
 */
package cn.gov.civilaffairs.assistance.enrolment;
