package cn.gov.civilaffairs.assistance.enrolment;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.casefile.CaseFileDocuments;
import cn.gov.civilaffairs.assistance.decisions.CaseDecisions;
import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.notices.ApprovalPublications;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Enrols the household of an approved case: benefit from the month after approval, next review date. */
@Component
class EnrolHouseholdWorker implements JobWorker {

  private final ApplicationCases cases;
  private final HouseholdRegistry households;
  private final CaseDecisions decisions;
  private final Enrolments enrolments;
  private final CaseTimeline timeline;
  private final CaseFileDocuments documents;
  private final ApprovalPublications publications;
  private final ZoneId zone;

  EnrolHouseholdWorker(ApplicationCases cases, HouseholdRegistry households, CaseDecisions decisions,
      Enrolments enrolments, CaseTimeline timeline, CaseFileDocuments documents, ApprovalPublications publications,
      @Value("${app.zone}") ZoneId zone) {
    this.publications = publications;
    this.zone = zone;
    this.documents = documents;
    this.cases = cases;
    this.households = households;
    this.decisions = decisions;
    this.enrolments = enrolments;
    this.timeline = timeline;
  }

  @Override
  public String topic() {
    return Topics.ENROL_HOUSEHOLD;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    AssistanceCase assistanceCase = cases.require(job.businessKey());
    CaseDecisions.Decision approval = decisions.finalDecision(assistanceCase.caseNumber())
        .filter(decision -> "APPROVE".equals(decision.decision()))
        .orElseThrow(() -> new IllegalStateException("No approval for case " + assistanceCase.caseNumber()));
    var household = households.require(assistanceCase.householdId());
    Enrolments.Enrolment enrolment = enrolments.enrol(assistanceCase, household, approval);
    documents.approvalNotice(assistanceCase.caseNumber(), approval, enrolment.nextReviewOn(),
        enrolments.reviewMonths(assistanceCase, household));
    String applicant = household.nameOf(assistanceCase.applicantMemberId());
    publications.publish(assistanceCase.caseNumber(), household.communityCode(), assistanceCase.category().name(),
        applicant, household.activeMembers().size(), enrolment.monthlyBenefit(),
        approval.decidedAt().atZone(zone).toLocalDate());
    timeline.record(assistanceCase.caseNumber(), "enrolled", "ENROLLED", null, "system",
        "纳入救助：每月 " + enrolment.monthlyBenefit() + " 元，自 " + enrolment.startMonth().getYear() + " 年 "
            + enrolment.startMonth().getMonthValue() + " 月起发放；下次核查 " + enrolment.nextReviewOn());
    return JobResult.completed(Map.of("enrolmentId", enrolment.id()));
  }
}
