package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
   * {@code caseNumber}, {@code householdId}, {@code category}, {@code overdue}, {@code dueSoon}. Sort by
   * {@code due}, {@code created} or {@code priority}.
   */
  @GetMapping
  ResponseEntity<List<TaskWork.TaskView>> list(@AuthenticationPrincipal AppUser user,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, Set.of("due", "created", "priority"),
        Sort.by("created"));
    TaskWork.Inbox inbox = null;
    if (query.text("inbox") != null) {
      try {
        inbox = TaskWork.Inbox.valueOf(query.text("inbox"));
      } catch (IllegalArgumentException e) {
        new Violations().add("filter.inbox", "INVALID_VALUE").throwIfAny();
      }
    }
    Long householdId = null;
    if (query.text("householdId") != null) {
      try {
        householdId = Long.valueOf(query.text("householdId"));
      } catch (NumberFormatException e) {
        new Violations().add("filter.householdId", "INVALID_VALUE").throwIfAny();
      }
    }
    TaskWork.Filter taskFilter = new TaskWork.Filter(inbox, query.text("step"), query.text("processKey"),
        query.text("caseNumber"), householdId, query.text("category"), "true".equals(query.text("overdue")),
        "true".equals(query.text("dueSoon")));
    return ListResponse.of("tasks", work.list(user, taskFilter, query.pageable()));
  }

  @GetMapping("/{taskId}")
  TaskWork.TaskView show(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return work.show(user, taskId);
  }

  record Comment(@NotBlank @Size(max = 1000) String text) {}

  record UserRef(@NotBlank String username) {}

  record FollowUp(@NotNull @FutureOrPresent LocalDate day) {}

  /** A comment on the task, kept on the case timeline. */
  @PostMapping("/{taskId}/comments")
  ResponseEntity<Void> comment(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody Comment comment) {
    work.comment(user, taskId, comment.text());
    return ResponseEntity.noContent().build();
  }

  /** A head gives the task to another user of its groups. */
  @PostMapping("/{taskId}/reassign")
  TaskWork.TaskView reassign(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody UserRef target) {
    return work.reassign(user, taskId, target.username());
  }

  /** The assignee asks a colleague to do part of the task; it comes back with {@code /return}. */
  @PostMapping("/{taskId}/delegate")
  TaskWork.TaskView delegate(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody UserRef target) {
    return work.delegate(user, taskId, target.username());
  }

  @PostMapping("/{taskId}/return")
  TaskWork.TaskView giveBack(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return work.returnDelegated(user, taskId);
  }

  @PutMapping("/{taskId}/follow-up")
  TaskWork.TaskView followUp(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody FollowUp followUp) {
    return work.followUp(user, taskId, followUp.day());
  }

  /** The form-js schema of the task's step; 404 when the step has no form. */
  @GetMapping("/{taskId}/form")
  JsonNode form(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return work.form(user, taskId).orElseThrow(() -> ApiException.notFound(
        "FORM_NOT_FOUND"));
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
