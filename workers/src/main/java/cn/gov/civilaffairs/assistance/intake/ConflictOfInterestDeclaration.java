package cn.gov.civilaffairs.assistance.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff member's declaration that a person is their close relative. Withdrawn, never deleted. */
@Entity
@Table(name = "conflict_of_interest_declarations")
public class ConflictOfInterestDeclaration {

  public enum StaffRole {
    CASEWORKER,
    COMMUNITY_COMMITTEE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "staff_name")
  private String staffName;

  @Enumerated(EnumType.STRING)
  @Column(name = "staff_role")
  private StaffRole staffRole;

  @Column(name = "staff_jurisdiction")
  private String staffJurisdiction;

  @Column(name = "relative_name")
  private String relativeName;

  @Column(name = "relative_resident_id")
  private String relativeResidentId;

  private String relation;

  @Column(name = "declared_at")
  private Instant declaredAt;

  private boolean active = true;

  protected ConflictOfInterestDeclaration() {}

  ConflictOfInterestDeclaration(String staffName, StaffRole staffRole, String staffJurisdiction,
      String relativeName, String relativeResidentId, String relation, Instant declaredAt) {
    this.staffName = staffName;
    this.staffRole = staffRole;
    this.staffJurisdiction = staffJurisdiction;
    this.relativeName = relativeName;
    this.relativeResidentId = relativeResidentId;
    this.relation = relation;
    this.declaredAt = declaredAt;
  }

  void withdraw() {
    this.active = false;
  }

  public Long id() {
    return id;
  }

  public String staffName() {
    return staffName;
  }

  public StaffRole staffRole() {
    return staffRole;
  }

  public String staffJurisdiction() {
    return staffJurisdiction;
  }

  public String relativeName() {
    return relativeName;
  }

  public String relativeResidentId() {
    return relativeResidentId;
  }

  public String relation() {
    return relation;
  }

  public Instant declaredAt() {
    return declaredAt;
  }

  public boolean active() {
    return active;
  }
}
