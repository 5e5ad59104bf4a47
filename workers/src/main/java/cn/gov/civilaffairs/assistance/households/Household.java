package cn.gov.civilaffairs.assistance.households;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The household file (一户一档): where it lives, who belongs to it, what it earns, owns and must spend. */
@Entity
@Table(name = "households")
public class Household {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "community_code")
  private String communityCode;

  private String address;

  private String phone;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<HouseholdMember> members = new ArrayList<>();

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<IncomeItem> incomes = new ArrayList<>();

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Asset> assets = new ArrayList<>();

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<RigidExpense> rigidExpenses = new ArrayList<>();

  protected Household() {}

  Household(String communityCode, String address, String phone, Instant now) {
    this.createdAt = now;
    relocate(communityCode, address, phone, now);
  }

  void relocate(String communityCode, String address, String phone, Instant now) {
    this.communityCode = communityCode;
    this.address = address;
    this.phone = phone;
    this.updatedAt = now;
  }

  HouseholdMember addMember(MemberDetails details, Instant now) {
    HouseholdMember member = new HouseholdMember(this, details);
    members.add(member);
    updatedAt = now;
    return member;
  }

  IncomeItem addIncome(HouseholdMember member, IncomeKind kind, LocalDate from, LocalDate to, BigDecimal amount,
      String note, Instant now) {
    IncomeItem item = new IncomeItem(this, member, kind, from, to, amount, note);
    incomes.add(item);
    updatedAt = now;
    return item;
  }

  Asset addAsset(HouseholdMember member, AssetKind kind, String description, BigDecimal value, Instant now) {
    Asset asset = new Asset(this, member, kind, description, value);
    assets.add(asset);
    updatedAt = now;
    return asset;
  }

  RigidExpense addRigidExpense(HouseholdMember member, RigidExpenseKind kind, LocalDate from, LocalDate to,
      BigDecimal amount, String note, Instant now) {
    RigidExpense expense = new RigidExpense(this, member, kind, from, to, amount, note);
    rigidExpenses.add(expense);
    updatedAt = now;
    return expense;
  }

  boolean removeIncome(long itemId, Instant now) {
    return touchIf(incomes.removeIf(i -> i.id() == itemId), now);
  }

  boolean removeAsset(long itemId, Instant now) {
    return touchIf(assets.removeIf(a -> a.id() == itemId), now);
  }

  boolean removeRigidExpense(long itemId, Instant now) {
    return touchIf(rigidExpenses.removeIf(e -> e.id() == itemId), now);
  }

  private boolean touchIf(boolean changed, Instant now) {
    if (changed) {
      updatedAt = now;
    }
    return changed;
  }

  public Optional<HouseholdMember> member(long memberId) {
    return members.stream().filter(m -> m.id() == memberId).findFirst();
  }

  public Optional<HouseholdMember> activeMemberWithResidentId(String residentId) {
    return activeMembers().stream().filter(m -> m.residentId().equalsIgnoreCase(residentId)).findFirst();
  }

  public List<HouseholdMember> activeMembers() {
    return members.stream().filter(HouseholdMember::active).toList();
  }

  /** The name of the member who applied, or of the head when that member is unknown (for notices and lists). */
  public String nameOf(Long applicantMemberId) {
    return (applicantMemberId == null ? Optional.<HouseholdMember>empty() : member(applicantMemberId))
        .or(this::head).map(HouseholdMember::name).orElse("");
  }

  public Optional<HouseholdMember> head() {
    return activeMembers().stream().filter(m -> m.relation() == Relation.HEAD).findFirst();
  }

  public Long id() {
    return id;
  }

  public String communityCode() {
    return communityCode;
  }

  public String address() {
    return address;
  }

  public String phone() {
    return phone;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public List<HouseholdMember> members() {
    return List.copyOf(members);
  }

  public List<IncomeItem> incomes() {
    return List.copyOf(incomes);
  }

  public List<Asset> assets() {
    return List.copyOf(assets);
  }

  public List<RigidExpense> rigidExpenses() {
    return List.copyOf(rigidExpenses);
  }
}
