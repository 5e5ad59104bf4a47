package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.PlanViews.CadreAssignment;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.CadreLoad;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.MeasureInput;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.MeasureOutcome;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.NewPlan;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.PairedHousehold;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.Pairing;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.Plan;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.PlanChange;
import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdMember;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One plan per household (一户一计划): measures per member chosen from the {@link MeasureCatalogue}, goals, family
 * obligations, review date and the paired grid cadre (1+N). Every change makes a new version, kept with its
 * content; every change is audited. Plans outside the caller's jurisdiction do not exist for them (404).
 */
@Service
@Transactional
public class AssistancePlans {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final MeasureCatalogue catalogue;
  private final ApplicationCases cases;
  private final HouseholdRegistry households;
  private final UserDirectory users;
  private final Jurisdictions jurisdictions;
  private final PolicyParameters policy;
  private final DataScope scope;
  private final AuditLog audit;
  private final CadreVisits visits;

  AssistancePlans(JdbcTemplate jdbc, ObjectMapper json, Clock clock, MeasureCatalogue catalogue,
      ApplicationCases cases, HouseholdRegistry households, UserDirectory users, Jurisdictions jurisdictions,
      PolicyParameters policy, DataScope scope, AuditLog audit, CadreVisits visits) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.catalogue = catalogue;
    this.cases = cases;
    this.households = households;
    this.users = users;
    this.jurisdictions = jurisdictions;
    this.policy = policy;
    this.scope = scope;
    this.audit = audit;
    this.visits = visits;
  }

  /**
   * Drafts the plan of the household of {@code caseNumber}, version 1.
   *
   * @throws ApiException 409 {@code PLAN_EXISTS} (with {@code planId}) when the household has one: change that
   */
  public Plan create(NewPlan form) {
    if (form.caseNumber() == null || form.caseNumber().isBlank()) {
      throw ApiException.invalid(List.of(FieldViolation.of("caseNumber", "REQUIRED")));
    }
    AssistanceCase assistanceCase = cases.require(form.caseNumber());
    Household household = households.require(assistanceCase.householdId());
    check(household, form.goals(), form.reviewOn(), form.measures());
    Optional<Long> existing = planIdOf(household.id());
    if (existing.isPresent()) {
      throw ApiException.conflict("PLAN_EXISTS", Map.of("planId", existing.get()));
    }
    Instant now = clock.instant();
    String actor = DataScope.actor();
    Long id = jdbc.queryForObject("""
        insert into assistance_plans (household_id, case_number, street_code, version, goals, obligations, review_on,
          catalogue_version, created_by, created_at, updated_by, updated_at)
        values (?, ?, ?, 1, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?) returning id""", Long.class,
        household.id(), assistanceCase.caseNumber(), assistanceCase.streetCode(), toJson(form.goals()),
        toJson(orEmpty(form.obligations())), Date.valueOf(form.reviewOn()), catalogue.version(), actor,
        Timestamp.from(now), actor, Timestamp.from(now));
    replaceMeasures(id, form.measures());
    Plan plan = snapshot(id, actor, now);
    audit.record(AuditLog.Entry.of("PLAN_CREATED", "assistance_plan", id).inCase(plan.caseNumber())
        .in(plan.streetCode()).change(null, plan));
    return plan;
  }

  /**
   * Changes the plan: a new version with the given content; measures with an id keep their status.
   *
   * @throws ApiException 409 {@code CONCURRENT_MODIFICATION} when {@code expectedVersion} is not the current one
   */
  public Plan update(long planId, PlanChange change) {
    Plan before = lockForChange(planId);
    if (change.expectedVersion() != null && change.expectedVersion() != before.version()) {
      throw ApiException.conflict("CONCURRENT_MODIFICATION", Map.of("version", before.version()));
    }
    check(households.require(before.householdId()), change.goals(), change.reviewOn(), change.measures());
    Set<Long> known = new HashSet<>(before.measures().stream().map(PlanViews.Measure::id).toList());
    Violations unknown = new Violations();
    for (int i = 0; i < change.measures().size(); i++) {
      Long id = change.measures().get(i).id();
      if (id != null && !known.contains(id)) {
        unknown.add("measures[" + i + "].id", "UNKNOWN_MEASURE");
      }
    }
    unknown.throwIfAny();
    Instant now = clock.instant();
    jdbc.update("""
        update assistance_plans set version = version + 1, goals = cast(? as jsonb), obligations = cast(? as jsonb),
          review_on = ?, catalogue_version = ?, updated_by = ?, updated_at = ? where id = ?""",
        toJson(change.goals()), toJson(orEmpty(change.obligations())), Date.valueOf(change.reviewOn()),
        catalogue.version(), DataScope.actor(), Timestamp.from(now), planId);
    replaceMeasures(planId, change.measures());
    Plan after = snapshot(planId, DataScope.actor(), now);
    audit.record(AuditLog.Entry.of("PLAN_CHANGED", "assistance_plan", planId).inCase(after.caseNumber())
        .in(after.streetCode()).change(before, Map.of("plan", after, "reason", orBlank(change.reason()))));
    return after;
  }

  /**
   * Pairs a grid cadre of the household's street with the household (1+N); the previous pairing ends with the
   * reason and stays in the history. The plan gets a new version (the agreement names the cadre).
   *
   * @throws ApiException 422 {@code CADRE_FULL} (with {@code max}) when the cadre already holds N households
   */
  public Plan assignCadre(long planId, CadreAssignment assignment) {
    Plan before = lockForChange(planId);
    AppUser cadre = Optional.ofNullable(assignment.cadre()).flatMap(users::find)
        .filter(user -> user.has(Role.GRID_CADRE))
        .filter(user -> jurisdictions.isWithin(user.jurisdictionCode(), before.streetCode()))
        .orElseThrow(() -> ApiException.invalid(List.of(FieldViolation.of("cadre",
            assignment.cadre() == null || assignment.cadre().isBlank() ? "REQUIRED" : "NOT_A_CADRE"))));
    if (before.cadre() != null && before.cadre().cadre().equals(cadre.username())) {
      return before;
    }
    // Serialises assignments to one cadre, so two concurrent pairings cannot both take the last place.
    jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))::text", String.class, "cadre:" + cadre.username());
    int max = maxHouseholdsPerCadre(cadre);
    int held = householdsOf(cadre.username());
    if (held >= max) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "CADRE_FULL",
          List.of(FieldViolation.of("cadre", "CADRE_FULL")), Map.of("max", max, "households", held), max);
    }
    Instant now = clock.instant();
    String actor = DataScope.actor();
    jdbc.update("""
        update cadre_pairings set ended_at = ?, ended_by = ?, end_reason = ?
        where household_id = ? and ended_at is null""", Timestamp.from(now), actor, orBlank(assignment.reason()),
        before.householdId());
    jdbc.update("""
        insert into cadre_pairings (household_id, cadre, assigned_by, assigned_at) values (?, ?, ?, ?)""",
        before.householdId(), cadre.username(), actor, Timestamp.from(now));
    jdbc.update("update assistance_plans set version = version + 1, updated_by = ?, updated_at = ? where id = ?",
        actor, Timestamp.from(now), planId);
    Plan after = snapshot(planId, actor, now);
    audit.record(AuditLog.Entry.of("PLAN_CADRE_ASSIGNED", "assistance_plan", planId).inCase(after.caseNumber())
        .in(after.streetCode()).change(before.cadre(), Map.of("cadre", after.cadre(),
            "reason", orBlank(assignment.reason()))));
    return after;
  }

  /**
   * Records where a measure stands; a delivered or failed measure needs its evidence note.
   *
   * @throws ApiException 409 {@code MEASURE_CLOSED} when it is already done or not done
   */
  public Plan recordOutcome(long planId, long measureId, MeasureOutcome outcome) {
    Plan plan = require(planId);
    PlanViews.Measure measure = plan.measures().stream().filter(m -> m.id() == measureId).findFirst()
        .orElseThrow(() -> ApiException.notFound("MEASURE_NOT_FOUND"));
    Violations violations = new Violations();
    if (outcome.status() == null) {
      violations.add("status", "REQUIRED");
    } else if (outcome.status().isFinal() && (outcome.evidenceNote() == null || outcome.evidenceNote().isBlank())) {
      violations.add("evidenceNote", "REQUIRED");
    }
    violations.throwIfAny();
    if (measure.status().isFinal()) {
      throw ApiException.conflict("MEASURE_CLOSED", Map.of("status", measure.status()));
    }
    jdbc.update("update plan_measures set status = ?, evidence_note = ? where id = ?", outcome.status().name(),
        outcome.evidenceNote(), measureId);
    audit.record(AuditLog.Entry.of("PLAN_MEASURE_" + outcome.status().name(), "plan_measure", measureId)
        .inCase(plan.caseNumber()).in(plan.streetCode()).change(measure.status(), outcome));
    return require(planId);
  }

  /** Activates the plan from its current (signed) version on; again for the same version changes nothing. */
  void activate(long planId) {
    Plan plan = require(planId);
    int updated = jdbc.update("""
        update assistance_plans set status = 'ACTIVE', active_version = version
        where id = ? and active_version is distinct from version""", planId);
    if (updated > 0) {
      audit.record(AuditLog.Entry.of("PLAN_ACTIVATED", "assistance_plan", planId).inCase(plan.caseNumber())
          .in(plan.streetCode()).change(null, Map.of("version", plan.version())));
    }
  }

  /** The plan's measures another department must deliver, in a stable order (the referral index). */
  List<PlanViews.Measure> referrals(long planId) {
    return require(planId).measures().stream()
        .filter(m -> catalogue.find(m.measureCode()).map(MeasureCatalogue.Measure::needsReferral).orElse(true))
        .toList();
  }

  /** Marks a planned measure as referred (转办); a replay or a measure further on changes nothing. */
  void markReferred(long measureId) {
    jdbc.update("update plan_measures set status = 'REFERRED' where id = ? and status = 'PLANNED'", measureId);
  }

  /** Closes a referred measure with its outcome; a closed measure keeps its first outcome (replays). */
  void closeReferral(long planId, long measureId, boolean delivered, String evidenceNote) {
    Plan plan = require(planId);
    int updated = jdbc.update("""
        update plan_measures set status = ?, evidence_note = ? where id = ? and plan_id = ?
          and status in ('PLANNED', 'REFERRED')""", delivered ? "DONE" : "NOT_DONE", evidenceNote, measureId,
        planId);
    if (updated > 0) {
      audit.record(AuditLog.Entry.of("PLAN_MEASURE_" + (delivered ? "DONE" : "NOT_DONE"), "plan_measure", measureId)
          .inCase(plan.caseNumber()).in(plan.streetCode()).change(null, evidenceNote));
    }
  }

  /** The plan, if the caller's jurisdiction covers its street; otherwise 404 {@code PLAN_NOT_FOUND}. */
  @Transactional(readOnly = true)
  public Plan require(long planId) {
    boolean visible = jdbc.queryForList("select street_code from assistance_plans where id = ?", String.class, planId)
        .stream().anyMatch(scope::covers);
    return (visible ? find(planId) : Optional.<Plan>empty())
        .orElseThrow(() -> ApiException.notFound("PLAN_NOT_FOUND"));
  }

  /** The household's plan (404 {@code PLAN_NOT_FOUND} when it has none or lies outside the caller's scope). */
  @Transactional(readOnly = true)
  public Plan ofHousehold(long householdId) {
    households.require(householdId);
    return planIdOf(householdId).map(this::require).orElseThrow(() -> ApiException.notFound("PLAN_NOT_FOUND"));
  }

  /** The plan of the household of a case, if it has one (workers, the agreement process). */
  @Transactional(readOnly = true)
  public Optional<Plan> ofCase(String caseNumber) {
    return planIdOf(cases.require(caseNumber).householdId()).flatMap(this::find);
  }

  /** Every version of the plan, newest first. */
  @Transactional(readOnly = true)
  public List<PlanViews.Version> versions(long planId) {
    require(planId);
    return jdbc.query("""
        select version, content, changed_by, changed_at from assistance_plan_versions where plan_id = ?
        order by version desc""", (rs, i) -> new PlanViews.Version(rs.getInt(1), fromJson(rs.getString(2), OBJECT),
        rs.getString(3), rs.getTimestamp(4).toInstant()), planId);
  }

  /** The plan as it was at {@code version}. */
  @Transactional(readOnly = true)
  public Plan version(long planId, int version) {
    require(planId);
    return jdbc.query("select content from assistance_plan_versions where plan_id = ? and version = ?",
        (rs, i) -> fromJson(rs.getString(1), Plan.class), planId, version).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound("PLAN_NOT_FOUND"));
  }

  /** The households a cadre holds now (in the caller's scope) and their 1+N limit. */
  @Transactional(readOnly = true)
  public CadreLoad load(String username) {
    AppUser cadre = users.find(username).filter(user -> user.has(Role.GRID_CADRE))
        .filter(user -> scope.covers(user.jurisdictionCode()))
        .orElseThrow(() -> ApiException.notFound("CADRE_NOT_FOUND"));
    List<PairedHousehold> pairings = jdbc.query("""
        select p.household_id, a.id, a.case_number, p.assigned_at, h.community_code, a.created_at
        from cadre_pairings p join households h on h.id = p.household_id
        left join assistance_plans a on a.household_id = p.household_id
        where p.cadre = ? and p.ended_at is null order by p.assigned_at""",
        (rs, i) -> new PairedHousehold(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), visits.status(rs.getLong(1), rs.getString(5),
                day(rs.getTimestamp(6) != null ? rs.getTimestamp(6) : rs.getTimestamp(4)))), username);
    return new CadreLoad(username, pairings.size(), maxHouseholdsPerCadre(cadre), pairings);
  }

  /** Every grid cadre in the caller's scope with their households and limit (the pairing screen). */
  @Transactional(readOnly = true)
  public List<CadreLoad> loads() {
    return users.all().stream().filter(user -> user.has(Role.GRID_CADRE))
        .filter(user -> scope.covers(user.jurisdictionCode()))
        .sorted(java.util.Comparator.comparing(AppUser::username)).map(user -> load(user.username())).toList();
  }

  private int maxHouseholdsPerCadre(AppUser cadre) {
    return policy.snapshot(cadre.jurisdictionCode(), LocalDate.now(clock))
        .integer(PolicyCatalogue.AGREEMENT_MAX_HOUSEHOLDS_PER_CADRE);
  }

  private int householdsOf(String cadre) {
    Integer count = jdbc.queryForObject("select count(*) from cadre_pairings where cadre = ? and ended_at is null",
        Integer.class, cadre);
    return count == null ? 0 : count;
  }

  private Plan lockForChange(long planId) {
    require(planId);
    jdbc.queryForObject("select id from assistance_plans where id = ? for update", Long.class, planId);
    return require(planId);
  }

  private void check(Household household, List<String> goals, LocalDate reviewOn, List<MeasureInput> measures) {
    Violations violations = new Violations();
    if (goals == null || goals.isEmpty() || goals.stream().anyMatch(g -> g == null || g.isBlank())) {
      violations.add("goals", "REQUIRED");
    }
    if (reviewOn == null) {
      violations.add("reviewOn", "REQUIRED");
    }
    if (measures == null || measures.isEmpty()) {
      violations.add("measures", "REQUIRED");
    } else {
      Set<Long> members = new HashSet<>(household.activeMembers().stream().map(HouseholdMember::id).toList());
      for (int i = 0; i < measures.size(); i++) {
        MeasureInput measure = measures.get(i);
        if (catalogue.find(measure.measureCode()).isEmpty()) {
          violations.add("measures[" + i + "].measureCode",
              measure.measureCode() == null ? "REQUIRED" : "UNKNOWN_MEASURE");
        }
        if (measure.memberId() != null && !members.contains(measure.memberId())) {
          violations.add("measures[" + i + "].memberId", "UNKNOWN_MEMBER");
        }
      }
    }
    violations.throwIfAny();
  }

  private void replaceMeasures(long planId, List<MeasureInput> measures) {
    List<Long> kept = measures.stream().map(MeasureInput::id).filter(id -> id != null).toList();
    jdbc.update("delete from plan_measures where plan_id = ?" + (kept.isEmpty() ? ""
        : " and id not in (" + String.join(",", kept.stream().map(String::valueOf).toList()) + ")"), planId);
    LocalDate today = LocalDate.now(clock);
    for (MeasureInput input : measures) {
      MeasureCatalogue.Measure measure = catalogue.find(input.measureCode()).orElseThrow();
      LocalDate due = input.dueOn() != null ? input.dueOn() : today.plusDays(measure.deadlineDays());
      String details = toJson(input.details() == null ? Map.of() : input.details());
      if (input.id() == null) {
        jdbc.update("""
            insert into plan_measures (plan_id, member_id, measure_code, help_kind, department, due_on, status, details)
            values (?, ?, ?, ?, ?, ?, 'PLANNED', cast(? as jsonb))""", planId, input.memberId(), measure.code(),
            measure.kind().name(), measure.department(), Date.valueOf(due), details);
      } else {
        jdbc.update("""
            update plan_measures set member_id = ?, measure_code = ?, help_kind = ?, department = ?, due_on = ?,
              details = cast(? as jsonb) where id = ? and plan_id = ?""", input.memberId(), measure.code(),
            measure.kind().name(), measure.department(), Date.valueOf(due), details, input.id(), planId);
      }
    }
  }

  /** Stores the current state as its version. */
  private Plan snapshot(long planId, String actor, Instant at) {
    Plan plan = find(planId).orElseThrow();
    jdbc.update("""
        insert into assistance_plan_versions (plan_id, version, content, changed_by, changed_at)
        values (?, ?, cast(? as jsonb), ?, ?)""", planId, plan.version(), toJson(plan), actor, Timestamp.from(at));
    return plan;
  }

  private Optional<Long> planIdOf(long householdId) {
    return jdbc.queryForList("select id from assistance_plans where household_id = ?", Long.class, householdId)
        .stream().findFirst();
  }

  private Optional<Plan> find(long planId) {
    return jdbc.query("select * from assistance_plans where id = ?", (rs, i) -> plan(rs), planId).stream()
        .findFirst();
  }

  private Plan plan(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    long householdId = rs.getLong("household_id");
    Household household = households.require(householdId);
    List<Pairing> pairings = jdbc.query("""
        select id, cadre, assigned_by, assigned_at, ended_at, ended_by, end_reason from cadre_pairings
        where household_id = ? order by assigned_at desc, id desc""", (r, i) -> new Pairing(r.getLong(1),
        r.getString(2), r.getString(3), r.getTimestamp(4).toInstant(), instant(r.getTimestamp(5)), r.getString(6),
        r.getString(7)), householdId);
    Pairing current = pairings.stream().filter(p -> p.endedAt() == null).findFirst().orElse(null);
    return new Plan(id, householdId, rs.getString("case_number"), rs.getString("street_code"), rs.getInt("version"),
        fromJson(rs.getString("goals"), STRINGS), fromJson(rs.getString("obligations"), STRINGS),
        rs.getDate("review_on").toLocalDate(), rs.getString("catalogue_version"), measures(id, household), current,
        pairings, rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
        visits.status(householdId, household.communityCode(), day(rs.getTimestamp("created_at"))));
  }

  private List<PlanViews.Measure> measures(long planId, Household household) {
    return jdbc.query("""
        select id, member_id, measure_code, help_kind, department, due_on, status, evidence_note, details
        from plan_measures where plan_id = ? order by id""", (rs, i) -> {
      Long memberId = (Long) rs.getObject(2);
      String code = rs.getString(3);
      Optional<MeasureCatalogue.Measure> known = catalogue.find(code);
      String department = rs.getString(5);
      return new PlanViews.Measure(rs.getLong(1), memberId,
          memberId == null ? null : household.member(memberId).map(HouseholdMember::name).orElse(null), code,
          known.map(MeasureCatalogue.Measure::name).orElse(code), HelpKind.valueOf(rs.getString(4)), department,
          catalogue.catalogue().departments().getOrDefault(department, department), rs.getDate(6).toLocalDate(),
          MeasureStatus.valueOf(rs.getString(7)), rs.getString(8), fromJson(rs.getString(9), OBJECT));
    }, planId);
  }

  private LocalDate day(Timestamp timestamp) {
    return timestamp.toInstant().atZone(clock.getZone()).toLocalDate();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static String orBlank(String value) {
    return value == null ? "" : value;
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T fromJson(String value, TypeReference<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T fromJson(String value, Class<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
