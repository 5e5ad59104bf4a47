package cn.gov.civilaffairs.assistance.applications;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases of assistance: opens a case with its number and its process in one transaction, records what happens
 * to it, and answers queries about it.
 */
@Service
@Transactional
public class ApplicationCases {

  private final CaseRepository cases;
  private final CaseNumbers numbers;
  private final CaseTimeline timeline;
  private final CaseProcessProperties processes;
  private final Jurisdictions jurisdictions;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;

  ApplicationCases(CaseRepository cases, CaseNumbers numbers, CaseTimeline timeline,
      CaseProcessProperties processes, Jurisdictions jurisdictions, RuntimeService runtime,
      HistoryService history, JdbcTemplate jdbc, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.cases = cases;
    this.numbers = numbers;
    this.timeline = timeline;
    this.processes = processes;
    this.jurisdictions = jurisdictions;
    this.runtime = runtime;
    this.history = history;
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Opens a case: allocates its number, stores it with its materials, and starts its process with the case
   * number as business key. If the engine fails, nothing of it remains and the number is not used up.
   */
  public AssistanceCase open(NewCase application, String actor) {
    Instant now = clock.instant();
    String caseNumber = numbers.next(application.category(), application.streetCode(),
        now.atZone(zone).getYear());
    MDC.put("caseNumber", caseNumber);
    AssistanceCase opened = cases.saveAndFlush(new AssistanceCase(caseNumber, application, now));
    application.materials().stream().distinct().forEach(material -> jdbc.update(
        "insert into case_materials (case_id, material_code) values (?, ?)", opened.id(), material));
    timeline.record(caseNumber, "accepted", "ACCEPTED", null, actor,
        "materials: " + String.join(", ", application.materials()));
    String district = jurisdictions.ancestorAt(application.streetCode(), JurisdictionLevel.DISTRICT)
        .map(Jurisdiction::code).orElseThrow();
    ProcessInstance instance = runtime.startProcessInstanceByKey(
        processes.processKeyFor(application.category()), caseNumber,
        Map.of("category", application.category().name(), "streetCode", application.streetCode(),
            "districtCode", district, "householdId", application.householdId()));
    opened.attachProcess(instance.getId());
    return opened;
  }

  @Transactional(readOnly = true)
  public Optional<AssistanceCase> findOpen(long householdId, Category category) {
    return cases.findFirstByHouseholdIdAndCategoryAndStatus(householdId, category, AssistanceCase.Status.OPEN);
  }

  @Transactional(readOnly = true)
  public AssistanceCase require(String caseNumber) {
    return cases.findByCaseNumber(caseNumber).orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND"));
  }

  @Transactional(readOnly = true)
  public AssistanceCase require(long caseId) {
    return cases.findById(caseId).orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND"));
  }

  /** Records the outcome of the conflict-of-interest check (单独登记备案 when found). Idempotent. */
  public void recordConflictOfInterest(String caseNumber, boolean found, String detail) {
    AssistanceCase assistanceCase = require(caseNumber);
    assistanceCase.recordConflictOfInterest(found);
    timeline.record(caseNumber, "conflict-of-interest-check",
        found ? "CONFLICT_OF_INTEREST_REGISTERED" : "NO_CONFLICT_OF_INTEREST", null, "system", detail);
  }

  /** Filters: {@code status}, {@code category}, {@code streetCode}, {@code householdId}, {@code q} (number). */
  @Transactional(readOnly = true)
  public Page<CaseViews.Summary> search(Map<String, Object> filter, Pageable page) {
    Specification<AssistanceCase> spec = (root, query, cb) -> cb.conjunction();
    for (String field : List.of("status", "category")) {
      Object value = filter.get(field);
      if (value != null && !value.toString().isBlank()) {
        Class<? extends Enum> type = field.equals("status") ? AssistanceCase.Status.class : Category.class;
        Enum<?> constant = parseEnum(type, value.toString(), field);
        spec = spec.and((root, query, cb) -> cb.equal(root.get(field), constant));
      }
    }
    Object street = filter.get("streetCode");
    if (street != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("streetCode"), street.toString()));
    }
    Object household = filter.get("householdId");
    if (household != null) {
      long householdId = parseLong(household.toString());
      spec = spec.and((root, query, cb) -> cb.equal(root.get("householdId"), householdId));
    }
    Object q = filter.get("q");
    if (q != null && !q.toString().isBlank()) {
      spec = spec.and((root, query, cb) -> cb.like(root.get("caseNumber"), "%" + q.toString().trim() + "%"));
    }
    return cases.findAll(spec, page).map(CaseViews.Summary::of);
  }

  @Transactional(readOnly = true)
  public CaseViews.Detail detail(String caseNumber) {
    AssistanceCase c = require(caseNumber);
    List<String> materials = jdbc.queryForList(
        "select material_code from case_materials where case_id = ? order by material_code", String.class, c.id());
    String definitionId = null;
    List<String> activeSteps = List.of();
    if (c.processInstanceId() != null) {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(c.processInstanceId()).singleResult();
      definitionId = instance == null ? null : instance.getProcessDefinitionId();
      if (instance != null && instance.getEndTime() == null) {
        activeSteps = runtime.getActiveActivityIds(c.processInstanceId());
      }
    }
    return new CaseViews.Detail(c.caseNumber(), c.caseNumber(), c.category(), c.status(), c.streetCode(),
        c.householdId(), c.applicantMemberId(), c.agentName(), c.agentRelation(), c.truthPledgeSigned(),
        c.verificationConsent(), c.conflictOfInterest(), c.processInstanceId(), definitionId, activeSteps,
        materials, c.acceptedAt(), c.closedAt(), timeline.of(c.id()));
  }

  private static Enum<?> parseEnum(Class<? extends Enum> type, String value, String field) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw cn.gov.civilaffairs.assistance.api.ApiException.invalid(
          List.of(cn.gov.civilaffairs.assistance.api.FieldViolation.of("filter." + field, "INVALID_VALUE")));
    }
  }

  private static long parseLong(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiException.invalid(
          List.of(cn.gov.civilaffairs.assistance.api.FieldViolation.of("filter.householdId", "INVALID_VALUE")));
    }
  }
}
