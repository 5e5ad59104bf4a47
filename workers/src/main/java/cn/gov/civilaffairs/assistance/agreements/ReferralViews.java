package cn.gov.civilaffairs.assistance.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What the referral inbox answers and accepts. */
public final class ReferralViews {

  private ReferralViews() {}

  /** OPEN: waiting for the department; ANSWERED: answer entered, measure being closed; CLOSED: measure closed. */
  public enum Status { OPEN, ANSWERED, CLOSED }

  public record Referral(long id, long planId, long measureId, String caseNumber, long householdId,
      String streetCode, String streetName, String department, String departmentName, String measureCode,
      String measureName, HelpKind kind, String memberName, String householdHead, Map<String, Object> details,
      Instant referredAt, Instant dueAt, boolean overdue, Status status, Boolean delivered, String answerNote,
      String answeredBy, LocalDate answeredOn, String enteredBy, String enteredAs, Instant enteredAt) {}

  /**
   * The department's answer: delivered or not, what was done (evidence), and, for a paper reply entered by the
   * caseworker, who in the department answered and when.
   */
  public record Answer(Boolean delivered, String note, String answeredBy, LocalDate answeredOn) {}

  public record DepartmentOfficer(String username, String department, String departmentName, String assignedBy,
      Instant assignedAt) {}

  public record OfficerAssignment(String department) {}
}
