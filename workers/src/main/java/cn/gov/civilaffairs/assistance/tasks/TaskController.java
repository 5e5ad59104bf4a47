package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
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

  /** Tasks assigned to the user or offered to one of their groups, oldest first. */
  @GetMapping
  ResponseEntity<List<TaskWork.TaskView>> list(@AuthenticationPrincipal AppUser user,
      @RequestParam(required = false) String range) {
    ListQuery query = ListQuery.parse(null, range, null, Set.of(), Sort.unsorted());
    return ListResponse.of("tasks", work.mine(user, query.pageable()));
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
