package cn.gov.civilaffairs.assistance.households;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person in a household. A member who leaves stays on file, inactive. */
@Entity
@Table(name = "household_members")
public class HouseholdMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  private String name;

  @Column(name = "resident_id")
  private String residentId;

  @Enumerated(EnumType.STRING)
  private Relation relation;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  private Sex sex;

  @Enumerated(EnumType.STRING)
  @Column(name = "disability_kind")
  private DisabilityKind disabilityKind;

  @Column(name = "disability_grade")
  private Integer disabilityGrade;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_ability")
  private WorkAbility workAbility;

  @Enumerated(EnumType.STRING)
  private Illness illness;

  @Column(name = "illness_note")
  private String illnessNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "employment_status")
  private EmploymentStatus employmentStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "student_status")
  private StudentStatus studentStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_support")
  private LegalSupport legalSupport;

  private boolean active = true;

  @Column(name = "left_on")
  private LocalDate leftOn;

  protected HouseholdMember() {}

  HouseholdMember(Household household, MemberDetails details) {
    this.household = household;
    this.residentId = details.residentId();
    update(details);
  }

  void update(MemberDetails details) {
    this.name = details.name();
    this.relation = details.relation();
    this.birthDate = details.birthDate();
    this.sex = details.sex();
    this.disabilityKind = details.disabilityKind();
    this.disabilityGrade = details.disabilityGrade();
    this.workAbility = details.workAbility();
    this.illness = details.illness();
    this.illnessNote = details.illnessNote();
    this.employmentStatus = details.employmentStatus();
    this.studentStatus = details.studentStatus();
    this.legalSupport = details.legalSupport();
  }

  void leave(LocalDate on) {
    this.active = false;
    this.leftOn = on;
  }

  public Long id() {
    return id;
  }

  public Household household() {
    return household;
  }

  public String name() {
    return name;
  }

  public String residentId() {
    return residentId;
  }

  public Relation relation() {
    return relation;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Sex sex() {
    return sex;
  }

  public DisabilityKind disabilityKind() {
    return disabilityKind;
  }

  public Integer disabilityGrade() {
    return disabilityGrade;
  }

  public WorkAbility workAbility() {
    return workAbility;
  }

  public Illness illness() {
    return illness;
  }

  public String illnessNote() {
    return illnessNote;
  }

  public EmploymentStatus employmentStatus() {
    return employmentStatus;
  }

  public StudentStatus studentStatus() {
    return studentStatus;
  }

  /** Null when not recorded. */
  public LegalSupport legalSupport() {
    return legalSupport;
  }

  public boolean active() {
    return active;
  }

  public LocalDate leftOn() {
    return leftOn;
  }
}
