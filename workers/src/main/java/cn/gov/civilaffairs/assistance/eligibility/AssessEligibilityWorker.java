package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.casefile.CaseFileDocuments;
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
  private final CaseFileDocuments documents;
  private final ApplicationCases cases;

  AssessEligibilityWorker(CaseAssessments assessments, JdbcTemplate jdbc, CaseFileDocuments documents,
      ApplicationCases cases) {
    this.cases = cases;
    this.assessments = assessments;
    this.jdbc = jdbc;
    this.documents = documents;
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
    // The file keeps what the assessment rests on: the investigation record and the verification report.
    documents.investigationRecord(caseNumber);
    if (reportId != null) {
      documents.verificationReport(caseNumber, reportId);
    }
    // The newest report of the case is compared with the household's current facts (a re-check's, if any).
    CaseAssessments.Outcome outcome = assessments.assess(caseNumber, objections + 1);
    if (outcome.policy().decisionDelegatedToStreet()) {
      cases.applyDelegatedTimeLimit(caseNumber);
    }
    return JobResult.completed(Map.of(
        "assessmentId", outcome.assessment().id(),
        "eligible", outcome.assessment().eligible(),
        "decisionDelegated", outcome.policy().decisionDelegatedToStreet(),
        "repeatNoticeAfterObjection", outcome.policy().noticeRepeatAfterObjection()));
  }
}
