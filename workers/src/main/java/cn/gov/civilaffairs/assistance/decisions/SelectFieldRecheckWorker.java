package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selects 特困 cases for the county's own field re-check: at least {@code tekun.recheckShare} of the county's cases of
 * the month at every point, the rest drawn by a keyed hash (see {@link FieldRechecks}). Other categories pass.
 * A replay of the job answers the first decision and counts nothing twice.
 */
@Component
class SelectFieldRecheckWorker implements JobWorker {

  private final ApplicationCases cases;
  private final FieldRechecks rechecks;
  private final CaseTimeline timeline;
  private final Clock clock;
  private final ZoneId zone;

  SelectFieldRecheckWorker(ApplicationCases cases, FieldRechecks rechecks, CaseTimeline timeline, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.cases = cases;
    this.rechecks = rechecks;
    this.timeline = timeline;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public String topic() {
    return Topics.SELECT_FIELD_RECHECK;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    AssistanceCase assistanceCase = cases.require(job.businessKey());
    boolean selected = false;
    if (assistanceCase.category() == Category.TEKUN) {
      FieldRechecks.Selection selection = rechecks.select(job.businessKey(), assistanceCase.streetCode(),
          clock.instant().atZone(zone).toLocalDate());
      selected = selection.selected();
      if (selected) {
        // The timeline keeps one entry per key, so a replay records nothing new.
        timeline.record(job.businessKey(), "field-recheck-selected", "FIELD_RECHECK_SELECTED", null, "system",
            selection.reason() == FieldRechecks.Reason.MINIMUM
                ? "特困案件按本县本月抽查比例下限被抽中，由县级入户抽查"
                : "特困案件被随机抽中，由县级入户抽查");
      }
    }
    return JobResult.completed(Map.of("fieldRecheckSelected", selected));
  }
}
