package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.ReferralViews.Answer;
import cn.gov.civilaffairs.assistance.agreements.ReferralViews.Referral;
import cn.gov.civilaffairs.assistance.agreements.ReferralViews.Status;
import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Role;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral inbox (转办事项): a department officer sees the open referrals of their department in their
 * jurisdiction subtree and records the department's answer; a caseworker sees every referral of their street and
 * enters a paper reply. Who entered an answer, and as whom, is kept; answering completes the referral's step.
 */
@Service
@Transactional
public class ReferralInbox {

  static final Map<String, String> SORTABLE = Map.of("dueAt", "r.due_at", "referredAt", "r.referred_at",
      "id", "r.id");
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final DepartmentOfficers officers;
  private final MeasureCatalogue catalogue;
  private final TaskService tasks;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;
  private final ZoneId zone;

  ReferralInbox(JdbcTemplate jdbc, DepartmentOfficers officers, MeasureCatalogue catalogue, TaskService tasks,
      AuditLog audit, ObjectMapper json, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.officers = officers;
    this.catalogue = catalogue;
    this.tasks = tasks;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
    this.zone = zone;
  }

  /** Filters {@code status} (OPEN, ANSWERED, CLOSED), {@code department}, {@code caseNumber}, {@code overdue}. */
  @Transactional(readOnly = true)
  public Page<Referral> list(ListQuery query) {
    StringBuilder where = new StringBuilder();
    List<Object> arguments = new ArrayList<>();
    if (!scope(where, arguments)) {
      return new PageImpl<>(List.of(), query.pageable(), 0);
    }
    String status = query.text("status");
    if ("OPEN".equals(status)) {
      where.append(" and r.closed_at is null and r.entered_by is null");
    } else if ("ANSWERED".equals(status)) {
      where.append(" and r.closed_at is null and r.entered_by is not null");
    } else if ("CLOSED".equals(status)) {
      where.append(" and r.closed_at is not null");
    }
    for (String[] column : new String[][] {{"department", "r.department"}, {"caseNumber", "r.case_number"}}) {
      String value = query.text(column[0]);
      if (value != null) {
        where.append(" and ").append(column[1]).append(" = ?");
        arguments.add(value);
      }
    }
    if ("true".equals(query.text("overdue"))) {
      where.append(" and r.closed_at is null and r.entered_by is null and r.due_at < ?");
      arguments.add(Timestamp.from(clock.instant()));
    }
    Long total = jdbc.queryForObject("select count(*) " + FROM + where, Long.class, arguments.toArray());
    List<String> order = new ArrayList<>();
    query.pageable().getSort().forEach(o -> order.add(SORTABLE.get(o.getProperty()) + (o.isAscending()
        ? " asc nulls last" : " desc nulls last")));
    order.add("r.id desc");
    arguments.add(query.pageable().getPageSize());
    arguments.add(query.pageable().getOffset());
    List<Referral> rows = jdbc.query(SELECT + FROM + where + " order by " + String.join(", ", order)
        + " limit ? offset ?", (rs, i) -> referral(rs), arguments.toArray());
    return new PageImpl<>(rows, query.pageable(), total == null ? 0 : total);
  }

  /** A referral the caller may see (404 {@code REFERRAL_NOT_FOUND} otherwise). */
  @Transactional(readOnly = true)
  public Referral require(long referralId) {
    StringBuilder where = new StringBuilder();
    List<Object> arguments = new ArrayList<>();
    Optional<Referral> found = Optional.empty();
    if (scope(where, arguments)) {
      where.append(" and r.id = ?");
      arguments.add(referralId);
      found = jdbc.query(SELECT + FROM + where, (rs, i) -> referral(rs), arguments.toArray()).stream().findFirst();
    }
    return found.orElseThrow(() -> ApiException.notFound("REFERRAL_NOT_FOUND"));
  }

  /**
   * Records the department's answer and completes the referral's feedback step; the answer is kept with who entered
   * it, as the department (a department officer) or as the street (a caseworker entering a paper reply).
   *
   * @throws ApiException 422 field errors; 409 {@code REFERRAL_ANSWERED} when answered already,
   *     {@code REFERRAL_NOT_READY} while it is still being referred
   */
  public Referral answer(long referralId, Answer answer) {
    Referral referral = require(referralId);
    Violations violations = new Violations();
    if (answer == null || answer.delivered() == null) {
      violations.add("delivered", "REQUIRED");
    }
    if (answer == null || answer.note() == null || answer.note().isBlank()) {
      violations.add("note", "REQUIRED");
    } else if (answer.note().length() > 2000) {
      violations.add("note", "SIZE");
    }
    if (answer != null && answer.answeredBy() != null && answer.answeredBy().length() > 100) {
      violations.add("answeredBy", "SIZE");
    }
    if (answer != null && answer.answeredOn() != null && answer.answeredOn().isAfter(today())) {
      violations.add("answeredOn", "DATE_IN_FUTURE");
    }
    violations.throwIfAny();
    if (referral.status() != Status.OPEN) {
      throw ApiException.conflict("REFERRAL_ANSWERED", Map.of("status", referral.status()));
    }
    String processInstanceId = jdbc.queryForObject("select process_instance_id from plan_referrals where id = ?",
        String.class, referralId);
    Task step = processInstanceId == null ? null : tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(AgreementReferrals.FEEDBACK_STEP).singleResult();
    if (step == null) {
      throw ApiException.conflict("REFERRAL_NOT_READY", Map.of());
    }
    AppUser user = DataScope.currentUser().orElseThrow();
    String enteredAs = user.has(Role.DEPARTMENT_OFFICER) && !user.hasAny(Role.CASE_ROLES) ? "DEPARTMENT" : "STREET";
    Instant now = clock.instant();
    int updated = jdbc.update("""
        update plan_referrals set delivered = ?, answer_note = ?, answered_by = ?, answered_on = ?, entered_by = ?,
          entered_as = ?, entered_at = ? where id = ? and entered_by is null and closed_at is null""",
        answer.delivered(), answer.note(), answer.answeredBy(),
        answer.answeredOn() == null ? null : Date.valueOf(answer.answeredOn()), user.username(), enteredAs,
        Timestamp.from(now), referralId);
    if (updated == 0) {
      throw ApiException.conflict("REFERRAL_ANSWERED", Map.of());
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("measureDelivered", answer.delivered() ? "YES" : "NO");
    data.put("feedback", answer.note());
    if (answer.answeredBy() != null) {
      data.put("answeredBy", answer.answeredBy());
    }
    if (answer.answeredOn() != null) {
      data.put("answeredOn", answer.answeredOn().toString());
    }
    try {
      tasks.complete(step.getId(), Map.of("measureDelivered", data.get("measureDelivered")));
    } catch (OptimisticLockingException e) {
      throw ApiException.conflict("REFERRAL_ANSWERED", Map.of());
    }
    // Kept like a completion in the task inbox, so a late completion there is answered as taken.
    jdbc.update("""
        insert into task_completions (task_id, username, case_number, completed_at, step, data)
        values (?, ?, ?, ?, ?, cast(? as jsonb)) on conflict (task_id) do nothing""", step.getId(), user.username(),
        referral.caseNumber(), Timestamp.from(now), AgreementReferrals.FEEDBACK_STEP, toJson(data));
    audit.record(AuditLog.Entry.of("REFERRAL_ANSWERED", "plan_referral", referralId).inCase(referral.caseNumber())
        .in(referral.streetCode()).change(null, Map.of("answer", answer, "enteredAs", enteredAs)));
    return require(referralId);
  }

  /**
   * Restricts to the caller's subtree, and a department officer to their department; false when the caller may see
   * no referral at all (an officer whose department is not set).
   */
  private boolean scope(StringBuilder where, List<Object> arguments) {
    where.append(" where true");
    Optional<AppUser> user = DataScope.currentUser();
    if (user.isEmpty()) {
      return true;
    }
    where.append(" and j.path like ?");
    arguments.add(user.get().scopePath() + "%");
    if (user.get().has(Role.DEPARTMENT_OFFICER) && !user.get().hasAny(Role.CASE_ROLES)) {
      Optional<String> department = officers.departmentOf(user.get().username());
      if (department.isEmpty()) {
        return false;
      }
      where.append(" and r.department = ?");
      arguments.add(department.get());
    }
    return true;
  }

  private static final String SELECT = """
      select r.*, j.name as street_name, m.help_kind, m.details::text as details, member.name as member_name,
        head.name as head_name""";

  private static final String FROM = """
       from plan_referrals r join jurisdictions j on j.code = r.street_code
      left join plan_measures m on m.id = r.measure_id
      left join household_members member on member.id = m.member_id
      left join household_members head on head.household_id = r.household_id and head.relation = 'HEAD'
        and head.active""";

  private Referral referral(ResultSet rs) throws SQLException {
    String department = rs.getString("department");
    String code = rs.getString("measure_code");
    Instant due = instant(rs.getTimestamp("due_at"));
    Status status = rs.getTimestamp("closed_at") != null ? Status.CLOSED
        : rs.getString("entered_by") != null ? Status.ANSWERED : Status.OPEN;
    Date answeredOn = rs.getDate("answered_on");
    String kind = rs.getString("help_kind");
    return new Referral(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("measure_id"),
        rs.getString("case_number"), rs.getLong("household_id"), rs.getString("street_code"),
        rs.getString("street_name"), department,
        catalogue.catalogue().departments().getOrDefault(department, department), code,
        catalogue.find(code).map(MeasureCatalogue.Measure::name).orElse(code),
        kind == null ? null : HelpKind.valueOf(kind), rs.getString("member_name"), rs.getString("head_name"),
        fromJson(rs.getString("details")), instant(rs.getTimestamp("referred_at")), due,
        status == Status.OPEN && due != null && due.isBefore(clock.instant()), status,
        (Boolean) rs.getObject("delivered"), rs.getString("answer_note"), rs.getString("answered_by"),
        answeredOn == null ? null : answeredOn.toLocalDate(), rs.getString("entered_by"),
        rs.getString("entered_as"), instant(rs.getTimestamp("entered_at")));
  }

  private LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private Map<String, Object> fromJson(String value) {
    try {
      return value == null ? Map.of() : json.readValue(value, OBJECT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
