package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses eligibility and benefit, and hands the process the decisions the policy makes for this case: whether
 * the street decides (delegation) and whether a 公示 is repeated after an objection. Each objection starts a new
 * round, so a replay of the job assesses nothing twice.
 */
@Component
class AssessEligibilityWorker implements JobWorker {

  private final CaseAssessments assessments;
  private final JdbcTemplate jdbc;

  AssessEligibilityWorker(CaseAssessments assessments, JdbcTemplate jdbc) {
    this.assessments = assessments;
    this.jdbc = jdbc;
  }

  @Override
  public String topic() {
    return Topics.ASSESS_ELIGIBILITY;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    String caseNumber = job.businessKey();
    Integer objections = jdbc.queryForObject("select count(*) from notice_objections where case_number = ?",
        Integer.class, caseNumber);
    Long reportId = job.variable("verificationReportId").map(value -> ((Number) value).longValue()).orElse(null);
    CaseAssessments.Outcome outcome = assessments.assess(caseNumber, objections + 1, reportId);
    return JobResult.completed(Map.of(
        "assessmentId", outcome.assessment().id(),
        "eligible", outcome.assessment().eligible(),
        "decisionDelegated", outcome.policy().decisionDelegatedToStreet(),
        "repeatNoticeAfterObjection", outcome.policy().noticeRepeatAfterObjection()));
  }
}
