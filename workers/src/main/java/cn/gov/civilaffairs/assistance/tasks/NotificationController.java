package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reminders and escalations for the user's groups, newest first, with whether this user has read them. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  NotificationController(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Notification(long id, String kind, String recipient, String taskId, String caseNumber, String step,
      Instant due, Instant createdAt, boolean read) {}

  @GetMapping
  List<Notification> mine(@AuthenticationPrincipal AppUser user) {
    List<String> groups = user.candidateGroups();
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(user.username());
    arguments.addAll(groups);
    return jdbc.query("""
        select n.id, n.kind, n.recipient, n.task_id, n.case_number, n.step, n.due, n.created_at,
          r.notification_id is not null
        from notifications n left join notification_reads r on r.notification_id = n.id and r.username = ?
        where n.recipient in (%s) order by n.created_at desc, n.id desc limit 200"""
        .formatted(String.join(",", groups.stream().map(g -> "?").toList())),
        (rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
            rs.getTimestamp(8).toInstant(), rs.getBoolean(9)),
        arguments.toArray());
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> read(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
    boolean mine = mine(user).stream().anyMatch(n -> n.id() == id);
    if (!mine) {
      throw ApiException.notFound("NOT_FOUND");
    }
    jdbc.update("insert into notification_reads (notification_id, username, read_at) values (?, ?, ?) "
        + "on conflict do nothing", id, user.username(), Timestamp.from(clock.instant()));
    return ResponseEntity.noContent().build();
  }
}
