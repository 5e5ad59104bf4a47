package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import java.io.IOException;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final TaskInbox inbox;
  private final TaskActions actions;
  private final TaskCompletions completions;

  TaskController(TaskInbox inbox, TaskActions actions, TaskCompletions completions) {
    this.inbox = inbox;
    this.actions = actions;
    this.completions = completions;
  }

  /**
   * The inbox. {@code filter}: {@code inbox} = MINE | GROUP (unassigned tasks of my groups) | ALL (everything in
   * my jurisdiction, for heads); without it, mine and my groups' together. Also {@code step}, {@code processKey},
   * {@code caseNumber}, {@code householdId}, {@code category}, {@code overdue}, {@code dueSoon}. Sort by
   * {@code due}, {@code created} or {@code priority}.
   */
  @GetMapping
  ResponseEntity<List<TaskInbox.TaskView>> list(@AuthenticationPrincipal AppUser user,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, Set.of("due", "created", "priority"),
        Sort.by("created"));
    TaskInbox.Inbox which = null;
    if (query.text("inbox") != null) {
      try {
        which = TaskInbox.Inbox.valueOf(query.text("inbox"));
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
    TaskInbox.Filter taskFilter = new TaskInbox.Filter(which, query.text("step"), query.text("processKey"),
        query.text("caseNumber"), householdId, query.text("category"), "true".equals(query.text("overdue")),
        "true".equals(query.text("dueSoon")));
    return ListResponse.of("tasks", inbox.list(user, taskFilter, query.pageable()));
  }

  @GetMapping("/{taskId}")
  TaskInbox.TaskView show(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return inbox.show(user, taskId);
  }

  record Comment(@NotBlank @Size(max = 1000) String text) {}

  record UserRef(@NotBlank String username) {}

  record FollowUp(@NotNull @FutureOrPresent LocalDate day) {}

  /** A comment on the task, kept on the case timeline. */
  @PostMapping("/{taskId}/comments")
  ResponseEntity<Void> comment(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody Comment comment) {
    actions.comment(user, taskId, comment.text());
    return ResponseEntity.noContent().build();
  }

  /** A head gives the task to another user of its groups. */
  @PostMapping("/{taskId}/reassign")
  TaskInbox.TaskView reassign(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody UserRef target) {
    return actions.reassign(user, taskId, target.username());
  }

  /** The assignee asks a colleague to do part of the task; it comes back with {@code /return}. */
  @PostMapping("/{taskId}/delegate")
  TaskInbox.TaskView delegate(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody UserRef target) {
    return actions.delegate(user, taskId, target.username());
  }

  @PostMapping("/{taskId}/return")
  TaskInbox.TaskView giveBack(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return actions.returnDelegated(user, taskId);
  }

  @PutMapping("/{taskId}/follow-up")
  TaskInbox.TaskView followUp(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @Valid @RequestBody FollowUp followUp) {
    return actions.followUp(user, taskId, followUp.day());
  }

  /** The form-js schema of the task's step; 404 when the step has no form. */
  @GetMapping("/{taskId}/form")
  JsonNode form(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return completions.form(user, taskId).orElseThrow(() -> ApiException.notFound(
        "FORM_NOT_FOUND"));
  }

  /** The users who could take the task (for reassigning and delegating). */
  @GetMapping("/{taskId}/candidates")
  List<TaskInbox.Candidate> candidates(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return inbox.candidates(user, taskId);
  }

  /** The documents of the task's case. */
  @GetMapping("/{taskId}/documents")
  List<HouseholdDocuments.DocumentView> documents(@AuthenticationPrincipal AppUser user,
      @PathVariable String taskId) {
    return actions.documents(user, taskId);
  }

  /** Attaches a document (PDF, JPEG, PNG up to 10 MB) to the task's case; it goes into the household file. */
  @PostMapping(path = "/{taskId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<HouseholdDocuments.DocumentView> attach(@AuthenticationPrincipal AppUser user,
      @PathVariable String taskId, @RequestParam String kind, @RequestPart MultipartFile file) throws IOException {
    return ResponseEntity.status(201).body(actions.attach(user, taskId, kind, file));
  }

  @PostMapping("/{taskId}/unclaim")
  TaskInbox.TaskView unclaim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return actions.unclaim(user, taskId);
  }

  @PostMapping("/{taskId}/claim")
  TaskInbox.TaskView claim(@AuthenticationPrincipal AppUser user, @PathVariable String taskId) {
    return actions.claim(user, taskId);
  }

  @PostMapping("/{taskId}/complete")
  ResponseEntity<Void> complete(@AuthenticationPrincipal AppUser user, @PathVariable String taskId,
      @RequestBody(required = false) Map<String, Object> variables) {
    completions.complete(user, taskId, variables == null ? Map.of() : variables);
    return ResponseEntity.noContent().build();
  }
}
