package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.api.Digests;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws 特困 cases for the county's own field re-check, with the share the parameter {@code tekun.recheckShare}
 * sets. The draw is a keyed hash of the case number with a secret salt: uniform over cases, unpredictable without
 * the salt, and the same on a replay of the job.
 */
@Component
class SelectFieldRecheckWorker implements JobWorker {

  private static final int SCALE = 10_000;

  private final ApplicationCases cases;
  private final PolicyParameters parameters;
  private final CaseTimeline timeline;
  private final Clock clock;
  private final ZoneId zone;
  private final String salt;

  SelectFieldRecheckWorker(ApplicationCases cases, PolicyParameters parameters, CaseTimeline timeline, Clock clock,
      @Value("${app.zone}") ZoneId zone, @Value("${app.decisions.recheck-salt:}") String salt) {
    this.cases = cases;
    this.parameters = parameters;
    this.timeline = timeline;
    this.clock = clock;
    this.zone = zone;
    this.salt = salt;
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
      BigDecimal share = parameters.snapshot(assistanceCase.streetCode(), clock.instant().atZone(zone).toLocalDate())
          .tekunRecheckShare();
      selected = drawn(job.businessKey(), share);
      if (selected) {
        timeline.record(job.businessKey(), "field-recheck-selected", "FIELD_RECHECK_SELECTED", null, "system",
            "特困案件被随机抽中，由县级入户抽查");
      }
    }
    return JobResult.completed(Map.of("fieldRecheckSelected", selected));
  }

  boolean drawn(String caseNumber, BigDecimal share) {
    String digest = Digests.sha256((salt + "|" + caseNumber).getBytes(StandardCharsets.UTF_8));
    long bucket = Long.parseLong(digest.substring(0, 12), 16) % SCALE;
    return bucket < share.multiply(BigDecimal.valueOf(SCALE)).longValue();
  }
}
