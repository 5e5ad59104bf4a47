package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local policy parameters, effective-dated per jurisdiction. A value set at a node applies to its whole subtree
 * unless a node further down sets its own; among the rows of one node the newest already in force wins (the later
 * row when two start on the same day). Rows are only ever added.
 */
@Service
public class PolicyParameters {

  private static final Map<String, String> SORTABLE = Map.of("id", "id", "code", "code", "jurisdictionCode",
      "jurisdiction_code", "effectiveFrom", "effective_from", "createdAt", "created_at");

  private static final int MAX_SNAPSHOTS = 10_000;

  private final JdbcTemplate jdbc;
  private final Jurisdictions jurisdictions;
  private final Map<SnapshotKey, PolicySnapshot> snapshots = new ConcurrentHashMap<>();
  private final AuditLog audit;
  private final Clock clock;

  PolicyParameters(JdbcTemplate jdbc, Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.jurisdictions = jurisdictions;
    this.audit = audit;
    this.clock = clock;
  }

  private record SnapshotKey(String jurisdictionCode, LocalDate day, long newestRow) {}

  /** One stored value. */
  public record ParameterRow(long id, String jurisdictionCode, String code, String value, LocalDate effectiveFrom,
      String reason, String createdBy, Instant createdAt) {}

  /** A new value of {@code code} for {@code jurisdictionCode} and its subtree from {@code effectiveFrom} on. */
  public record NewValue(String jurisdictionCode, String code, String value, LocalDate effectiveFrom,
      String reason) {}

  public List<ParameterDefinition> catalogue() {
    return PolicyCatalogue.all();
  }

  /**
   * The values in force in {@code jurisdictionCode} on {@code day}: for each parameter the nearest node up the
   * tree with a row in force, else the catalogue default.
   *
   * @throws ApiException 404 {@code JURISDICTION_NOT_FOUND} for an unknown jurisdiction
   */
  @Transactional(readOnly = true)
  public PolicySnapshot snapshot(String jurisdictionCode, LocalDate day) {
    // Rows are only ever added (the table refuses updates and deletes), so the newest id tells whether a snapshot
    // made earlier is still what the rows say; every automated review step asks, a query of one index entry.
    Long newest = jdbc.queryForObject("select max(id) from policy_parameters", Long.class);
    SnapshotKey key = new SnapshotKey(jurisdictionCode, day, newest == null ? 0 : newest);
    PolicySnapshot known = snapshots.get(key);
    if (known != null) {
      return known;
    }
    PolicySnapshot made = read(jurisdictionCode, day);
    if (snapshots.size() >= MAX_SNAPSHOTS) {
      snapshots.clear();
    }
    snapshots.put(key, made);
    return made;
  }

  private PolicySnapshot read(String jurisdictionCode, LocalDate day) {
    List<String> chain = chainUp(jurisdictionCode);
    Map<String, Integer> distance = new HashMap<>();
    for (int i = 0; i < chain.size(); i++) {
      distance.put(chain.get(i), i);
    }
    Comparator<ParameterRow> preferred = Comparator
        .<ParameterRow>comparingInt(row -> distance.get(row.jurisdictionCode()))
        .thenComparing(ParameterRow::effectiveFrom, Comparator.reverseOrder())
        .thenComparing(ParameterRow::id, Comparator.reverseOrder());
    Map<String, ParameterRow> chosen = new HashMap<>();
    for (ParameterRow row : jdbc.query("select * from policy_parameters where jurisdiction_code in ("
        + String.join(",", chain.stream().map(c -> "?").toList()) + ") and effective_from <= ?",
        PolicyParameters::row, concat(chain, day))) {
      if (PolicyCatalogue.find(row.code()).isPresent()) {
        chosen.merge(row.code(), row, (a, b) -> preferred.compare(a, b) <= 0 ? a : b);
      }
    }
    Map<String, PolicySnapshot.Value> values = new HashMap<>();
    chosen.forEach((code, row) -> values.put(code,
        new PolicySnapshot.Value(code, row.value(), row.id(), row.jurisdictionCode(), row.effectiveFrom())));
    return PolicySnapshot.of(jurisdictionCode, day, values);
  }

  /** Stored rows; filters {@code jurisdictionCode} and {@code code} (exact). */
  @Transactional(readOnly = true)
  public Page<ParameterRow> rows(ListQuery query) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> arguments = new ArrayList<>();
    for (String[] column : new String[][] {{"jurisdictionCode", "jurisdiction_code"}, {"code", "code"}}) {
      String value = query.text(column[0]);
      if (value != null) {
        where.append(" and ").append(column[1]).append(" = ?");
        arguments.add(value);
      }
    }
    Long total = jdbc.queryForObject("select count(*) from policy_parameters" + where, Long.class,
        arguments.toArray());
    List<ParameterRow> rows = jdbc.query("select * from policy_parameters" + where + " order by "
        + orderBy(query.pageable().getSort()) + " limit ? offset ?", PolicyParameters::row,
        concat(arguments, query.pageable().getPageSize(), query.pageable().getOffset()));
    return new PageImpl<>(rows, query.pageable(), total == null ? 0 : total);
  }

  static Set<String> sortFields() {
    return SORTABLE.keySet();
  }

  /**
   * Adds a value, checked against the catalogue (type, bounds, allowed values, the levels that may set it) and
   * audited with the value in force before.
   *
   * @throws ApiException 422 {@code VALIDATION_FAILED} with field errors; nothing is stored then
   */
  @Transactional
  public ParameterRow set(NewValue change) {
    Violations violations = new Violations();
    Optional<Jurisdiction> node = Optional.empty();
    if (blank(change.jurisdictionCode())) {
      violations.add("jurisdictionCode", "REQUIRED");
    } else {
      node = jurisdictions.find(change.jurisdictionCode());
      if (node.isEmpty()) {
        violations.add("jurisdictionCode", "UNKNOWN_JURISDICTION");
      }
    }
    Optional<ParameterDefinition> definition = PolicyCatalogue.find(change.code());
    if (blank(change.code())) {
      violations.add("code", "REQUIRED");
    } else if (definition.isEmpty()) {
      violations.add("code", "UNKNOWN_PARAMETER");
    }
    String value = change.value() == null ? null : change.value().trim();
    if (blank(value)) {
      violations.add("value", "REQUIRED");
    } else if (definition.isPresent()) {
      definition.get().problemWith(value).ifPresent(problem -> violations.add("value", problem));
    }
    if (definition.isPresent() && node.isPresent() && !definition.get().settableAt(node.get().level())) {
      violations.add("jurisdictionCode", "LEVEL_NOT_ALLOWED");
    }
    if (change.effectiveFrom() == null) {
      violations.add("effectiveFrom", "REQUIRED");
    }
    if (blank(change.reason())) {
      violations.add("reason", "REQUIRED");
    } else if (change.reason().trim().length() > 500) {
      violations.add("reason", "SIZE");
    }
    violations.throwIfAny();

    PolicySnapshot.Value before = snapshot(change.jurisdictionCode(), change.effectiveFrom()).values()
        .get(change.code());
    Instant now = clock.instant();
    Long id = jdbc.queryForObject("""
        insert into policy_parameters (jurisdiction_code, code, value, effective_from, reason, created_by, created_at)
        values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, change.jurisdictionCode(), change.code(),
        definition.get().canonical(value), change.effectiveFrom(), change.reason().trim(), DataScope.actor(),
        Timestamp.from(now));
    ParameterRow row = jdbc.queryForObject("select * from policy_parameters where id = ?", PolicyParameters::row,
        id);
    audit.record(AuditLog.Entry.of("POLICY_PARAMETER_SET", "policy-parameter", id).in(change.jurisdictionCode())
        .change(before, row));
    return row;
  }

  /** Stores a shipped default at a node unless that node has a row of the code already. */
  @Transactional
  boolean seedIfAbsent(String jurisdictionCode, String code, String value, LocalDate effectiveFrom, String reason) {
    ParameterDefinition definition = PolicyCatalogue.require(code);
    definition.problemWith(value).ifPresent(problem -> {
      throw new IllegalStateException("Policy seed " + code + "=" + value + ": " + problem);
    });
    return jdbc.update("""
        insert into policy_parameters (jurisdiction_code, code, value, effective_from, reason, created_by, created_at)
        select ?, ?, ?, ?, ?, 'system', ?
        where not exists (select 1 from policy_parameters where jurisdiction_code = ? and code = ?)""",
        jurisdictionCode, code, definition.canonical(value), effectiveFrom, reason, Timestamp.from(clock.instant()),
        jurisdictionCode, code) > 0;
  }

  /**
   * Codes of stored rows the catalogue no longer has (a retired parameter, e.g. {@code tekun.disabilityMaxGrade}):
   * the rows stay as history (the table is append-only) and no snapshot reads them.
   */
  @Transactional(readOnly = true)
  List<String> retiredCodes() {
    return jdbc.queryForList("select distinct code from policy_parameters order by code", String.class).stream()
        .filter(code -> PolicyCatalogue.find(code).isEmpty()).toList();
  }

  private List<String> chainUp(String jurisdictionCode) {
    List<String> chain = new ArrayList<>();
    Optional<Jurisdiction> node = jurisdictions.find(jurisdictionCode);
    if (node.isEmpty()) {
      throw ApiException.notFound("JURISDICTION_NOT_FOUND", jurisdictionCode);
    }
    while (node.isPresent()) {
      chain.add(node.get().code());
      node = jurisdictions.find(node.get().parentCode());
    }
    return chain;
  }

  private static String orderBy(Sort sort) {
    List<String> parts = new ArrayList<>();
    sort.forEach(order -> parts.add(SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc")));
    parts.add("id desc");
    return String.join(", ", parts);
  }

  private static ParameterRow row(ResultSet rs, int i) throws SQLException {
    return new ParameterRow(rs.getLong("id"), rs.getString("jurisdiction_code"), rs.getString("code"),
        rs.getString("value"), rs.getObject("effective_from", LocalDate.class), rs.getString("reason"),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
  }

  private static Object[] concat(List<?> first, Object... more) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all.toArray();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
