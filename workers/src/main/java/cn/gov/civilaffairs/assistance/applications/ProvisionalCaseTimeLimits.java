package cn.gov.civilaffairs.assistance.applications;

import cn.gov.civilaffairs.assistance.policy.ProvisionalDeadlines;
import org.springframework.stereotype.Component;

/** Recomputes the time limits of open cases computed on a provisional year, once its official schedule is in. */
@Component
class ProvisionalCaseTimeLimits implements ProvisionalDeadlines.Kind {

  private final ApplicationCases cases;

  ProvisionalCaseTimeLimits(ApplicationCases cases) {
    this.cases = cases;
  }

  @Override
  public String kind() {
    return ProvisionalDeadlines.CASE_TIME_LIMIT;
  }

  @Override
  public void recompute(ProvisionalDeadlines.Marker marker, long calendarVersion) {
    cases.recomputeTimeLimit(marker.ref(), calendarVersion);
  }
}
