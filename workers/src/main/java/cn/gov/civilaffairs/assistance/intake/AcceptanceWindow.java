package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.api.ApiException;
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

  AcceptanceWindow(MaterialsChecklist checklist, HouseholdRegistry households, ApplicationCases cases,
      Jurisdictions jurisdictions, IdempotencyKeys idempotencyKeys, DataScope scope, ObjectMapper json,
      CaseDocuments documents, @Value("${app.zone}") ZoneId zone, TemporaryAidRequests temporaryAid) {
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

  /** A replay of an earlier acceptance with the same key, if there was one. */
  @Transactional(readOnly = true)
  public Optional<Acceptance> replay(String idempotencyKey, ApplicationForm form) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return idempotencyKeys.find(idempotencyKey).map(use -> {
      if (!use.requestHash().equals(hash(form))) {
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED", List.of(), Map.of());
      }
      return new Acceptance(cases.require(use.caseId()), false);
    });
  }

  @Transactional
  public Acceptance accept(ApplicationForm form, String idempotencyKey) {
    Jurisdiction street = requireStreet(form);
    checkPledges(form);
    checkTemporaryAid(form);
    checkMaterials(form);
    Household household = household(form);
    if (form.category() != Category.TEMPORARY_AID && !jurisdictions.isWithin(household.communityCode(),
        street.code())) {
      // Temporary aid is accepted where the emergency happens, whatever the household registration.
      new Violations().add(form.householdId() != null ? "householdId" : "household.communityCode",
          "HOUSEHOLD_OUTSIDE_STREET").throwIfAny();
    }
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
      idempotencyKeys.remember(idempotencyKey, hash(form), opened.id());
    }
    return new Acceptance(opened, true);
  }

  private Jurisdiction requireStreet(ApplicationForm form) {
    Optional<Jurisdiction> street = jurisdictions.find(form.streetCode()).filter(j -> scope.covers(j.code()));
    if (street.isEmpty()) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_STREET",
          List.of(FieldViolation.of("streetCode", "UNKNOWN_STREET")), Map.of());
    }
    if (street.get().level() != JurisdictionLevel.STREET) {
      new Violations().add("streetCode", "NOT_A_STREET").throwIfAny();
    }
    return street.get();
  }

  private static void checkPledges(ApplicationForm form) {
    Violations violations = new Violations();
    if (!Boolean.TRUE.equals(form.truthPledgeSigned())) {
      violations.add("truthPledgeSigned", "MUST_BE_TRUE");
    }
    if (!Boolean.TRUE.equals(form.verificationConsent())) {
      violations.add("verificationConsent", "MUST_BE_TRUE");
    }
    if ((form.householdId() == null) == (form.household() == null)) {
      violations.add("householdId", "HOUSEHOLD_XOR_ID");
    }
    violations.throwIfAny();
  }

  private static void checkTemporaryAid(ApplicationForm form) {
    if (form.temporaryAid() == null) {
      return;
    }
    Violations violations = new Violations();
    if (form.category() != Category.TEMPORARY_AID) {
      violations.add("temporaryAid", "NOT_ALLOWED_FOR_CATEGORY");
    } else {
      form.temporaryAid().check("temporaryAid.", violations);
    }
    violations.throwIfAny();
  }

  private void checkMaterials(ApplicationForm form) {
    List<String> unknown = checklist.unknown(form.category(), form.materials());
    if (!unknown.isEmpty()) {
      Violations violations = new Violations();
      unknown.forEach(code -> violations.add("materials." + code, "UNKNOWN_MATERIAL"));
      violations.throwIfAny();
    }
    List<MaterialsChecklist.Item> missing = checklist.missing(form.category(), form.materials(),
        form.agent() != null);
    if (!missing.isEmpty()) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "MATERIALS_INCOMPLETE",
          missing.stream().map(item -> FieldViolation.of("materials." + item.code(), "MATERIAL_MISSING")).toList(),
          Map.of("missing", missing));
    }
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
