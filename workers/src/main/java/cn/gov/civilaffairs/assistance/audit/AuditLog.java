package cn.gov.civilaffairs.assistance.audit;

import cn.gov.civilaffairs.assistance.identity.DataScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log: who did what to which record, when and from where, with the state before and after.
 * Written in the caller's transaction, so a change and its audit entry commit or roll back together.
 */
@Service
public class AuditLog {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  AuditLog(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** What happened to which record; {@code before} and {@code after} are serialised to JSON (may be null). */
  public record Entry(String action, String entityType, Object entityId, String caseNumber,
      String jurisdictionCode, Object before, Object after) {

    public static Entry of(String action, String entityType, Object entityId) {
      return new Entry(action, entityType, entityId, null, null, null, null);
    }

    public Entry inCase(String caseNumber) {
      return new Entry(action, entityType, entityId, caseNumber, jurisdictionCode, before, after);
    }

    public Entry in(String jurisdictionCode) {
      return new Entry(action, entityType, entityId, caseNumber, jurisdictionCode, before, after);
    }

    public Entry change(Object before, Object after) {
      return new Entry(action, entityType, entityId, caseNumber, jurisdictionCode, before, after);
    }
  }

  /** Records an entry by the current user (or {@code system}). */
  public void record(Entry entry) {
    recordAs(DataScope.actor(), entry);
  }

  /** Records an entry by a named actor, e.g. the user name typed at a failed login. */
  public void recordAs(String username, Entry entry) {
    jdbc.update("""
        insert into audit_events (occurred_at, username, ip, action, entity_type, entity_id, case_number,
          jurisdiction_code, before, after) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""",
        Timestamp.from(clock.instant()), abbreviate(username, 64), clientAddress(), entry.action(),
        entry.entityType(), entry.entityId() == null ? null : abbreviate(entry.entityId().toString(), 64),
        entry.caseNumber(), entry.jurisdictionCode(), toJson(entry.before()), toJson(entry.after()));
  }

  private String toJson(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot audit " + value.getClass(), e);
    }
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }

  private static String abbreviate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
