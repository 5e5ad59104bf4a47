package cn.gov.civilaffairs.assistance.households;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Response bodies of the household registry. */
public final class HouseholdViews {

  private HouseholdViews() {}

  public record Summary(
      Long id, String communityCode, String address, String headName, String headResidentIdMasked,
      int memberCount, Instant updatedAt) {

    static Summary of(Household h) {
      HouseholdMember head = h.head().orElse(null);
      return new Summary(h.id(), h.communityCode(), h.address(),
          head == null ? null : head.name(), head == null ? null : ResidentIds.mask(head.residentId()),
          h.activeMembers().size(), h.updatedAt());
    }
  }

  public record Detail(
      Long id, String communityCode, String address, String phoneMasked, List<Member> members,
      List<IncomeView> incomes, List<AssetView> assets, List<RigidExpenseView> rigidExpenses,
      List<HouseholdDocuments.DocumentView> documents, Instant createdAt, Instant updatedAt, long version) {

    static Detail of(Household h, List<HouseholdDocuments.DocumentView> documents) {
      return new Detail(h.id(), h.communityCode(), h.address(), maskPhone(h.phone()),
          h.members().stream().map(Member::of).toList(),
          h.incomes().stream().map(IncomeView::of).toList(),
          h.assets().stream().map(AssetView::of).toList(),
          h.rigidExpenses().stream().map(RigidExpenseView::of).toList(),
          documents, h.createdAt(), h.updatedAt(), h.version());
    }
  }

  public record Member(
      Long id, String name, String residentIdMasked, Relation relation, LocalDate birthDate,
      Sex sex, DisabilityKind disabilityKind, Integer disabilityGrade, WorkAbility workAbility, Illness illness,
      String illnessNote, EmploymentStatus employmentStatus, StudentStatus studentStatus,
      LegalSupport legalSupport, boolean active, LocalDate leftOn) {

    static Member of(HouseholdMember m) {
      return new Member(m.id(), m.name(), ResidentIds.mask(m.residentId()), m.relation(),
          m.birthDate(), m.sex(), m.disabilityKind(), m.disabilityGrade(), m.workAbility(), m.illness(),
          m.illnessNote(), m.employmentStatus(), m.studentStatus(), m.legalSupport(), m.active(),
          m.leftOn());
    }
  }

  public record IncomeView(Long id, Long memberId, IncomeKind kind, LocalDate periodStart, LocalDate periodEnd,
      BigDecimal amount, String note) {

    static IncomeView of(IncomeItem i) {
      return new IncomeView(i.id(), idOf(i.member()), i.kind(), i.periodStart(), i.periodEnd(), i.amount(),
          i.note());
    }
  }

  public record AssetView(Long id, Long memberId, AssetKind kind, String description, BigDecimal value) {

    static AssetView of(Asset a) {
      return new AssetView(a.id(), idOf(a.member()), a.kind(), a.description(), a.value());
    }
  }

  public record RigidExpenseView(Long id, Long memberId, RigidExpenseKind kind, LocalDate periodStart,
      LocalDate periodEnd, BigDecimal amount, String note) {

    static RigidExpenseView of(RigidExpense e) {
      return new RigidExpenseView(e.id(), idOf(e.member()), e.kind(), e.periodStart(), e.periodEnd(),
          e.amount(), e.note());
    }
  }

  /** Keeps the first three and last four digits: {@code 138****1234}. */
  static String maskPhone(String phone) {
    if (phone == null || phone.length() < 8) {
      return phone == null ? null : "****";
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  private static Long idOf(HouseholdMember member) {
    return member == null ? null : member.id();
  }
}
