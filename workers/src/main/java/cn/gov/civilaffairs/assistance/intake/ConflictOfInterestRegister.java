package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.BeanChecks;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdMember;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.ResidentIdNumber;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Close relatives declared by caseworkers and community-committee members, and the check of each application
 * against them: a match is registered separately (单独登记备案) and the county then visits the home itself.
 */
@Service
@Transactional
public class ConflictOfInterestRegister {

  private final ConflictOfInterestDeclarationRepository declarations;
  private final ApplicationCases cases;
  private final HouseholdRegistry households;
  private final Jurisdictions jurisdictions;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final BeanChecks beans;

  ConflictOfInterestRegister(ConflictOfInterestDeclarationRepository declarations, ApplicationCases cases,
      HouseholdRegistry households, Jurisdictions jurisdictions, JdbcTemplate jdbc, AuditLog audit, Clock clock,
      BeanChecks beans) {
    this.beans = beans;
    this.audit = audit;
    this.declarations = declarations;
    this.cases = cases;
    this.households = households;
    this.jurisdictions = jurisdictions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record DeclarationForm(
      @NotBlank @Size(max = 50) String staffName,
      @NotNull ConflictOfInterestDeclaration.StaffRole staffRole,
      @NotBlank String staffJurisdiction,
      @NotBlank @Size(max = 50) String relativeName,
      @NotBlank @ResidentIdNumber String relativeResidentId,
      @NotBlank @Size(max = 32) String relation) {}

  public record DeclarationView(Long id, String staffName, ConflictOfInterestDeclaration.StaffRole staffRole,
      String staffJurisdiction, String relativeName, String relativeResidentIdMasked, String relation,
      java.time.Instant declaredAt, boolean active) {

    static DeclarationView of(ConflictOfInterestDeclaration d) {
      return new DeclarationView(d.id(), d.staffName(), d.staffRole(), d.staffJurisdiction(), d.relativeName(),
          ResidentIds.mask(d.relativeResidentId()), d.relation(), d.declaredAt(), d.active());
    }
  }

  /** The outcome of checking one case. */
  public record Check(boolean conflict, List<String> matches) {}

  public DeclarationView declare(DeclarationForm form) {
    Violations violations = beans.of(form, "");
    if (form.staffJurisdiction() != null && !form.staffJurisdiction().isBlank()
        && jurisdictions.find(form.staffJurisdiction()).isEmpty()) {
      violations.add("staffJurisdiction", "INVALID_VALUE");
    }
    violations.throwIfAny();
    DeclarationView declared = DeclarationView.of(declarations.save(new ConflictOfInterestDeclaration(
        form.staffName(), form.staffRole(), form.staffJurisdiction(), form.relativeName(),
        form.relativeResidentId().trim().toUpperCase(), form.relation(), clock.instant())));
    audit.record(AuditLog.Entry.of("DECLARATION_ADDED", "declaration", declared.id())
        .in(form.staffJurisdiction()).change(null, declared));
    return declared;
  }

  public void withdraw(long declarationId) {
    ConflictOfInterestDeclaration declaration = declarations.findById(declarationId)
        .orElseThrow(() -> ApiException.notFound("DECLARATION_NOT_FOUND"));
    declaration.withdraw();
    audit.record(AuditLog.Entry.of("DECLARATION_WITHDRAWN", "declaration", declarationId)
        .in(declaration.staffJurisdiction()));
  }

  @Transactional(readOnly = true)
  public Page<DeclarationView> list(Pageable page) {
    return declarations.findAll(page).map(DeclarationView::of);
  }

  /**
   * Checks the active members of the case's household against the declarations and records the outcome on the
   * case. Running it again records nothing new.
   */
  public Check checkCase(String caseNumber) {
    AssistanceCase assistanceCase = cases.require(caseNumber);
    Household household = households.require(assistanceCase.householdId());
    Map<String, HouseholdMember> members = household.activeMembers().stream()
        .collect(Collectors.toMap(HouseholdMember::residentId, Function.identity()));
    List<ConflictOfInterestDeclaration> found =
        declarations.findByActiveTrueAndRelativeResidentIdIn(members.keySet());
    for (ConflictOfInterestDeclaration declaration : found) {
      jdbc.update("""
          insert into case_conflicts (case_id, declaration_id, member_id) values (?, ?, ?)
          on conflict do nothing""",
          assistanceCase.id(), declaration.id(), members.get(declaration.relativeResidentId()).id());
    }
    List<String> matches = found.stream()
        .map(d -> "%s（%s）与%s%s %s 为%s关系".formatted(members.get(d.relativeResidentId()).name(),
            ResidentIds.mask(d.relativeResidentId()), d.staffRole() == ConflictOfInterestDeclaration.StaffRole
                .CASEWORKER ? "经办人员" : "社区居委会成员", d.staffName(), d.staffJurisdiction(), d.relation()))
        .toList();
    cases.recordConflictOfInterest(caseNumber, !found.isEmpty(), String.join("；", matches));
    return new Check(!found.isEmpty(), matches);
  }
}
