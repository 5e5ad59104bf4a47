package cn.gov.civilaffairs.assistance.applications;

import java.time.Instant;
import java.util.List;

/** Response bodies for cases. */
public final class CaseViews {

  private CaseViews() {}

  public record Summary(String id, String caseNumber, Category category, AssistanceCase.Status status,
      String streetCode, Long householdId, Boolean conflictOfInterest, Instant acceptedAt) {

    static Summary of(AssistanceCase c) {
      return new Summary(c.caseNumber(), c.caseNumber(), c.category(), c.status(), c.streetCode(),
          c.householdId(), c.conflictOfInterest(), c.acceptedAt());
    }
  }

  /**
   * {@code id} equals the case number, so list clients can link rows to {@code /api/cases/{id}}; {@code dueProvisional}
   * when {@code dueOn} was computed on a year whose official holiday schedule is not entered yet.
   */
  public record Detail(String id, String caseNumber, Category category, AssistanceCase.Status status,
      String streetCode, Long householdId, Long applicantMemberId, String agentName, String agentRelation,
      boolean truthPledgeSigned, boolean verificationConsent, Boolean conflictOfInterest,
      String processInstanceId, String processDefinitionId, List<String> activeSteps, List<String> materials,
      Instant acceptedAt, Instant closedAt, String outcome, String outcomeName, java.time.LocalDate dueOn,
      Integer timeLimitWorkingDays, String extensionReason, List<CaseTimeline.Entry> timeline,
      boolean dueProvisional) {}

  /** The process model of a case and where the case stands in it. */
  public record Diagram(String bpmnXml, List<String> activeSteps, List<String> completedSteps) {}
}
