package cn.gov.civilaffairs.assistance.notices;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The 公示 terms in force today for the case's street (parameters {@code notice.days}, {@code notice.countsTowardSla}). */
@Component
class NoticePolicy {

  private final PolicyParameters parameters;
  private final ApplicationCases cases;
  private final Clock clock;
  private final ZoneId zone;

  NoticePolicy(PolicyParameters parameters, ApplicationCases cases, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.parameters = parameters;
    this.cases = cases;
    this.clock = clock;
    this.zone = zone;
  }

  NoticeTerms termsFor(String caseNumber) {
    PolicySnapshot policy = parameters.snapshot(cases.require(caseNumber).streetCode(),
        clock.instant().atZone(zone).toLocalDate());
    return new NoticeTerms(policy.noticeDays(), policy.noticeCountsTowardSla());
  }
}
