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
import java.math.BigDecimal;
import java.time.LocalDate;

/** Declared income of one kind over one period, of the household or of one member. */
@Entity
@Table(name = "income_items")
public class IncomeItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @ManyToOne
  @JoinColumn(name = "member_id")
  private HouseholdMember member;

  @Enumerated(EnumType.STRING)
  private IncomeKind kind;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  private BigDecimal amount;

  private String note;

  protected IncomeItem() {}

  IncomeItem(Household household, HouseholdMember member, IncomeKind kind, LocalDate periodStart,
      LocalDate periodEnd, BigDecimal amount, String note) {
    this.household = household;
    this.member = member;
    this.kind = kind;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.amount = amount;
    this.note = note;
  }

  public Long id() {
    return id;
  }

  public HouseholdMember member() {
    return member;
  }

  public IncomeKind kind() {
    return kind;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String note() {
    return note;
  }
}
