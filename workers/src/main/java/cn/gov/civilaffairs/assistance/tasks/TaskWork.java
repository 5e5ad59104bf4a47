package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human steps of the processes: the tasks a user may work (their candidate groups, or assigned to them), claim
 * and completion. Separation of duties: whoever accepted or investigated a case cannot complete one of its
 * approval steps ({@code approval=true}).
 */
@Service
@Transactional
public class TaskWork {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final StepProperties steps;
  private final ApplicationCases cases;
  private final AuditLog audit;

  TaskWork(TaskService tasks, RuntimeService runtime, StepProperties steps, ApplicationCases cases,
      AuditLog audit) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.steps = steps;
    this.cases = cases;
    this.audit = audit;
  }

  public record TaskView(String id, String name, String step, String caseNumber, String assignee,
      Instant created, Instant due) {

    static TaskView of(Task task, String caseNumber) {
      return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), caseNumber,
          task.getAssignee(), task.getCreateTime().toInstant(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
  }

  @Transactional(readOnly = true)
  public Page<TaskView> mine(AppUser user, Pageable page) {
    TaskQuery query = visibleTo(user).initializeFormKeys().orderByTaskCreateTime().asc();
    long total = query.count();
    List<Task> found = query.listPage((int) page.getOffset(), page.getPageSize());
    Map<String, String> caseNumbers = found.isEmpty() ? Map.of() : runtime.createProcessInstanceQuery()
        .processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
        .list().stream().collect(java.util.stream.Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey()));
    List<TaskView> rows = found.stream()
        .map(task -> TaskView.of(task, caseNumbers.get(task.getProcessInstanceId()))).toList();
    return new PageImpl<>(rows, page, total);
  }

  public TaskView claim(AppUser user, String taskId) {
    Task task = visible(user, taskId);
    try {
      tasks.claim(task.getId(), user.username());
    } catch (TaskAlreadyClaimedException e) {
      throw taken();
    }
    audit.record(AuditLog.Entry.of("TASK_CLAIMED", "task", taskId).inCase(caseNumberOf(task)));
    return TaskView.of(tasks.createTaskQuery().taskId(taskId).singleResult(), caseNumberOf(task));
  }

  public void complete(AppUser user, String taskId, Map<String, Object> variables) {
    Task task = visible(user, taskId);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw taken();
    }
    Map<String, String> properties = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    String caseNumber = caseNumberOf(task);
    if ("true".equals(properties.get("approval")) && cases.tookPartIn(caseNumber, user.username())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "SEPARATION_OF_DUTIES", List.of(), Map.of());
    }
    if (properties.containsKey("caseRole")) {
      AssistanceCase assistanceCase = cases.require(caseNumber);
      cases.recordParticipant(assistanceCase.id(), user.username(), properties.get("caseRole"));
    }
    tasks.complete(task.getId(), variables);
    audit.record(AuditLog.Entry.of("TASK_COMPLETED", "task", taskId).inCase(caseNumber)
        .change(null, Map.of("step", task.getTaskDefinitionKey(), "variables", variables)));
  }

  private Task visible(AppUser user, String taskId) {
    Task task = visibleTo(user).taskId(taskId).singleResult();
    if (task == null) {
      Task any = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (any != null && any.getAssignee() != null && isCandidate(user, any)) {
        throw taken();
      }
      throw ApiException.notFound("TASK_NOT_FOUND");
    }
    return task;
  }

  private boolean isCandidate(AppUser user, Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(user.candidateGroups())
        .includeAssignedTasks().count() > 0;
  }

  private TaskQuery visibleTo(AppUser user) {
    return tasks.createTaskQuery().or()
        .taskAssignee(user.username())
        .taskCandidateGroupIn(user.candidateGroups())
        .endOr();
  }

  private String caseNumberOf(Task task) {
    var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private static ApiException taken() {
    return ApiException.conflict("TASK_ALREADY_TAKEN", Map.of());
  }
}
