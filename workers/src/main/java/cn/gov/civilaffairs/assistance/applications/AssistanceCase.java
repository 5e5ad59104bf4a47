package cn.gov.civilaffairs.assistance.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One application for assistance, from acceptance at the window until it is closed. */
@Entity
@Table(name = "cases")
public class AssistanceCase {

  public enum Status {
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_number")
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  private Category category;

  @Column(name = "street_code")
  private String streetCode;

  @Column(name = "household_id")
  private Long householdId;

  @Column(name = "applicant_member_id")
  private Long applicantMemberId;

  @Column(name = "agent_name")
  private String agentName;

  @Column(name = "agent_resident_id")
  private String agentResidentId;

  @Column(name = "agent_relation")
  private String agentRelation;

  @Column(name = "truth_pledge_signed")
  private boolean truthPledgeSigned;

  @Column(name = "verification_consent")
  private boolean verificationConsent;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "conflict_of_interest")
  private Boolean conflictOfInterest;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** The end event the case's process ended at (e.g. EndEvent_Approved), and its name. */
  @Column(name = "outcome")
  private String outcome;

  @Column(name = "outcome_name")
  private String outcomeName;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "time_limit_working_days")
  private Integer timeLimitWorkingDays;

  @Column(name = "extension_reason")
  private String extensionReason;

  @Version
  private long version;

  protected AssistanceCase() {}

  AssistanceCase(String caseNumber, NewCase application, Instant acceptedAt) {
    this.caseNumber = caseNumber;
    this.category = application.category();
    this.streetCode = application.streetCode();
    this.householdId = application.householdId();
    this.applicantMemberId = application.applicantMemberId();
    if (application.agent() != null) {
      this.agentName = application.agent().name();
      this.agentResidentId = application.agent().residentId();
      this.agentRelation = application.agent().relation();
    }
    this.truthPledgeSigned = application.truthPledgeSigned();
    this.verificationConsent = application.verificationConsent();
    this.status = Status.OPEN;
    this.acceptedAt = acceptedAt;
  }

  void attachProcess(String processInstanceId) {
    if (this.processInstanceId != null) {
      throw new IllegalStateException("Case " + caseNumber + " already has a process");
    }
    this.processInstanceId = processInstanceId;
  }

  void setTimeLimit(int workingDays, LocalDate dueOn) {
    this.timeLimitWorkingDays = workingDays;
    this.dueOn = dueOn;
  }

  /** Extends the time limit once, with the reason recorded. */
  void extend(int workingDays, LocalDate dueOn, String reason) {
    if (extensionReason != null) {
      throw new IllegalStateException("Case " + caseNumber + " was already extended");
    }
    this.timeLimitWorkingDays = workingDays;
    this.dueOn = dueOn;
    this.extensionReason = reason;
  }

  void recordConflictOfInterest(boolean found) {
    this.conflictOfInterest = found;
  }

  public Long id() {
    return id;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public Category category() {
    return category;
  }

  public String streetCode() {
    return streetCode;
  }

  public Long householdId() {
    return householdId;
  }

  public Long applicantMemberId() {
    return applicantMemberId;
  }

  public String agentName() {
    return agentName;
  }

  public String agentResidentId() {
    return agentResidentId;
  }

  public String agentRelation() {
    return agentRelation;
  }

  public boolean truthPledgeSigned() {
    return truthPledgeSigned;
  }

  public boolean verificationConsent() {
    return verificationConsent;
  }

  public Status status() {
    return status;
  }

  public Boolean conflictOfInterest() {
    return conflictOfInterest;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String outcome() {
    return outcome;
  }

  public String outcomeName() {
    return outcomeName;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Integer timeLimitWorkingDays() {
    return timeLimitWorkingDays;
  }

  public String extensionReason() {
    return extensionReason;
  }
}
