package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-step working-day limits behind task due dates ({@code step_slas}, read by {@link StepDeadlines}), listed
 * and extended like policy parameters: a new limit applies from its date, older rows stay. The steps of
 * {@link StepsLimitedByParameters} are limited by their policy parameter, not here.
 */
@Service
public class StepLimits {

  private static final Map<String, String> SORTABLE = Map.of("id", "id", "jurisdictionCode", "jurisdiction_code",
      "processKey", "process_key", "stepId", "step_id", "effectiveFrom", "effective_from");

  private final JdbcTemplate jdbc;
  private final Jurisdictions jurisdictions;
  private final StepDeadlines deadlines;
  private final AuditLog audit;
  private final Clock clock;

  StepLimits(JdbcTemplate jdbc, Jurisdictions jurisdictions, StepDeadlines deadlines, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.jurisdictions = jurisdictions;
    this.deadlines = deadlines;
    this.audit = audit;
    this.clock = clock;
  }

  /** One limit; {@code reason} and {@code createdBy} are null for shipped seed rows. */
  public record StepLimit(long id, String jurisdictionCode, String processKey, String stepId, int workingDays,
      LocalDate effectiveFrom, String reason, String createdBy) {}

  public record NewStepLimit(String jurisdictionCode, String processKey, String stepId, Integer workingDays,
      LocalDate effectiveFrom, String reason) {}

  static Set<String> sortFields() {
    return SORTABLE.keySet();
  }

  /** Filters {@code jurisdictionCode}, {@code processKey}, {@code stepId} (exact). */
  @Transactional(readOnly = true)
  public Page<StepLimit> rows(ListQuery query) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> arguments = new ArrayList<>();
    for (String[] column : new String[][] {{"jurisdictionCode", "jurisdiction_code"}, {"processKey", "process_key"},
        {"stepId", "step_id"}}) {
      String value = query.text(column[0]);
      if (value != null) {
        where.append(" and ").append(column[1]).append(" = ?");
        arguments.add(value);
      }
    }
    Long total = jdbc.queryForObject("select count(*) from step_slas" + where, Long.class, arguments.toArray());
    List<String> order = new ArrayList<>();
    query.pageable().getSort().forEach(o -> order.add(SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc"
        : " desc")));
    order.add("id desc");
    arguments.add(query.pageable().getPageSize());
    arguments.add(query.pageable().getOffset());
    List<StepLimit> rows = jdbc.query("select * from step_slas" + where + " order by " + String.join(", ", order)
        + " limit ? offset ?", StepLimits::row, arguments.toArray());
    return new PageImpl<>(rows, query.pageable(), total == null ? 0 : total);
  }

  /**
   * Adds a limit from a date on; one per node, step and day ({@code effectiveFrom} {@code ALREADY_SET}). A step
   * limited by a policy parameter ({@link StepsLimitedByParameters}) is refused: {@code stepId}
   * {@code SET_AS_POLICY_PARAMETER}, with a message naming the parameter.
   */
  @Transactional
  public StepLimit set(NewStepLimit change) {
    Violations violations = new Violations();
    if (blank(change.jurisdictionCode())) {
      violations.add("jurisdictionCode", "REQUIRED");
    } else if (jurisdictions.find(change.jurisdictionCode()).isEmpty()) {
      violations.add("jurisdictionCode", "UNKNOWN_JURISDICTION");
    }
    if (blank(change.processKey())) {
      violations.add("processKey", "REQUIRED");
    }
    Optional<ParameterDefinition> parameter = StepsLimitedByParameters.parameterFor(change.processKey(),
        change.stepId());
    if (blank(change.stepId())) {
      violations.add("stepId", "REQUIRED");
    }
    if (change.workingDays() == null) {
      violations.add("workingDays", "REQUIRED");
    } else if (change.workingDays() < 0 || change.workingDays() > 365) {
      violations.add("workingDays", "OUT_OF_RANGE");
    }
    if (change.effectiveFrom() == null) {
      violations.add("effectiveFrom", "REQUIRED");
    }
    if (blank(change.reason())) {
      violations.add("reason", "REQUIRED");
    } else if (change.reason().trim().length() > 500) {
      violations.add("reason", "SIZE");
    }
    if (violations.isEmpty() && parameter.isEmpty() && Boolean.TRUE.equals(jdbc.queryForObject("""
        select exists (select 1 from step_slas where jurisdiction_code = ? and process_key = ? and step_id = ?
          and effective_from = ?)""", Boolean.class, change.jurisdictionCode(), change.processKey(),
        change.stepId(), change.effectiveFrom()))) {
      violations.add("effectiveFrom", "ALREADY_SET");
    }
    if (parameter.isPresent()) {
      // Everything at once: the other problems of the form and where this step's limit is set instead.
      List<FieldViolation> all = new ArrayList<>(violations.list());
      all.add(new FieldViolation("stepId", "SET_AS_POLICY_PARAMETER", "该步骤时限由政策参数“"
          + parameter.get().labelZh() + "”（" + parameter.get().code() + "）设定"));
      throw ApiException.invalid(all);
    }
    violations.throwIfAny();

    Integer before = deadlines.workingDaysFor(change.processKey(), change.stepId(), change.jurisdictionCode(),
        change.effectiveFrom()).orElse(null);
    Long id = jdbc.queryForObject("""
        insert into step_slas (jurisdiction_code, process_key, step_id, working_days, effective_from, reason,
          created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
        change.jurisdictionCode(), change.processKey(), change.stepId(), change.workingDays(),
        change.effectiveFrom(), change.reason().trim(), DataScope.actor(), Timestamp.from(clock.instant()));
    StepLimit row = jdbc.queryForObject("select * from step_slas where id = ?", StepLimits::row, id);
    audit.record(AuditLog.Entry.of("STEP_SLA_SET", "step-sla", id).in(change.jurisdictionCode())
        .change(before == null ? null : Map.of("workingDays", before), row));
    return row;
  }

  private static StepLimit row(ResultSet rs, int i) throws SQLException {
    return new StepLimit(rs.getLong("id"), rs.getString("jurisdiction_code"), rs.getString("process_key"),
        rs.getString("step_id"), rs.getInt("working_days"), rs.getObject("effective_from", LocalDate.class),
        rs.getString("reason"), rs.getString("created_by"));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
