package cn.gov.civilaffairs.assistance.applications;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.ProvisionalDeadlines;
import cn.gov.civilaffairs.assistance.policy.WorkingDayCalendar;
import cn.gov.civilaffairs.assistance.policy.WorkingDays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
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
  private final DataScope scope;
  private final AuditLog audit;
  private final RepositoryService repository;
  private final Clock clock;
  private final ZoneId zone;
  private final WorkingDayCalendar calendar;
  private final PolicyParameters policy;
  private final ProvisionalDeadlines provisional;

  ApplicationCases(WorkingDayCalendar calendar, ProvisionalDeadlines provisional, PolicyParameters policy,
      CaseRepository cases, CaseNumbers numbers,
      CaseTimeline timeline,
      CaseProcessProperties processes, Jurisdictions jurisdictions, RuntimeService runtime,
      HistoryService history, JdbcTemplate jdbc, DataScope scope, AuditLog audit, RepositoryService repository,
      Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.calendar = calendar;
    this.provisional = provisional;
    this.policy = policy;
    this.scope = scope;
    this.audit = audit;
    this.repository = repository;
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
  public AssistanceCase open(NewCase application) {
    return open(application, Map.of());
  }

  /**
   * Opens a case as {@link #open(NewCase)} does, starting its process with further variables (decisions the window
   * already took, e.g. the type and amount of a temporary aid, that the process routes on).
   */
  public AssistanceCase open(NewCase application, Map<String, Object> startVariables) {
    String actor = DataScope.actor();
    Instant now = clock.instant();
    String caseNumber = numbers.next(application.category(), application.streetCode(),
        now.atZone(zone).getYear());
    MDC.put("caseNumber", caseNumber);
    AssistanceCase opened = cases.saveAndFlush(new AssistanceCase(caseNumber, application, now));
    application.materials().stream().distinct().forEach(material -> jdbc.update(
        "insert into case_materials (case_id, material_code) values (?, ?)", opened.id(), material));
    timeline.record(caseNumber, "accepted", "ACCEPTED", null, actor, application.materialsReceived());
    String district = jurisdictions.ancestorAt(application.streetCode(), JurisdictionLevel.DISTRICT)
        .map(Jurisdiction::code).orElseThrow();
    Map<String, Object> variables = new java.util.HashMap<>(startVariables);
    variables.putAll(Map.of("category", application.category().name(), "streetCode", application.streetCode(),
        "districtCode", district, "householdId", application.householdId()));
    ProcessInstance instance = runtime.startProcessInstanceByKey(
        processes.processKeyFor(application.category()), caseNumber, variables);
    opened.attachProcess(instance.getId());
    setTimeLimit(opened, policy.snapshot(application.streetCode(), now.atZone(zone).toLocalDate()).slaTotal(), now);
    recordParticipant(opened.id(), actor, "ACCEPTED");
    audit.record(AuditLog.Entry.of("APPLICATION_ACCEPTED", "case", caseNumber).inCase(caseNumber)
        .in(application.streetCode()).change(null, CaseViews.Summary.of(opened)));
    return opened;
  }

  /**
   * A review to open: the household, its head member (the review's applicant), the enrolment under review, the
   * reason, the campaign it belongs to (or null) and when it is due (or null). {@code askForOpenReview} false when
   * the caller's query already found no open review of the reason for the household (a race is still settled by
   * the unique index).
   */
  public record NewReview(long householdId, long headMemberId, Category category, String streetCode,
      long enrolmentId, String reason, Long campaignId, LocalDate dueOn, boolean askForOpenReview) {}

  /**
   * Opens a review of an enrolled household as a case of its own (number, timeline, documents like any case) and
   * starts {@code processKey} for it. A household with an open review of the same reason gets none: the answer is
   * empty, decided by the database's unique index, so two callers at once (two nodes, a scheduler run twice) open
   * one review between them. Answers the new case's number.
   */
  public Optional<String> openReview(NewReview review, String processKey, String detail) {
    Instant now = clock.instant();
    long householdId = review.householdId();
    String reason = review.reason();
    String streetCode = review.streetCode();
    Category category = review.category();
    if (review.askForOpenReview()) {
      // Asked first so that a household already under review does not use up a case number.
      Integer open = jdbc.queryForObject("select count(*) from cases where household_id = ? and review_reason = ?"
          + " and status = 'OPEN'", Integer.class, householdId, reason);
      if (open != null && open > 0) {
        return Optional.empty();
      }
    }
    String caseNumber = numbers.next(category, streetCode, now.atZone(zone).getYear());
    List<Long> ids = jdbc.queryForList("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id,
          truth_pledge_signed, verification_consent, status, accepted_at, review_reason, campaign_id, enrolment_id,
          due_on)
        values (?, ?, ?, ?, ?, false, true, 'OPEN', ?, ?, ?, ?, ?)
        on conflict (household_id, review_reason) where status = 'OPEN' and review_reason is not null do nothing
        returning id""", Long.class, caseNumber, category.name(), streetCode, householdId, review.headMemberId(),
        java.sql.Timestamp.from(now), reason, review.campaignId(), review.enrolmentId(),
        review.dueOn() == null ? null : java.sql.Date.valueOf(review.dueOn()));
    if (ids.isEmpty()) {
      // Lost a race with another starter (nothing open when asked): the number allocated is skipped.
      return Optional.empty();
    }
    String district = jurisdictions.ancestorAt(streetCode, JurisdictionLevel.DISTRICT)
        .map(Jurisdiction::code).orElseThrow();
    timeline.record(caseNumber, "review-started", "REVIEW_STARTED", null, DataScope.actor(), detail);
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("category", category.name());
    variables.put("streetCode", streetCode);
    variables.put("districtCode", district);
    variables.put("householdId", householdId);
    variables.put("enrolmentId", review.enrolmentId());
    variables.put("reason", reason);
    ProcessInstance instance = runtime.startProcessInstanceByKey(processKey, caseNumber, variables);
    jdbc.update("update cases set process_instance_id = ? where id = ?", instance.getId(), ids.get(0));
    audit.record(AuditLog.Entry.of("REVIEW_STARTED", "case", caseNumber).inCase(caseNumber).in(streetCode)
        .change(null, Map.of("householdId", householdId, "reason", reason)));
    return Optional.of(caseNumber);
  }

  /**
   * Extends the case's time limit (30 to 45 working days by default) once, with the reason recorded on the
   * timeline and in the audit log.
   */
  public AssistanceCase extend(String caseNumber, String reason) {
    AssistanceCase c = require(caseNumber);
    if (c.extensionReason() != null) {
      throw ApiException.conflict("ALREADY_EXTENDED", Map.of());
    }
    Integer before = c.timeLimitWorkingDays();
    LocalDate acceptedOn = c.acceptedAt().atZone(zone).toLocalDate();
    // Extending a delegated case (20 wd) adds what the county-level extension adds to the full limit.
    var terms = policy.snapshot(c.streetCode(), acceptedOn);
    int extendedTimeLimit = before + terms.slaExtended() - terms.slaTotal();
    c.extend(extendedTimeLimit, dueOrUnknown(c.caseNumber(), acceptedOn, extendedTimeLimit), reason);
    timeline.record(caseNumber, "extended", "TIME_LIMIT_EXTENDED", null, DataScope.actor(),
        "办理时限由 " + before + " 个工作日延长至 " + extendedTimeLimit + " 个工作日：" + reason);
    audit.record(AuditLog.Entry.of("CASE_EXTENDED", "case", caseNumber).inCase(caseNumber).in(c.streetCode())
        .change(Map.of("timeLimitWorkingDays", String.valueOf(before)),
            Map.of("timeLimitWorkingDays", extendedTimeLimit, "reason", reason)));
    return c;
  }

  /**
   * Sets the case's time limit to the delegated one (parameter {@code sla.delegated}, 20 wd by default) when the
   * decision is the street's: the whole case, from acceptance, must then be done sooner.
   */
  public void applyDelegatedTimeLimit(String caseNumber) {
    AssistanceCase c = require(caseNumber);
    int delegated = policy.snapshot(c.streetCode(), c.acceptedAt().atZone(zone).toLocalDate()).slaDelegated();
    if (c.extensionReason() != null || c.timeLimitWorkingDays() == null || c.timeLimitWorkingDays() == delegated) {
      return;
    }
    c.setTimeLimit(delegated, dueOrUnknown(c.caseNumber(), c.acceptedAt().atZone(zone).toLocalDate(), delegated));
    timeline.record(caseNumber, "delegated-time-limit", "TIME_LIMIT_DELEGATED", null, "system",
        "审批权委托街道，办理时限为 " + delegated + " 个工作日");
  }

  /**
   * Stops the case's clock for a period (e.g. 公示 where it does not count): the due day moves by the working days
   * in it. Recorded on the timeline.
   */
  public void pauseClock(String caseNumber, LocalDate from, LocalDate to, String reason) {
    AssistanceCase c = require(caseNumber);
    jdbc.update("insert into case_clock_pauses (case_number, from_day, to_day, reason) values (?, ?, ?, ?)",
        caseNumber, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to), reason);
    c.setTimeLimit(c.timeLimitWorkingDays(), dueOrUnknown(c));
    timeline.record(caseNumber, "pause:" + from, "CLOCK_PAUSED", null, DataScope.actor(),
        reason + "（" + from + " 至 " + to + "）");
  }

  /**
   * Ends the review of a case whose family refuses to cooperate: the reason is kept, and the process ends
   * wherever it stands.
   */
  public void terminate(String caseNumber, String reason) {
    AssistanceCase c = require(caseNumber);
    if (c.status() != AssistanceCase.Status.OPEN) {
      throw ApiException.conflict("CASE_NOT_OPEN", Map.of());
    }
    jdbc.update("insert into case_terminations (case_number, reason, terminated_by, terminated_at) values (?, ?, ?, ?)",
        caseNumber, reason, DataScope.actor(), java.sql.Timestamp.from(clock.instant()));
    timeline.record(caseNumber, "terminated", "REVIEW_TERMINATED", null, DataScope.actor(), reason);
    audit.record(AuditLog.Entry.of("CASE_TERMINATED", "case", caseNumber).inCase(caseNumber).in(c.streetCode())
        .change(null, Map.of("reason", reason)));
    runtime.createMessageCorrelation("ReviewTerminated").processInstanceBusinessKey(caseNumber).correlate();
  }

  private void setTimeLimit(AssistanceCase c, int workingDays, Instant now) {
    c.setTimeLimit(workingDays, dueOrUnknown(c.caseNumber(), now.atZone(zone).toLocalDate(), workingDays));
  }

  private LocalDate dueOrUnknown(AssistanceCase c) {
    return dueOrUnknown(c.caseNumber(), c.acceptedAt().atZone(zone).toLocalDate(), c.timeLimitWorkingDays());
  }

  /**
   * The due day, not counting the case's clock pauses. Computed on a year whose official holiday schedule is not
   * entered yet, it is marked provisional and recomputed when the schedule is entered.
   */
  private LocalDate dueOrUnknown(String caseNumber, LocalDate from, int workingDays) {
    List<WorkingDays.Pause> pauses = jdbc.query(
        "select from_day, to_day from case_clock_pauses where case_number = ? order by from_day",
        (rs, i) -> new WorkingDays.Pause(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), caseNumber);
    for (int attempt = 0; ; attempt++) {
      WorkingDays days = calendar.workingDays();
      LocalDate due = days.dueDate(from, workingDays, pauses);
      // Answers false once, at most, when the year was entered while this transaction computed: compute again.
      if (provisional.mark(new ProvisionalDeadlines.Marker(ProvisionalDeadlines.CASE_TIME_LIMIT, caseNumber,
          caseNumber, null, days.provisionalYears(from, due), from.atStartOfDay(zone).toInstant(),
          due.atStartOfDay(zone).toInstant(), null)) || attempt > 0) {
        return due;
      }
    }
  }

  /**
   * Recomputes an open case's time limit on the calendar now in force (after an official holiday schedule was
   * entered), recording a change of the due day on its timeline; a closed case's mark is dropped.
   */
  public void recomputeTimeLimit(String caseNumber, long calendarVersion) {
    Optional<AssistanceCase> found = cases.findByCaseNumber(caseNumber);
    if (found.isEmpty() || found.get().status() != AssistanceCase.Status.OPEN
        || found.get().timeLimitWorkingDays() == null) {
      provisional.unmark(ProvisionalDeadlines.CASE_TIME_LIMIT, caseNumber);
      return;
    }
    AssistanceCase c = found.get();
    LocalDate before = c.dueOn();
    c.setTimeLimit(c.timeLimitWorkingDays(), dueOrUnknown(c));
    boolean still = provisional.isProvisional(ProvisionalDeadlines.CASE_TIME_LIMIT, caseNumber);
    timeline.record(caseNumber, "time-limit-recomputed:" + calendarVersion, "DEADLINE_RECOMPUTED", null, "system",
        "节假日安排已录入，案件办结时限重新计算：" + (before == null ? "无" : before) + " → " + c.dueOn()
            + (still ? "（仍为暂定）" : ""));
  }

  /** Whether the case's due day was computed on a year whose official holiday schedule is not entered yet. */
  @Transactional(readOnly = true)
  public boolean dueProvisional(String caseNumber) {
    return provisional.isProvisional(ProvisionalDeadlines.CASE_TIME_LIMIT, caseNumber);
  }

  /** Records that a user took part in a case in a way that bars them from approving it. Idempotent. */
  public void recordParticipant(long caseId, String username, String part) {
    if (!"system".equals(username)) {
      jdbc.update("insert into case_participants (case_id, username, part) values (?, ?, ?) on conflict do nothing",
          caseId, username, part);
    }
  }

  /** Whether the user accepted or investigated the case (and so may not approve it). */
  @Transactional(readOnly = true)
  public boolean tookPartIn(String caseNumber, String username) {
    Integer count = jdbc.queryForObject("select count(*) from case_participants p join cases c on c.id = p.case_id"
        + " where c.case_number = ? and p.username = ?", Integer.class, caseNumber, username);
    return count != null && count > 0;
  }

  @Transactional(readOnly = true)
  public Optional<AssistanceCase> findOpen(long householdId, Category category) {
    return cases.findFirstByHouseholdIdAndCategoryAndStatus(householdId, category, AssistanceCase.Status.OPEN);
  }

  /** The case, if the caller's jurisdiction covers its street; otherwise 404. */
  @Transactional(readOnly = true)
  public AssistanceCase require(String caseNumber) {
    return cases.findByCaseNumber(caseNumber).filter(c -> scope.covers(c.streetCode()))
        .orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND"));
  }

  @Transactional(readOnly = true)
  public AssistanceCase require(long caseId) {
    return cases.findById(caseId).filter(c -> scope.covers(c.streetCode()))
        .orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND"));
  }

  /** The BPMN of the case's process version, with the steps now active and those already done. */
  @Transactional(readOnly = true)
  public CaseViews.Diagram diagram(String caseNumber) {
    AssistanceCase c = require(caseNumber);
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(c.processInstanceId()).singleResult();
    if (instance == null) {
      throw ApiException.notFound("CASE_NOT_FOUND");
    }
    String xml;
    try (var in = repository.getProcessModel(instance.getProcessDefinitionId())) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> active = instance.getEndTime() == null ? runtime.getActiveActivityIds(instance.getId()) : List.of();
    List<String> done = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .finished().list().stream().map(a -> a.getActivityId()).distinct().toList();
    return new CaseViews.Diagram(xml, active, done);
  }

  /** Records the outcome of the conflict-of-interest check (单独登记备案 when found). Idempotent. */
  public void recordConflictOfInterest(String caseNumber, boolean found, String detail) {
    AssistanceCase assistanceCase = require(caseNumber);
    assistanceCase.recordConflictOfInterest(found);
    timeline.record(caseNumber, "conflict-of-interest-check",
        found ? "CONFLICT_OF_INTEREST_REGISTERED" : "NO_CONFLICT_OF_INTEREST", null, DataScope.actor(), detail);
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
    Optional<String> visible = scope.pathPrefix();
    if (visible.isPresent()) {
      spec = spec.and(DataScope.inSubtree(visible.get(), "streetCode"));
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
        materials, c.acceptedAt(), c.closedAt(), c.outcome(), c.outcomeName(), c.dueOn(), c.timeLimitWorkingDays(),
        c.extensionReason(),
        timeline.of(c.id()), c.dueOn() != null && dueProvisional(c.caseNumber()));
  }

  private static Enum<?> parseEnum(Class<? extends Enum> type, String value, String field) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(List.of(FieldViolation.of("filter." + field, "INVALID_VALUE")));
    }
  }

  private static long parseLong(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiException.invalid(List.of(FieldViolation.of("filter.householdId", "INVALID_VALUE")));
    }
  }
}
