package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Files a decision the street made under delegation with its county (once per case; replays change nothing). */
@Component
class FileDecisionWithCountyWorker implements JobWorker {

  private final CaseDecisions decisions;
  private final JdbcTemplate jdbc;
  private final CaseTimeline timeline;
  private final Clock clock;

  FileDecisionWithCountyWorker(CaseDecisions decisions, JdbcTemplate jdbc, CaseTimeline timeline, Clock clock) {
    this.decisions = decisions;
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Override
  public String topic() {
    return Topics.FILE_DECISION_WITH_COUNTY;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    String caseNumber = job.businessKey();
    CaseDecisions.Decision decision = decisions.finalDecision(caseNumber)
        .orElseThrow(() -> new IllegalStateException("No decision to file for case " + caseNumber));
    int filed = jdbc.update("""
        insert into county_filings (case_number, decision_id, district_code, filed_at) values (?, ?, ?, ?)
        on conflict (case_number) do nothing""", caseNumber, decision.id(), job.requiredString("districtCode"),
        Timestamp.from(clock.instant()));
    if (filed == 1) {
      timeline.record(caseNumber, "filed-with-county", "FILED_WITH_COUNTY", null, "system",
          "街道审批结果已报县级民政部门备案");
    }
    return JobResult.completed(Map.of());
  }
}
