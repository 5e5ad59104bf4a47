package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inbox filters saved on the server: personal, or shared with one of the owner's candidate groups so the whole
 * team sees them. Only the owner deletes a filter.
 */
@RestController
@RequestMapping("/api/task-filters")
class SavedTaskFilters {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  SavedTaskFilters(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  record NewFilter(@NotBlank @Size(max = 50) String name, @NotNull Map<String, Object> filter, String sharedGroup) {}

  record SavedFilter(long id, String owner, String name, JsonNode filter, String sharedGroup, Instant createdAt) {}

  @GetMapping
  List<SavedFilter> mine(@AuthenticationPrincipal AppUser user) {
    List<Object> arguments = new ArrayList<>(List.of(user.username()));
    arguments.addAll(user.candidateGroups());
    String groups = String.join(",", user.candidateGroups().stream().map(g -> "?").toList());
    return jdbc.query("select id, owner, name, filter::text, shared_group, created_at from saved_task_filters "
        + "where owner = ?" + (groups.isEmpty() ? "" : " or shared_group in (" + groups + ")") + " order by name",
        (rs, i) -> new SavedFilter(rs.getLong(1), rs.getString(2), rs.getString(3), read(rs.getString(4)),
            rs.getString(5), rs.getTimestamp(6).toInstant()),
        arguments.toArray());
  }

  @PostMapping
  @Transactional
  ResponseEntity<SavedFilter> save(@AuthenticationPrincipal AppUser user, @Valid @RequestBody NewFilter form)
      throws JsonProcessingException {
    Violations violations = new Violations();
    if (form.sharedGroup() != null && !user.candidateGroups().contains(form.sharedGroup())) {
      violations.add("sharedGroup", "INVALID_VALUE");
    }
    Integer taken = jdbc.queryForObject("select count(*) from saved_task_filters where owner = ? and name = ?",
        Integer.class, user.username(), form.name());
    if (taken != null && taken > 0) {
      violations.add("name", "NAME_TAKEN");
    }
    violations.throwIfAny();
    Instant now = clock.instant();
    Long id = jdbc.queryForObject("""
        insert into saved_task_filters (owner, name, filter, shared_group, created_at)
        values (?, ?, cast(? as jsonb), ?, ?) returning id""", Long.class, user.username(), form.name(),
        json.writeValueAsString(form.filter()), form.sharedGroup(), Timestamp.from(now));
    SavedFilter saved = new SavedFilter(id, user.username(), form.name(), json.valueToTree(form.filter()),
        form.sharedGroup(), now);
    return ResponseEntity.created(URI.create("/api/task-filters/" + id)).body(saved);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
    if (jdbc.update("delete from saved_task_filters where id = ? and owner = ?", id, user.username()) == 0) {
      throw ApiException.notFound("FILTER_NOT_FOUND");
    }
    return ResponseEntity.noContent().build();
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
