package cn.gov.civilaffairs.assistance.audit;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the audit log ({@code admin}, {@code county-auditor}). A county auditor sees entries of their subtree;
 * there is no way to change or delete an entry.
 */
@RestController
class AuditController {

  private final JdbcTemplate jdbc;
  private final DataScope scope;
  private final ObjectMapper json;
  private final ZoneId zone;

  AuditController(JdbcTemplate jdbc, DataScope scope, ObjectMapper json, @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.json = json;
    this.zone = zone;
  }

  record AuditEvent(long id, Instant occurredAt, String username, String ip, String action, String entityType,
      String entityId, String caseNumber, String jurisdictionCode, JsonNode before, JsonNode after) {}

  /** Filters: {@code username}, {@code action}, {@code entityType}, {@code caseNumber}, {@code from}, {@code to}. */
  @GetMapping("/api/audit")
  ResponseEntity<List<AuditEvent>> list(
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, Set.of("occurredAt"),
        Sort.by(Sort.Direction.DESC, "occurredAt"));
    StringBuilder where = new StringBuilder(" where true");
    List<Object> arguments = new ArrayList<>();
    for (String[] column : new String[][] {{"username", "username"}, {"action", "action"},
        {"entityType", "entity_type"}, {"caseNumber", "case_number"}, {"entityId", "entity_id"}}) {
      String value = query.text(column[0]);
      if (value != null) {
        where.append(" and ").append(column[1]).append(" = ?");
        arguments.add(value);
      }
    }
    day(query.text("from"), "filter.from").ifPresent(from -> {
      where.append(" and occurred_at >= ?");
      arguments.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
    });
    day(query.text("to"), "filter.to").ifPresent(to -> {
      where.append(" and occurred_at < ?");
      arguments.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
    });
    scope.pathPrefix().ifPresent(prefix -> {
      // Rows of no jurisdiction (a failed sign-in of an unknown user, a deployment, an engine call) belong to the
      // whole city: the root of the tree sees them, every lower node only its subtree.
      where.append(" and (jurisdiction_code in (select code from jurisdictions where path like ?)"
          + " or (jurisdiction_code is null and exists (select 1 from jurisdictions where path = ?"
          + " and parent_code is null)))");
      arguments.add(prefix + "%");
      arguments.add(prefix);
    });
    String direction = query.pageable().getSort().getOrderFor("occurredAt") != null
        && query.pageable().getSort().getOrderFor("occurredAt").isAscending() ? "asc" : "desc";
    Long total = jdbc.queryForObject("select count(*) from audit_events" + where, Long.class, arguments.toArray());
    List<Object> paged = new ArrayList<>(arguments);
    paged.add(query.pageable().getPageSize());
    paged.add(query.pageable().getOffset());
    List<AuditEvent> rows = jdbc.query("""
        select id, occurred_at, username, ip, action, entity_type, entity_id, case_number, jurisdiction_code,
          before::text, after::text from audit_events""" + where + " order by occurred_at " + direction
            + ", id " + direction + " limit ? offset ?",
        (rs, i) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
            read(rs.getString(10)), read(rs.getString(11))),
        paged.toArray());
    return ListResponse.of("audit", new PageImpl<>(rows, query.pageable(), total == null ? 0 : total));
  }

  private JsonNode read(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (Exception e) {
      return null;
    }
  }

  private static java.util.Optional<LocalDate> day(String value, String field) {
    if (value == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(List.of(FieldViolation.of(field, "INVALID_VALUE")));
    }
  }
}
