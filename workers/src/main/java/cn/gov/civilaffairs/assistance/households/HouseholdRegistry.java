package cn.gov.civilaffairs.assistance.households;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.BeanChecks;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.AssetItem;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.Income;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.NewHousehold;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.Relocation;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.RigidExpenseItem;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import jakarta.persistence.criteria.JoinType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The household file (一户一档): registers households and keeps members, incomes, assets, rigid expenses and
 * documents. Enforces the rules that span fields: the resident ID agrees with birth date and sex, one head per
 * household, one active household per person.
 */
@Service
@Transactional
public class HouseholdRegistry {

  private final HouseholdRepository households;
  private final HouseholdDocuments documents;
  private final Jurisdictions jurisdictions;
  private final DataScope scope;
  private final AuditLog audit;
  private final Clock clock;
  private final BeanChecks beans;

  HouseholdRegistry(HouseholdRepository households, HouseholdDocuments documents, Jurisdictions jurisdictions,
      DataScope scope, AuditLog audit, Clock clock, BeanChecks beans) {
    this.beans = beans;
    this.households = households;
    this.documents = documents;
    this.jurisdictions = jurisdictions;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Registers a new household with its members and declared items.
   *
   * @param fieldPrefix prefix of field names in error reports, e.g. {@code "household."} inside an application
   */
  public Household register(NewHousehold form, String fieldPrefix) {
    Violations violations = beans.of(form, fieldPrefix);
    check(form, fieldPrefix, violations);
    violations.throwIfAny();
    checkNotInOtherHousehold(form.members(), null, fieldPrefix + "members");

    Instant now = clock.instant();
    Household household = new Household(form.communityCode(), form.address(), form.phone(), now);
    form.members().forEach(m -> household.addMember(m, now));
    form.incomes().forEach(i -> household.addIncome(member(household, i.memberResidentId()), i.kind(),
        i.periodStart(), i.periodEnd(), i.amount(), i.note(), now));
    form.assets().forEach(a -> household.addAsset(member(household, a.memberResidentId()), a.kind(),
        a.description(), a.value(), now));
    form.rigidExpenses().forEach(e -> household.addRigidExpense(member(household, e.memberResidentId()),
        e.kind(), e.periodStart(), e.periodEnd(), e.amount(), e.note(), now));
    Household saved = households.saveAndFlush(household);
    audit(saved, "HOUSEHOLD_REGISTERED", "household", saved.id(), null, HouseholdViews.Summary.of(saved));
    return saved;
  }

  /**
   * Adds to {@code violations} every problem of a new household beyond its Bean Validation constraints (which the
   * caller checks with the rest of its request): the community, one head, each member's resident ID against birth
   * date and sex, duplicate members, items naming members not in the household, periods ending before they start.
   * Tolerates the missing values those constraints report, so that everything is told at once.
   */
  public void check(NewHousehold form, String fieldPrefix, Violations violations) {
    if (form.communityCode() != null && !form.communityCode().isBlank()) {
      checkCommunity(form.communityCode(), fieldPrefix + "communityCode", violations);
    }
    List<MemberDetails> members = form.members() == null ? List.of()
        : form.members().stream().filter(Objects::nonNull).toList();
    if (!members.isEmpty()) {
      checkMembers(form.members(), fieldPrefix + "members", violations);
    }
    Set<String> residentIds = new HashSet<>();
    members.forEach(m -> residentIds.add(m.residentId()));
    checkItemMembers(form, residentIds, fieldPrefix, violations);
  }

  /** The household, if the caller's jurisdiction covers it; otherwise it does not exist for them (404). */
  @Transactional(readOnly = true)
  public Household require(long householdId) {
    return households.findWithMembers(householdId)
        .filter(household -> scope.covers(household.communityCode()))
        .orElseThrow(() -> ApiException.notFound("HOUSEHOLD_NOT_FOUND"));
  }

  /**
   * The household of a person who asks for temporary aid, wherever it is registered (aid is given where the
   * emergency happens): the caller must know both the household and the person's resident ID, else 404 as for any
   * household outside the caller's scope.
   */
  @Transactional(readOnly = true)
  public Household requireWithActiveMember(long householdId, String residentId) {
    return households.findById(householdId)
        .filter(household -> scope.covers(household.communityCode())
            || household.activeMemberWithResidentId(residentId).isPresent())
        .orElseThrow(() -> ApiException.notFound("HOUSEHOLD_NOT_FOUND"));
  }

  /**
   * The household in which a person is an active member, wherever it is registered, for the temporary-aid window
   * that holds the person's resident ID card.
   */
  @Transactional(readOnly = true)
  public Optional<Household> findByActiveMember(String residentId) {
    return households.findHouseholdIdOfActiveMember(residentId).flatMap(households::findById);
  }

  /** The full resident ID of a member, for a role that needs it; every reveal is audited. */
  public String revealResidentId(long householdId, long memberId) {
    Household household = require(householdId);
    HouseholdMember member = household.member(memberId)
        .orElseThrow(() -> ApiException.notFound("MEMBER_NOT_FOUND"));
    audit(household, "RESIDENT_ID_REVEALED", "member", memberId, null, null);
    return member.residentId();
  }

  /** The full phone number of a household; audited. */
  public String revealPhone(long householdId) {
    Household household = require(householdId);
    audit(household, "PHONE_REVEALED", "household", householdId, null, null);
    return household.phone();
  }

  private void audit(Household household, String action, String entityType, Object entityId, Object before,
      Object after) {
    audit.record(AuditLog.Entry.of(action, entityType, entityId).in(household.communityCode())
        .change(before, after));
  }

  @Transactional(readOnly = true)
  public HouseholdViews.Detail detail(long householdId) {
    return HouseholdViews.Detail.of(require(householdId), documents.list(householdId));
  }

  /**
   * Searches households. Filters: {@code q} (name, address or full resident ID), {@code residentId},
   * {@code jurisdictionCode} (subtree).
   */
  @Transactional(readOnly = true)
  public Page<HouseholdViews.Summary> search(Map<String, Object> filter, Pageable page) {
    Specification<Household> spec = (root, query, cb) -> cb.conjunction();
    String q = text(filter, "q");
    if (q != null) {
      String like = "%" + q.toLowerCase() + "%";
      spec = spec.and((root, query, cb) -> {
        query.distinct(true);
        var members = root.join("members", JoinType.LEFT);
        return cb.or(cb.like(cb.lower(root.get("address")), like), cb.like(members.get("name"), like),
            cb.equal(members.get("residentId"), q.toUpperCase()));
      });
    }
    String residentId = text(filter, "residentId");
    if (residentId != null) {
      spec = spec.and((root, query, cb) -> {
        query.distinct(true);
        return cb.equal(root.join("members").get("residentId"), residentId.toUpperCase());
      });
    }
    Optional<String> visible = scope.pathPrefix();
    if (visible.isPresent()) {
      spec = spec.and(DataScope.inSubtree(visible.get(), "communityCode"));
    }
    String jurisdictionCode = text(filter, "jurisdictionCode");
    if (jurisdictionCode != null) {
      spec = spec.and(DataScope.inSubtree(jurisdictions.find(jurisdictionCode).map(Jurisdiction::path).orElse("-"),
          "communityCode"));
    }
    return households.findAll(spec, page).map(HouseholdViews.Summary::of);
  }


  public Household relocate(long householdId, Relocation form) {
    Violations violations = beans.of(form, "");
    if (form.communityCode() != null && !form.communityCode().isBlank()) {
      checkCommunity(form.communityCode(), "communityCode", violations);
    }
    violations.throwIfAny();
    Household household = require(householdId);
    HouseholdViews.Summary before = HouseholdViews.Summary.of(household);
    household.relocate(form.communityCode(), form.address(), form.phone(), clock.instant());
    audit(household, "HOUSEHOLD_RELOCATED", "household", householdId, before, HouseholdViews.Summary.of(household));
    return household;
  }

  public HouseholdMember addMember(long householdId, MemberDetails details) {
    Household household = require(householdId);
    Violations violations = beans.of(details, "");
    checkMember(details, "", violations);
    if (details.relation() == Relation.HEAD && household.head().isPresent()) {
      violations.add("relation", "ONE_HEAD_REQUIRED");
    }
    violations.throwIfAny();
    checkNotInOtherHousehold(List.of(details), null, "");
    HouseholdMember member = household.addMember(details, clock.instant());
    households.flush();
    audit(household, "MEMBER_ADDED", "member", member.id(), null, HouseholdViews.Member.of(member));
    return member;
  }

  public HouseholdMember updateMember(long householdId, long memberId, MemberDetails details) {
    Household household = require(householdId);
    HouseholdMember member = household.member(memberId)
        .orElseThrow(() -> ApiException.notFound("MEMBER_NOT_FOUND"));
    Violations violations = beans.of(details, "");
    checkMember(details, "", violations);
    if (details.residentId() != null && !details.residentId().equals(member.residentId())
        && !details.residentId().equals(ResidentIds.mask(member.residentId()))) {
      // The resident ID is the person: a different number is a different member.
      violations.add("residentId", "INVALID_VALUE");
    }
    boolean becomesHead = details.relation() == Relation.HEAD && member.relation() != Relation.HEAD;
    if (becomesHead && household.head().isPresent()) {
      violations.add("relation", "ONE_HEAD_REQUIRED");
    }
    violations.throwIfAny();
    HouseholdViews.Member before = HouseholdViews.Member.of(member);
    member.update(details);
    audit(household, "MEMBER_UPDATED", "member", memberId, before, HouseholdViews.Member.of(member));
    return member;
  }

  public void memberLeaves(long householdId, long memberId) {
    Household household = require(householdId);
    HouseholdMember member = household.member(memberId)
        .orElseThrow(() -> ApiException.notFound("MEMBER_NOT_FOUND"));
    if (member.relation() == Relation.HEAD && household.activeMembers().size() > 1) {
      new Violations().add("memberId", "LAST_HEAD_CANNOT_LEAVE").throwIfAny();
    }
    member.leave(LocalDate.now(clock));
    audit(household, "MEMBER_LEFT", "member", memberId, null, null);
  }

  public HouseholdViews.IncomeView addIncome(long householdId, Income form) {
    Household household = require(householdId);
    Violations violations = beans.of(form, "");
    checkPeriod(form.periodStart(), form.periodEnd(), "periodEnd", violations);
    HouseholdMember member = checkedMember(household, form.memberResidentId(), violations);
    violations.throwIfAny();
    IncomeItem item = household.addIncome(member, form.kind(), form.periodStart(), form.periodEnd(),
        form.amount(), form.note(), clock.instant());
    households.flush();
    audit(household, "INCOME_ADDED", "income", item.id(), null, HouseholdViews.IncomeView.of(item));
    return HouseholdViews.IncomeView.of(item);
  }

  public HouseholdViews.AssetView addAsset(long householdId, AssetItem form) {
    Household household = require(householdId);
    Violations violations = beans.of(form, "");
    HouseholdMember member = checkedMember(household, form.memberResidentId(), violations);
    violations.throwIfAny();
    Asset asset = household.addAsset(member, form.kind(), form.description(), form.value(), clock.instant());
    households.flush();
    audit(household, "ASSET_ADDED", "asset", asset.id(), null, HouseholdViews.AssetView.of(asset));
    return HouseholdViews.AssetView.of(asset);
  }

  public HouseholdViews.RigidExpenseView addRigidExpense(long householdId, RigidExpenseItem form) {
    Household household = require(householdId);
    Violations violations = beans.of(form, "");
    checkPeriod(form.periodStart(), form.periodEnd(), "periodEnd", violations);
    HouseholdMember member = checkedMember(household, form.memberResidentId(), violations);
    violations.throwIfAny();
    RigidExpense expense = household.addRigidExpense(member, form.kind(), form.periodStart(), form.periodEnd(),
        form.amount(), form.note(), clock.instant());
    households.flush();
    audit(household, "RIGID_EXPENSE_ADDED", "rigid-expense", expense.id(), null,
        HouseholdViews.RigidExpenseView.of(expense));
    return HouseholdViews.RigidExpenseView.of(expense);
  }

  public void removeIncome(long householdId, long itemId) {
    Household household = require(householdId);
    if (!household.removeIncome(itemId, clock.instant())) {
      throw ApiException.notFound("ITEM_NOT_FOUND");
    }
    audit(household, "INCOME_REMOVED", "income", itemId, null, null);
  }

  public void removeAsset(long householdId, long itemId) {
    Household household = require(householdId);
    if (!household.removeAsset(itemId, clock.instant())) {
      throw ApiException.notFound("ITEM_NOT_FOUND");
    }
    audit(household, "ASSET_REMOVED", "asset", itemId, null, null);
  }

  public void removeRigidExpense(long householdId, long itemId) {
    Household household = require(householdId);
    if (!household.removeRigidExpense(itemId, clock.instant())) {
      throw ApiException.notFound("ITEM_NOT_FOUND");
    }
    audit(household, "RIGID_EXPENSE_REMOVED", "rigid-expense", itemId, null, null);
  }

  public HouseholdDocuments.DocumentView upload(long householdId, String kind, MultipartFile file)
      throws java.io.IOException {
    return upload(householdId, kind, file, HouseholdDocuments.CaseStep.NONE);
  }

  /** An upload kept in the household file and linked to the case step it was attached at. */
  public HouseholdDocuments.DocumentView upload(long householdId, String kind, MultipartFile file,
      HouseholdDocuments.CaseStep origin) throws java.io.IOException {
    Household household = require(householdId);
    Violations violations = new Violations();
    if (kind == null || kind.isBlank() || kind.length() > 40) {
      violations.add("kind", "REQUIRED");
    }
    if (file.isEmpty()) {
      violations.add("file", "EMPTY_FILE");
    }
    violations.throwIfAny();
    if (file.getSize() > HouseholdDocuments.MAX_BYTES) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE",
          List.of(FieldViolation.of("file", "FILE_TOO_LARGE")), Map.of());
    }
    byte[] bytes = file.getBytes();
    String type = HouseholdDocuments.sniff(bytes).orElseThrow(() -> new ApiException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE",
        List.of(FieldViolation.of("file", "UNSUPPORTED_FILE_TYPE")), Map.of()));
    String name = Objects.requireNonNullElse(file.getOriginalFilename(), "document");
    String safeName = name.replaceAll("[\\\\/\\r\\n\"]", "_");
    HouseholdDocuments.DocumentView stored = documents.store(householdId, kind.trim(),
        safeName.length() > 200 ? safeName.substring(0, 200) : safeName, bytes, type, origin);
    audit(household, "DOCUMENT_UPLOADED", "document", stored.id(), null, stored);
    return stored;
  }

  /**
   * Keeps a PDF the system generated at a case step (a receipt, report or notice) in the household file, with its
   * SHA-256, and audits it. Idempotent: the same kind for the same case, step and task is stored once, and asking
   * again returns the stored document (whatever the new bytes are). For callers that found the case in their scope.
   */
  public HouseholdDocuments.DocumentView storeGenerated(long householdId, String kind, String fileName, byte[] pdf,
      HouseholdDocuments.CaseStep origin) {
    Household household = ofVisibleCase(householdId);
    if (origin.caseNumber() == null || kind.isBlank() || kind.length() > 40
        || HouseholdDocuments.sniff(pdf).filter("application/pdf"::equals).isEmpty()) {
      throw new IllegalArgumentException("A generated document needs a case, a kind of at most 40 characters and "
          + "PDF content: " + kind + " of " + origin);
    }
    String safeName = fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
    HouseholdDocuments.Stored stored = documents.storeGenerated(householdId, kind,
        safeName.length() > 200 ? safeName.substring(0, 200) : safeName, pdf, origin);
    if (stored.created()) {
      audit.record(AuditLog.Entry.of("DOCUMENT_GENERATED", "document", stored.document().id())
          .inCase(origin.caseNumber()).in(household.communityCode()).change(null, stored.document()));
    }
    return stored.document();
  }

  /** The document of this kind generated at the case step, if there is one already (case found in scope). */
  @Transactional(readOnly = true)
  public Optional<HouseholdDocuments.DocumentView> findGenerated(long householdId, String kind,
      HouseholdDocuments.CaseStep origin) {
    ofVisibleCase(householdId);
    return documents.findGenerated(kind, origin).filter(document -> document.householdId() == householdId);
  }

  /**
   * The documents of one case of the household (attached at its steps or generated by them); for callers that
   * found the case in their scope.
   */
  @Transactional(readOnly = true)
  public List<HouseholdDocuments.DocumentView> caseDocuments(long householdId, String caseNumber) {
    ofVisibleCase(householdId);
    return documents.listOfCase(householdId, caseNumber);
  }

  /** The content of a document; viewing personal documents is audited. */
  public HouseholdDocuments.Content documentContent(long householdId, long documentId) {
    Household household = require(householdId);
    HouseholdDocuments.Content content = documents.content(householdId, documentId)
        .orElseThrow(() -> ApiException.notFound("DOCUMENT_NOT_FOUND"));
    audit(household, "DOCUMENT_VIEWED", "document", documentId, null, null);
    return content;
  }

  /**
   * The household of a case the caller has already found in their scope. A temporary-aid case is handled by the
   * street where the emergency happened, which may lie outside the household's street, so the case's scope rules.
   */
  private Household ofVisibleCase(long householdId) {
    return households.findById(householdId).orElseThrow(() -> ApiException.notFound("HOUSEHOLD_NOT_FOUND"));
  }

  private void checkCommunity(String code, String field, Violations violations) {
    Optional<Jurisdiction> node = jurisdictions.find(code).filter(j -> scope.covers(j.code()));
    if (node.isEmpty()) {
      violations.add(field, "UNKNOWN_COMMUNITY");
    } else if (node.get().level() != JurisdictionLevel.COMMUNITY) {
      violations.add(field, "NOT_A_COMMUNITY");
    }
  }

  private void checkMembers(List<MemberDetails> members, String field, Violations violations) {
    long heads = members.stream().filter(m -> m != null && m.relation() == Relation.HEAD).count();
    if (heads != 1) {
      violations.add(field, "ONE_HEAD_REQUIRED");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      MemberDetails member = members.get(i);
      if (member == null) {
        violations.add(field + "[" + i + "]", "REQUIRED");
        continue;
      }
      String prefix = field + "[" + i + "].";
      checkMember(member, prefix, violations);
      if (member.residentId() != null && !seen.add(member.residentId())) {
        violations.add(prefix + "residentId", "DUPLICATE_MEMBER");
      }
    }
  }

  private void checkMember(MemberDetails member, String prefix, Violations violations) {
    ResidentIds.parse(member.residentId(), LocalDate.now(clock)).ifPresent(decoded -> {
      if (member.birthDate() != null && !decoded.birthDate().equals(member.birthDate())) {
        violations.add(prefix + "birthDate", "BIRTH_DATE_MISMATCH");
      }
      if (member.sex() != null && decoded.sex() != member.sex()) {
        violations.add(prefix + "sex", "SEX_MISMATCH");
      }
    });
    if ((member.disabilityKind() == null) != (member.disabilityGrade() == null)) {
      violations.add(prefix + "disabilityGrade", "DISABILITY_INCOMPLETE");
    }
  }

  private void checkItemMembers(NewHousehold form, Set<String> residentIds, String prefix, Violations violations) {
    for (int i = 0; i < form.incomes().size(); i++) {
      Income income = form.incomes().get(i);
      if (income == null) {
        continue;
      }
      checkKnownMember(income.memberResidentId(), residentIds, prefix + "incomes[" + i + "]", violations);
      checkPeriod(income.periodStart(), income.periodEnd(), prefix + "incomes[" + i + "].periodEnd", violations);
    }
    for (int i = 0; i < form.assets().size(); i++) {
      if (form.assets().get(i) == null) {
        continue;
      }
      checkKnownMember(form.assets().get(i).memberResidentId(), residentIds, prefix + "assets[" + i + "]",
          violations);
    }
    for (int i = 0; i < form.rigidExpenses().size(); i++) {
      RigidExpenseItem expense = form.rigidExpenses().get(i);
      if (expense == null) {
        continue;
      }
      checkKnownMember(expense.memberResidentId(), residentIds, prefix + "rigidExpenses[" + i + "]", violations);
      checkPeriod(expense.periodStart(), expense.periodEnd(), prefix + "rigidExpenses[" + i + "].periodEnd",
          violations);
    }
  }

  private static void checkKnownMember(String residentId, Set<String> known, String item, Violations violations) {
    if (residentId != null && !known.contains(residentId.trim().toUpperCase())) {
      violations.add(item + ".memberResidentId", "UNKNOWN_MEMBER");
    }
  }

  private static void checkPeriod(LocalDate start, LocalDate end, String field, Violations violations) {
    if (start != null && end != null && end.isBefore(start)) {
      violations.add(field, "PERIOD_ENDS_BEFORE_START");
    }
  }

  private void checkNotInOtherHousehold(List<MemberDetails> members, Long ownHousehold, String field) {
    Violations taken = new Violations();
    for (int i = 0; i < members.size(); i++) {
      Optional<Long> other = households.findHouseholdIdOfActiveMember(members.get(i).residentId());
      if (other.isPresent() && !other.get().equals(ownHousehold)) {
        String path = members.size() == 1 && field.isEmpty() ? "residentId" : field + "[" + i + "].residentId";
        taken.add(path, "PERSON_IN_OTHER_HOUSEHOLD");
      }
    }
    if (!taken.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "PERSON_IN_OTHER_HOUSEHOLD", taken.list(), Map.of());
    }
  }

  private HouseholdMember checkedMember(Household household, String residentId, Violations violations) {
    if (residentId == null) {
      return null;
    }
    Optional<HouseholdMember> member = household.activeMemberWithResidentId(residentId.trim());
    if (member.isEmpty()) {
      violations.add("memberResidentId", "UNKNOWN_MEMBER");
    }
    return member.orElse(null);
  }

  private static HouseholdMember member(Household household, String residentId) {
    return residentId == null ? null
        : household.activeMemberWithResidentId(residentId.trim()).orElseThrow();
  }

  private static String text(Map<String, Object> filter, String key) {
    Object value = filter.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
