package cn.gov.civilaffairs.assistance.notices;

/** How long a 公示 lasts (calendar days) and whether it counts toward the case's time limit. */
record NoticeTerms(int days, boolean countsTowardTimeLimit) {}
