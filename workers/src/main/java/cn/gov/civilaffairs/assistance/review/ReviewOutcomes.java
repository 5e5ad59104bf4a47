package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.documents.CaseDocuments;
import cn.gov.civilaffairs.assistance.documents.CategoryTitles;
import cn.gov.civilaffairs.assistance.enrolment.Enrolments;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a decided review does: the written notice of a decrease, stop or gradual exit (PDF in the household file),
 * the enrolment changed from the next month with the next review date, and the stop at the end of a gradual exit.
 */
@Service
@Transactional
class ReviewOutcomes {

  private final ReviewRecords records;
  private final Enrolments enrolments;
  private final ApplicationCases cases;
  private final HouseholdRegistry households;
  private final CaseDocuments documents;
  private final Jurisdictions jurisdictions;
  private final PolicyParameters policy;
  private final CaseTimeline timeline;
  private final Clock clock;
  private final ZoneId zone;

  ReviewOutcomes(ReviewRecords records, Enrolments enrolments, ApplicationCases cases, HouseholdRegistry households,
      CaseDocuments documents, Jurisdictions jurisdictions, PolicyParameters policy, CaseTimeline timeline,
      Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.records = records;
    this.enrolments = enrolments;
    this.cases = cases;
    this.households = households;
    this.documents = documents;
    this.jurisdictions = jurisdictions;
    this.policy = policy;
    this.timeline = timeline;
    this.clock = clock;
    this.zone = zone;
  }

  /** The notice of the final decision (decrease, stop, gradual exit), generated once. */
  HouseholdDocuments.DocumentView issueNotice(String caseNumber, long enrolmentId) {
    ReviewRecords.Decision decision = records.finalDecision(caseNumber);
    AssistanceCase review = cases.require(caseNumber);
    Enrolments.Enrolment enrolment = enrolments.require(enrolmentId);
    LocalDate decidedOn = decision.decidedAt().atZone(zone).toLocalDate();
    YearMonth effective = YearMonth.from(decidedOn).plusMonths(1);
    YearMonth exitUntil = decision.outcome() == ReviewOutcome.GRADUAL_EXIT
        ? effective.plusMonths(snapshot(review, decidedOn).integer(PolicyCatalogue.REVIEW_GRADUAL_EXIT_MONTHS))
        : null;
    BigDecimal old = decision.outcome() == ReviewOutcome.GRADUAL_EXIT ? decision.monthlyBenefit()
        : changeBase(caseNumber, enrolment);
    HouseholdDocuments.DocumentView view = documents.generate(
        new HouseholdDocuments.CaseStep(caseNumber, decision.taskId(), "reviewNotice"),
        notice(review, decision.outcome(), old, decision.monthlyBenefit(), effective, exitUntil, decision.reasons(),
            decision.level(), decidedOn));
    timeline.record(caseNumber, "review-notice", "REVIEW_NOTICE_ISSUED", null, "system",
        "出具" + view.fileName());
    return view;
  }

  /** The enrolment changed as decided, from the month after the decision; the next review date set. */
  Enrolments.Change updateEnrolment(String caseNumber, long enrolmentId) {
    ReviewRecords.Decision decision = records.finalDecision(caseNumber);
    AssistanceCase review = cases.require(caseNumber);
    LocalDate decidedOn = decision.decidedAt().atZone(zone).toLocalDate();
    LocalDate effective = decidedOn.withDayOfMonth(1).plusMonths(1);
    PolicySnapshot snapshot = snapshot(review, decidedOn);
    Household household = households.require(review.householdId());
    int months = Enrolments.reviewMonths(household, snapshot);
    LocalDate exitUntil = decision.outcome() == ReviewOutcome.GRADUAL_EXIT
        ? effective.plusMonths(snapshot.integer(PolicyCatalogue.REVIEW_GRADUAL_EXIT_MONTHS)) : null;
    LocalDate nextReview = decision.outcome() == ReviewOutcome.STOP ? null : effective.plusMonths(months);
    Enrolments.Change change = enrolments.applyReview(enrolmentId, caseNumber, decision.outcome().name(),
        decision.monthlyBenefit(), effective, nextReview, exitUntil);
    timeline.record(caseNumber, "enrolment-updated", "ENROLMENT_UPDATED", null, "system", switch (decision.outcome()) {
      case STOP -> "自 " + YearMonth.from(effective) + " 起停发";
      case GRADUAL_EXIT -> "渐退：照发至 " + YearMonth.from(exitUntil).minusMonths(1) + "，自 " + YearMonth.from(exitUntil)
          + " 起停发";
      default -> "自 " + YearMonth.from(effective) + " 起每月 " + decision.monthlyBenefit() + " 元；下次核查 " + nextReview;
    });
    return change;
  }

  /** The end of a gradual exit: payments stop and the household is told in writing. */
  HouseholdDocuments.DocumentView endGradualExit(String caseNumber, long enrolmentId) {
    AssistanceCase review = cases.require(caseNumber);
    Enrolments.Enrolment enrolment = enrolments.require(enrolmentId);
    ReviewRecords.Decision decision = records.finalDecision(caseNumber);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate stopMonth = today.withDayOfMonth(1);
    enrolments.endGradualExit(enrolmentId, caseNumber, stopMonth);
    HouseholdDocuments.DocumentView view = documents.generate(
        new HouseholdDocuments.CaseStep(caseNumber, null, "gradualExitEnded"),
        notice(review, ReviewOutcome.STOP, enrolment.monthlyBenefit(), BigDecimal.ZERO, YearMonth.from(stopMonth),
            null, List.of("渐退期已满，家庭收入已超过最低生活保障标准"), decision.level(), today));
    timeline.record(caseNumber, "gradual-exit-ended", "GRADUAL_EXIT_ENDED", null, "system",
        "渐退期满，自 " + YearMonth.from(stopMonth) + " 起停发");
    return view;
  }

  private BigDecimal changeBase(String caseNumber, Enrolments.Enrolment enrolment) {
    return records.proposal(caseNumber).map(ReviewRecords.Proposal::currentBenefit)
        .orElse(enrolment.monthlyBenefit());
  }

  private ReviewNotice notice(AssistanceCase review, ReviewOutcome outcome, BigDecimal old, BigDecimal now,
      YearMonth effective, YearMonth exitUntil, List<String> reasons, String level, LocalDate decidedOn) {
    Household household = households.require(review.householdId());
    Jurisdiction street = jurisdictions.find(review.streetCode()).orElseThrow();
    String district = jurisdictions.ancestorAt(review.streetCode(), JurisdictionLevel.DISTRICT)
        .map(Jurisdiction::name).orElse("");
    String authority = "STREET".equals(level) ? street.officeName() : district + "民政局";
    return new ReviewNotice("核〔" + decidedOn.getYear() + "〕" + review.caseNumber(), review.caseNumber(),
        household.nameOf(review.applicantMemberId()), CategoryTitles.of(review.category()), outcome, old, now,
        effective, exitUntil, reasons, authority, decidedOn, district + "人民政府", district + "人民法院");
  }

  private PolicySnapshot snapshot(AssistanceCase review, LocalDate day) {
    return policy.snapshot(review.streetCode(), day);
  }
}
