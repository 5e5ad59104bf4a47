/**
 * Periodic review (定期核查) of enrolled households: review cases with their reason and idempotent start, the daily
 * scheduler, triggers outside the schedule (reported change, 刚性支出 expiry, refused job offers), campaigns, the
 * automatic proposal, the review decision screen, the written notice and the enrolment update with gradual exit.
 */
package cn.gov.civilaffairs.assistance.review;
