package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final TaskWork work;

  TaskController(TaskWork work) {
    this.work = work;
  }

  /**
   * The inbox. {@code filter}: {@code inbox} = MINE | GROUP (unassigned tasks of my groups) | ALL (everything in
   * my jurisdiction, for heads); without it, mine and my groups' together. Also {@code step}, {@code processKey},
   * {@code caseNumber}, {@code overdue}, {@code dueSoon}. Sort by {@code due} or {@code created}.
   */
  @GetMapping
  ResponseEntity<List<TaskWork.TaskView>> list(@AuthenticationPrincipal AppUser user,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, Set.of("due", "created"), Sort.by("created"));
    TaskWork.Inbox inbox = null;
    if (query.text("inbox") != null) {
      try {
        inbox = TaskWork.Inbox.valueOf(query.text("inbox"));
      } catch (IllegalArgumentException e) {
        new Violations().add("filter.inbox", "INVALID_VALUE").throwIfAny();
      }
    }
    TaskWork.Filter taskFilter = new TaskWork.Filter(inbox, query.text("step"), query.text("processKey"),
        query.text("caseNumber"), "true".equals(query.text("overdue")), "true".equals(query.text("dueSoon")));
    return ListResponse.of("tasks", work.list(user, taskFilter, query.pageable()));
  }

  @GetMapping("/{taskId}")
  TaskWork.TaskView show(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return work.show(user, taskId);
  }

  @PostMapping("/{taskId}/unclaim")
  TaskWork.TaskView unclaim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return work.unclaim(user, taskId);
  }

  @PostMapping("/{taskId}/claim")
  TaskWork.TaskView claim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return work.claim(user, taskId);
  }

  @PostMapping("/{taskId}/complete")
  ResponseEntity<Void> complete(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @RequestBody(required = false) Map<String, Object> variables) {
    work.complete(user, taskId, variables == null ? Map.of() : variables);
    return ResponseEntity.noContent().build();
  }
}
