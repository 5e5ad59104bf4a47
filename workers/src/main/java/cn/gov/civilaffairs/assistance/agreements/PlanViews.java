package cn.gov.civilaffairs.assistance.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the plan API answers and accepts. */
public final class PlanViews {

  private PlanViews() {}

  /** A measure chosen for a member ({@code memberId} null: the whole household); no due date: catalogue default. */
  public record MeasureInput(Long id, Long memberId, String measureCode, LocalDate dueOn,
      Map<String, Object> details) {}

  /** A new plan for the household of {@code caseNumber} (the approved case, or the enrolment being renewed). */
  public record NewPlan(String caseNumber, List<String> goals, List<String> obligations, LocalDate reviewOn,
      List<MeasureInput> measures) {}

  /** A changed plan; {@code expectedVersion} guards against overwriting someone else's change. */
  public record PlanChange(Integer expectedVersion, List<String> goals, List<String> obligations,
      LocalDate reviewOn, List<MeasureInput> measures, String reason) {}

  public record CadreAssignment(String cadre, String reason) {}

  public record MeasureOutcome(MeasureStatus status, String evidenceNote) {}

  public record Measure(long id, Long memberId, String memberName, String measureCode, String measureName,
      HelpKind kind, String department, String departmentName, LocalDate dueOn, MeasureStatus status,
      String evidenceNote, Map<String, Object> details) {}

  public record Pairing(long id, String cadre, String assignedBy, Instant assignedAt, Instant endedAt,
      String endedBy, String endReason) {}

  public record Plan(long id, long householdId, String caseNumber, String streetCode, int version,
      List<String> goals, List<String> obligations, LocalDate reviewOn, String catalogueVersion,
      List<Measure> measures, Pairing cadre, List<Pairing> cadreHistory, String updatedBy, Instant updatedAt,
      CadreVisits.VisitStatus visits) {}

  public record Version(int version, Map<String, Object> content, String changedBy, Instant changedAt) {}

  /** A cadre's households now and the 1+N limit that applies. */
  public record CadreLoad(String cadre, int households, int max, List<PairedHousehold> pairings) {}

  public record PairedHousehold(long householdId, Long planId, String caseNumber, Instant assignedAt,
      CadreVisits.VisitStatus visits) {}
}
