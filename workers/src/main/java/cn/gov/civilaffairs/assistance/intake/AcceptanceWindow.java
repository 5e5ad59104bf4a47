package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.BeanChecks;
import cn.gov.civilaffairs.assistance.api.Digests;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.applications.NewCase;
import cn.gov.civilaffairs.assistance.documents.AcceptanceReceipt;
import cn.gov.civilaffairs.assistance.documents.CaseDocuments;
import cn.gov.civilaffairs.assistance.documents.CategoryTitles;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.CaseStep;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdMember;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.tempaid.TemporaryAidRequests;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unified acceptance window (统一受理窗口): checks an application completely, then registers the household if
 * it is new, opens the case, starts its process and issues the acceptance receipt (受理回执) into the household
 * file — all in one transaction, so a refusal stores nothing and every accepted case has its receipt.
 */
@Service
public class AcceptanceWindow {

  private final MaterialsChecklist checklist;
  private final HouseholdRegistry households;
  private final ApplicationCases cases;
  private final Jurisdictions jurisdictions;
  private final IdempotencyKeys idempotencyKeys;
  private final DataScope scope;
  private final ObjectMapper json;
  private final CaseDocuments documents;
  private final ZoneId zone;
  private final TemporaryAidRequests temporaryAid;
  private final BeanChecks beans;

  AcceptanceWindow(MaterialsChecklist checklist, HouseholdRegistry households, ApplicationCases cases,
      Jurisdictions jurisdictions, IdempotencyKeys idempotencyKeys, DataScope scope, ObjectMapper json,
      CaseDocuments documents, @Value("${app.zone}") ZoneId zone, TemporaryAidRequests temporaryAid,
      BeanChecks beans) {
    this.beans = beans;
    this.temporaryAid = temporaryAid;
    this.documents = documents;
    this.zone = zone;
    this.scope = scope;
    this.checklist = checklist;
    this.households = households;
    this.cases = cases;
    this.jurisdictions = jurisdictions;
    this.idempotencyKeys = idempotencyKeys;
    this.json = json;
  }

  /** The case an application created, and whether this call created it (false: an idempotent replay). */
  public record Acceptance(AssistanceCase acceptedCase, boolean created) {}

  /** A replay of an earlier acceptance with the same key at the same street, if there was one. */
  @Transactional(readOnly = true)
  public Optional<Acceptance> replay(String idempotencyKey, ApplicationForm form) {
    if (idempotencyKey == null || form.streetCode() == null) {
      return Optional.empty();
    }
    return idempotencyKeys.find(form.streetCode(), idempotencyKey).map(use -> {
      if (!use.requestHash().equals(hash(form))) {
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", List.of(), Map.of());
      }
      return new Acceptance(cases.require(use.caseId()), false);
    });
  }

  @Transactional
  public Acceptance accept(ApplicationForm form, String idempotencyKey) {
    Jurisdiction street = check(form);
    Household household = household(form);
    HouseholdMember applicant = household.activeMemberWithResidentId(form.applicantResidentId())
        .orElseThrow(() -> ApiException.invalid(
            List.of(FieldViolation.of("applicantResidentId", "APPLICANT_NOT_A_MEMBER"))));
    cases.findOpen(household.id(), form.category()).ifPresent(open -> {
      throw ApiException.conflict("DUPLICATE_OPEN_CASE", Map.of("openCase", open.caseNumber()),
          open.caseNumber());
    });
    NewCase.Agent agent = form.agent() == null ? null
        : new NewCase.Agent(form.agent().name(), form.agent().residentId(), form.agent().relation());
    AssistanceCase opened = cases.open(new NewCase(form.category(), street.code(), household.id(),
        applicant.id(), agent, true, true, form.materials(), received(form)),
        form.temporaryAid() == null ? Map.of() : TemporaryAidRequests.processVariables(form.temporaryAid()));
    if (form.temporaryAid() != null) {
      temporaryAid.record(opened.caseNumber(), street.code(), form.temporaryAid());
    }
    issueReceipt(opened, applicant, street, form);
    if (idempotencyKey != null) {
      idempotencyKeys.remember(street.code(), idempotencyKey, hash(form), opened.id());
    }
    return new Acceptance(opened, true);
  }

  /**
   * Checks the whole application before anything is stored and refuses it with every problem at once (一次性告知):
   * the fields' constraints, the street, the pledge and the consent, the temporary-aid request, the materials, the
   * new household's members and items, the household's street and the applicant. The top-level code is
   * {@code MATERIALS_INCOMPLETE} when only materials are missing, {@code UNKNOWN_STREET} when only the street is
   * unknown, else {@code VALIDATION_FAILED}; {@code missing[]} lists the missing materials whenever there are any.
   * An unknown {@code householdId} is a 404 of its own, since nothing else about that household can be checked.
   */
  private Jurisdiction check(ApplicationForm form) {
    Violations violations = beans.of(form, "");
    Optional<Jurisdiction> street = checkStreet(form, violations);
    checkPledges(form, violations);
    checkTemporaryAid(form, violations);
    List<MaterialsChecklist.Item> missing = checkMaterials(form, violations);
    if (form.householdId() != null && form.household() == null) {
      Household existing = household(form);
      if (street.isPresent() && form.category() != Category.TEMPORARY_AID
          && !jurisdictions.isWithin(existing.communityCode(), street.get().code())) {
        violations.add("householdId", "HOUSEHOLD_OUTSIDE_STREET");
      }
      if (form.applicantResidentId() != null
          && existing.activeMemberWithResidentId(form.applicantResidentId()).isEmpty()) {
        violations.add("applicantResidentId", "APPLICANT_NOT_A_MEMBER");
      }
    } else if (form.household() != null) {
      households.check(form.household(), "household.", violations);
      checkNewHouseholdPlace(form, street, violations);
    }
    if (violations.allMatch(v -> "MATERIAL_MISSING".equals(v.code()))) {
      violations.throwIfAny("MATERIALS_INCOMPLETE", Map.of("missing", missing));
    }
    if (violations.allMatch(v -> "UNKNOWN_STREET".equals(v.code()))) {
      violations.throwIfAny("UNKNOWN_STREET", Map.of());
    }
    violations.throwIfAny("VALIDATION_FAILED", missing.isEmpty() ? Map.of() : Map.of("missing", missing));
    return street.orElseThrow();
  }

  private Optional<Jurisdiction> checkStreet(ApplicationForm form, Violations violations) {
    if (form.streetCode() == null || form.streetCode().isBlank()) {
      return Optional.empty(); // REQUIRED, from the constraints
    }
    Optional<Jurisdiction> street = jurisdictions.find(form.streetCode()).filter(j -> scope.covers(j.code()));
    if (street.isEmpty()) {
      violations.add("streetCode", "UNKNOWN_STREET");
    } else if (street.get().level() != JurisdictionLevel.STREET) {
      violations.add("streetCode", "NOT_A_STREET");
      return Optional.empty();
    }
    return street;
  }

  /** A new household lies in the window's street (except for temporary aid), and the applicant is one of it. */
  private void checkNewHouseholdPlace(ApplicationForm form, Optional<Jurisdiction> street, Violations violations) {
    String community = form.household().communityCode();
    boolean communityChecked = violations.list().stream()
        .noneMatch(v -> v.field().equals("household.communityCode"));
    if (street.isPresent() && form.category() != Category.TEMPORARY_AID && community != null && communityChecked
        && !jurisdictions.isWithin(community, street.get().code())) {
      // Temporary aid is accepted where the emergency happens, whatever the household registration.
      violations.add("household.communityCode", "HOUSEHOLD_OUTSIDE_STREET");
    }
    boolean applicantListed = form.household().members() != null && form.household().members().stream()
        .anyMatch(m -> m != null && m.residentId() != null && m.residentId().equals(form.applicantResidentId()));
    boolean applicantChecked = violations.list().stream().noneMatch(v -> v.field().equals("applicantResidentId"));
    if (form.applicantResidentId() != null && applicantChecked && !applicantListed) {
      violations.add("applicantResidentId", "APPLICANT_NOT_A_MEMBER");
    }
  }

  private static void checkPledges(ApplicationForm form, Violations violations) {
    // null is REQUIRED (from the constraints); false is a pledge not signed.
    if (Boolean.FALSE.equals(form.truthPledgeSigned())) {
      violations.add("truthPledgeSigned", "MUST_BE_TRUE");
    }
    if (Boolean.FALSE.equals(form.verificationConsent())) {
      violations.add("verificationConsent", "MUST_BE_TRUE");
    }
    if ((form.householdId() == null) == (form.household() == null)) {
      violations.add("householdId", "HOUSEHOLD_XOR_ID");
    }
  }

  private static void checkTemporaryAid(ApplicationForm form, Violations violations) {
    if (form.temporaryAid() == null) {
      return;
    }
    if (form.category() != Category.TEMPORARY_AID) {
      violations.add("temporaryAid", "NOT_ALLOWED_FOR_CATEGORY");
    } else {
      form.temporaryAid().check("temporaryAid.", violations);
    }
  }

  /** Adds unknown and missing materials to {@code violations}; the missing items, in checklist order. */
  private List<MaterialsChecklist.Item> checkMaterials(ApplicationForm form, Violations violations) {
    if (form.category() == null || form.materials() == null) {
      return List.of(); // REQUIRED, from the constraints; without a category there is no checklist
    }
    List<String> handedIn = form.materials().stream().filter(java.util.Objects::nonNull).toList();
    checklist.unknown(form.category(), handedIn)
        .forEach(code -> violations.add("materials." + code, "UNKNOWN_MATERIAL"));
    List<MaterialsChecklist.Item> missing = checklist.missing(form.category(), handedIn, form.agent() != null);
    missing.forEach(item -> violations.add("materials." + item.code(), "MATERIAL_MISSING"));
    return missing;
  }

  /** The step name under which the receipt is kept in the household file. */
  static final String ACCEPTANCE_STEP = "acceptance";

  private void issueReceipt(AssistanceCase opened, HouseholdMember applicant, Jurisdiction street,
      ApplicationForm form) {
    List<String> materials = checklist.itemsFor(form.category()).stream()
        .filter(item -> form.materials().contains(item.code())).map(MaterialsChecklist.Item::name).toList();
    String clerk = DataScope.currentUser().map(AppUser::displayName).orElse(null);
    documents.generate(new CaseStep(opened.caseNumber(), null, ACCEPTANCE_STEP), new AcceptanceReceipt(
        opened.caseNumber(), applicant.name(), form.agent() == null ? null : form.agent().name(),
        CategoryTitles.of(form.category()), street.officeName(), opened.acceptedAt().atZone(zone).toLocalDate(),
        materials, opened.timeLimitWorkingDays(), opened.dueOn(), clerk,
        opened.dueOn() != null && cases.dueProvisional(opened.caseNumber())));
  }

  /** The materials handed in, by their checklist names, for the case timeline. */
  private String received(ApplicationForm form) {
    return "已收材料：" + checklist.itemsFor(form.category()).stream()
        .filter(item -> form.materials().contains(item.code()))
        .map(MaterialsChecklist.Item::name)
        .collect(java.util.stream.Collectors.joining("、"));
  }

  private Household household(ApplicationForm form) {
    if (form.householdId() != null) {
      // Temporary aid is given where the emergency happens: the household may be registered in another street.
      return form.category() == Category.TEMPORARY_AID
          ? households.requireWithActiveMember(form.householdId(), form.applicantResidentId())
          : households.require(form.householdId());
    }
    return households.register(form.household(), "household.");
  }

  private String hash(ApplicationForm form) {
    try {
      return Digests.sha256(json.writeValueAsString(form));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
