package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import cn.gov.civilaffairs.assistance.policy.CalendarYearMissingException;
import cn.gov.civilaffairs.assistance.policy.StepDeadlines;
import cn.gov.civilaffairs.assistance.policy.WorkingDayCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
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
  private final StepDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final Jurisdictions jurisdictions;
  private final ZoneId zone;
  private final TaskForms forms;
  private final ObjectMapper json;
  private final JdbcTemplate jdbc;
  private final CaseTimeline timeline;
  private final UserDirectory directory;

  TaskWork(TaskForms forms, ObjectMapper json, JdbcTemplate jdbc, CaseTimeline timeline, UserDirectory directory,
      TaskService tasks, RuntimeService runtime, StepProperties steps, ApplicationCases cases, AuditLog audit,
      StepDeadlines deadlines, WorkingDayCalendar calendar, Jurisdictions jurisdictions,
      @Value("${app.zone}") ZoneId zone) {
    this.forms = forms;
    this.json = json;
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.directory = directory;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.jurisdictions = jurisdictions;
    this.zone = zone;
    this.tasks = tasks;
    this.runtime = runtime;
    this.steps = steps;
    this.cases = cases;
    this.audit = audit;
  }

  /**
   * A task as the inbox shows it. {@code remainingWorkingDays} is negative once overdue; {@code dueSoon} means
   * within the configured number of working days.
   */
  public record TaskView(String id, String name, String step, String processKey, String caseNumber,
      String assignee, Instant created, Instant due, Instant followUp, Integer remainingWorkingDays,
      boolean overdue, boolean dueSoon) {}

  /** Which tasks: assigned to me, my groups' unassigned ones, or all in my jurisdiction (heads). */
  public enum Inbox {
    MINE,
    GROUP,
    ALL
  }

  /** Filters of the inbox; null fields do not filter. */
  public record Filter(Inbox inbox, String step, String processKey, String caseNumber, Long householdId,
      String category, Boolean overdue, Boolean dueSoon) {}

  @Transactional(readOnly = true)
  public Page<TaskView> list(AppUser user, Filter filter, Pageable page) {
    TaskQuery query = filter.inbox() == null ? visibleTo(user) : switch (filter.inbox()) {
      case MINE -> tasks.createTaskQuery().taskAssignee(user.username());
      case GROUP -> tasks.createTaskQuery().taskCandidateGroupIn(user.candidateGroups()).taskUnassigned();
      case ALL -> {
        if (!user.has(Role.STREET_HEAD) && !user.has(Role.COUNTY_APPROVER) && !user.has(Role.COUNTY_AUDITOR)) {
          throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", List.of(), Map.of());
        }
        yield tasks.createTaskQuery().taskCandidateGroupIn(groupsInScope(user)).includeAssignedTasks();
      }
    };
    if (filter.step() != null) {
      query.taskDefinitionKey(filter.step());
    }
    if (filter.processKey() != null) {
      query.processDefinitionKey(filter.processKey());
    }
    if (filter.caseNumber() != null) {
      query.processInstanceBusinessKey(filter.caseNumber());
    }
    if (filter.householdId() != null) {
      query.processVariableValueEquals("householdId", filter.householdId());
    }
    if (filter.category() != null) {
      query.processVariableValueEquals("category", filter.category());
    }
    Date now = ClockUtil.getCurrentTime();
    if (Boolean.TRUE.equals(filter.overdue())) {
      query.dueBefore(now);
    }
    if (Boolean.TRUE.equals(filter.dueSoon())) {
      query.dueAfter(now).dueBefore(Date.from(deadlines.dueSoonLimit(today()).toInstant()));
    }
    boolean descending = page.getSort().stream().anyMatch(order -> order.isDescending());
    if (page.getSort().getOrderFor("due") != null) {
      query = query.orderByDueDate();
    } else if (page.getSort().getOrderFor("priority") != null) {
      query = query.orderByTaskPriority();
    } else {
      query = query.orderByTaskCreateTime();
    }
    query = descending ? query.desc() : query.asc();
    long total = query.count();
    List<Task> found = query.listPage((int) page.getOffset(), page.getPageSize());
    Map<String, String> caseNumbers = found.isEmpty() ? Map.of() : runtime.createProcessInstanceQuery()
        .processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
        .list().stream().collect(java.util.stream.Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey()));
    List<TaskView> rows = found.stream()
        .map(task -> view(task, caseNumbers.get(task.getProcessInstanceId()))).toList();
    return new PageImpl<>(rows, page, total);
  }

  public TaskView claim(AppUser user, String taskId) {
    Task task = visible(user, taskId);
    try {
      tasks.claim(task.getId(), user.username());
    } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
      // Someone claimed it between our read and our write.
      throw taken();
    }
    audit.record(AuditLog.Entry.of("TASK_CLAIMED", "task", taskId).inCase(caseNumberOf(task)));
    return view(tasks.createTaskQuery().taskId(taskId).singleResult(), caseNumberOf(task));
  }

  /** The form-js schema of the task's step, if it has one. */
  @Transactional(readOnly = true)
  public Optional<JsonNode> form(AppUser user, String taskId) {
    return forms.schemaOf(seenBy(user, taskId).getId());
  }

  private String toJson(Map<String, Object> data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A comment on a task, kept on the case timeline. */
  public void comment(AppUser user, String taskId, String text) {
    Task task = seenBy(user, taskId);
    String caseNumber = caseNumberOf(task);
    timeline.record(caseNumber, "comment:" + UUID.randomUUID(), "COMMENT", task.getName(),
        user.username(), text);
    audit.record(AuditLog.Entry.of("TASK_COMMENTED", "task", taskId).inCase(caseNumber));
  }

  /**
   * A head of the jurisdiction hands a task to another user who could take it (one of the task's candidate
   * groups is theirs).
   */
  public TaskView reassign(AppUser head, String taskId, String username) {
    Task task = seenBy(head, taskId);
    if (!head.has(Role.STREET_HEAD) && !head.has(Role.COUNTY_APPROVER)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", List.of(), Map.of());
    }
    AppUser target = directory.find(username).filter(candidate -> isCandidate(candidate, task))
        .orElseThrow(() -> ApiException.invalid(List.of(FieldViolation.of("username", "NOT_A_CANDIDATE"))));
    String before = task.getAssignee();
    tasks.setAssignee(task.getId(), target.username());
    audit.record(AuditLog.Entry.of("TASK_REASSIGNED", "task", taskId).inCase(caseNumberOf(task))
        .change(before == null ? null : Map.of("assignee", before), Map.of("assignee", target.username())));
    return view(tasks.createTaskQuery().taskId(taskId).singleResult(), caseNumberOf(task));
  }

  /** The assignee asks a colleague of the same groups to do a part; the task comes back to them when resolved. */
  public TaskView delegate(AppUser user, String taskId, String username) {
    Task task = visible(user, taskId);
    if (!user.username().equals(task.getAssignee())) {
      throw taken();
    }
    AppUser target = directory.find(username).filter(candidate -> isCandidate(candidate, task))
        .orElseThrow(() -> ApiException.invalid(List.of(FieldViolation.of("username", "NOT_A_CANDIDATE"))));
    tasks.delegateTask(task.getId(), target.username());
    audit.record(AuditLog.Entry.of("TASK_DELEGATED", "task", taskId).inCase(caseNumberOf(task))
        .change(null, Map.of("delegate", target.username())));
    return show(target, taskId);
  }

  /** The delegate hands the task back to its owner. */
  public TaskView returnDelegated(AppUser user, String taskId) {
    Task task = visible(user, taskId);
    if (!user.username().equals(task.getAssignee()) || task.getOwner() == null) {
      throw taken();
    }
    tasks.resolveTask(task.getId());
    audit.record(AuditLog.Entry.of("TASK_RETURNED", "task", taskId).inCase(caseNumberOf(task)));
    return view(tasks.createTaskQuery().taskId(taskId).singleResult(), caseNumberOf(task));
  }

  /** Sets when the user wants to be reminded of the task. */
  public TaskView followUp(AppUser user, String taskId, LocalDate day) {
    Task task = visible(user, taskId);
    tasks.setFollowUpDate(task.getId(), Date.from(day.atTime(9, 0).atZone(zone).toInstant()));
    return view(tasks.createTaskQuery().taskId(taskId).singleResult(), caseNumberOf(task));
  }

  /** One task the user may see (assigned to them or offered to their groups), else 404. */
  @Transactional(readOnly = true)
  public TaskView show(AppUser user, String taskId) {
    Task task = seenBy(user, taskId);
    return view(task, caseNumberOf(task));
  }

  /** Gives a claimed task back to its groups (the assignee, or a head of the jurisdiction). */
  public TaskView unclaim(AppUser user, String taskId) {
    Task task = visible(user, taskId);
    boolean head = user.has(Role.STREET_HEAD) || user.has(Role.COUNTY_APPROVER);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username()) && !head) {
      throw taken();
    }
    tasks.setAssignee(task.getId(), null);
    audit.record(AuditLog.Entry.of("TASK_UNCLAIMED", "task", taskId).inCase(caseNumberOf(task)));
    return view(tasks.createTaskQuery().taskId(taskId).singleResult(), caseNumberOf(task));
  }

  private TaskView view(Task task, String caseNumber) {
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    Integer remaining = null;
    boolean overdue = false;
    boolean dueSoon = false;
    if (due != null) {
      LocalDate today = today();
      LocalDate dueDay = due.atZone(zone).toLocalDate();
      overdue = due.isBefore(ClockUtil.getCurrentTime().toInstant());
      try {
        remaining = calendar.workingDays().workingDaysBetween(today, dueDay);
        dueSoon = !overdue && deadlines.isDueSoon(today, dueDay);
      } catch (CalendarYearMissingException missing) {
        // The list still shows; only the working-day count is unknown until the year is entered.
        remaining = null;
      }
    }
    String processKey = task.getProcessDefinitionId() == null ? null
        : task.getProcessDefinitionId().split(":")[0];
    return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey, caseNumber,
        task.getAssignee(), task.getCreateTime().toInstant(), due,
        task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(), remaining, overdue, dueSoon);
  }

  private LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  /** Every candidate group of every role at every node of the user's subtree. */
  private List<String> groupsInScope(AppUser user) {
    List<String> groups = new ArrayList<>();
    for (var node : jurisdictions.all()) {
      if (user.covers(node.path())) {
        for (Role role : Role.values()) {
          groups.add(role.code() + ":" + node.code());
        }
      }
    }
    return groups;
  }

  public void complete(AppUser user, String taskId, Map<String, Object> variables) {
    List<String> completedBy = jdbc.queryForList("select username from task_completions where task_id = ?",
        String.class, taskId);
    if (!completedBy.isEmpty()) {
      if (completedBy.get(0).equals(user.username())) {
        return; // the same completion submitted twice
      }
      throw taken();
    }
    Task task = visible(user, taskId);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw taken();
    }
    Map<String, String> properties = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    String caseNumber = caseNumberOf(task);
    if ("true".equals(properties.get("approval")) && cases.tookPartIn(caseNumber, user.username())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "SEPARATION_OF_DUTIES", List.of(), Map.of());
    }
    List<FieldViolation> invalid = forms.schemaOf(task.getId())
        .map(schema -> forms.check(schema, variables))
        .orElseGet(() -> variables.keySet().stream().sorted().map(key -> FieldViolation.of(key, "UNKNOWN_FIELD"))
            .toList());
    if (!invalid.isEmpty()) {
      throw ApiException.invalid(invalid);
    }
    if (properties.containsKey("caseRole")) {
      AssistanceCase assistanceCase = cases.require(caseNumber);
      cases.recordParticipant(assistanceCase.id(), user.username(), properties.get("caseRole"));
    }
    try {
      // Form data is domain data: it is kept with the completion, not as process variables.
      tasks.complete(task.getId());
    } catch (OptimisticLockingException e) {
      throw taken();
    }
    jdbc.update("""
        insert into task_completions (task_id, username, case_number, completed_at, step, data)
        values (?, ?, ?, ?, ?, cast(? as jsonb))""", taskId, user.username(), caseNumber,
        Timestamp.from(ClockUtil.getCurrentTime().toInstant()), task.getTaskDefinitionKey(),
        toJson(variables));
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

  boolean isCandidate(AppUser user, Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(user.candidateGroups())
        .includeAssignedTasks().count() > 0;
  }

  private TaskQuery visibleTo(AppUser user) {
    return tasks.createTaskQuery().or()
        .taskAssignee(user.username())
        .taskCandidateGroupIn(user.candidateGroups())
        .endOr();
  }

  /** A task the user may work, or, for a head, any task of their jurisdiction; else 404. */
  private Task seenBy(AppUser user, String taskId) {
    if (user.has(Role.STREET_HEAD) || user.has(Role.COUNTY_APPROVER) || user.has(Role.COUNTY_AUDITOR)) {
      Task task = tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groupsInScope(user))
          .includeAssignedTasks().singleResult();
      if (task != null) {
        return task;
      }
    }
    return visible(user, taskId);
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
