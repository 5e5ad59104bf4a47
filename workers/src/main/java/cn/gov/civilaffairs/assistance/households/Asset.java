package cn.gov.civilaffairs.assistance.households;

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

/** A declared asset (deposit, vehicle, real estate, securities, business) and its value in yuan. */
@Entity
@Table(name = "assets")
public class Asset {

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
  private AssetKind kind;

  private String description;

  private BigDecimal value;

  protected Asset() {}

  Asset(Household household, HouseholdMember member, AssetKind kind, String description, BigDecimal value) {
    this.household = household;
    this.member = member;
    this.kind = kind;
    this.description = description;
    this.value = value;
  }

  public Long id() {
    return id;
  }

  public HouseholdMember member() {
    return member;
  }

  public AssetKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public BigDecimal value() {
    return value;
  }
}
