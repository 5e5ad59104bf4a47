package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import cn.gov.civilaffairs.assistance.policy.ProvisionalDeadlines;
import cn.gov.civilaffairs.assistance.policy.StepDeadlines;
import cn.gov.civilaffairs.assistance.policy.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which tasks a user sees: their own, their groups' (candidate groups {@code role:jurisdictionCode}), and for heads
 * every task of their subtree; each shown with its case number and working days left.
 */
@Service
@Transactional(readOnly = true)
public class TaskInbox {

  private static final Set<Role> HEADS = Set.of(Role.STREET_HEAD, Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final StepDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final ProvisionalDeadlines provisional;
  private final Jurisdictions jurisdictions;
  private final UserDirectory directory;
  private final ZoneId zone;

  TaskInbox(TaskService tasks, RuntimeService runtime, StepDeadlines deadlines, WorkingDayCalendar calendar,
      ProvisionalDeadlines provisional, Jurisdictions jurisdictions, UserDirectory directory,
      @Value("${app.zone}") ZoneId zone) {
    this.provisional = provisional;
    this.tasks = tasks;
    this.runtime = runtime;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.jurisdictions = jurisdictions;
    this.directory = directory;
    this.zone = zone;
  }

  /**
   * A task as the inbox shows it. {@code remainingWorkingDays} is negative once overdue; {@code dueSoon} means
   * within the configured number of working days; {@code formKey} names a built-in screen ({@code builtin:...})
   * when the step has no form-js form; {@code dueProvisional} when the due date was computed on a year whose
   * official holiday schedule is not entered yet ({@code provisionalYears}); it is recomputed once it is.
   */
  public record TaskView(String id, String name, String step, String processKey, String caseNumber,
      String assignee, String owner, Instant created, Instant due, Instant followUp, Integer remainingWorkingDays,
      boolean overdue, boolean dueSoon, String formKey, boolean dueProvisional, Set<Integer> provisionalYears) {}

  /** Which tasks: assigned to me, my groups' unassigned ones, or all in my jurisdiction (heads). */
  public enum Inbox {
    MINE,
    GROUP,
    ALL
  }

  /** Filters of the inbox; null fields do not filter. */
  public record Filter(Inbox inbox, String step, String processKey, String caseNumber, Long householdId,
      String category, Boolean overdue, Boolean dueSoon) {}

  /** Someone who could take a task. */
  public record Candidate(String username, String displayName) {}

  public Page<TaskView> list(AppUser user, Filter filter, Pageable page) {
    TaskQuery query = filter.inbox() == null ? visibleTo(user) : switch (filter.inbox()) {
      // Mine includes a task I delegated: it comes back to me.
      case MINE -> tasks.createTaskQuery().or().taskAssignee(user.username()).taskOwner(user.username()).endOr();
      case GROUP -> tasks.createTaskQuery().taskCandidateGroupIn(user.candidateGroups()).taskUnassigned();
      case ALL -> {
        if (!isHead(user)) {
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
    List<Task> found = query.initializeFormKeys().listPage((int) page.getOffset(), page.getPageSize());
    Map<String, String> caseNumbers = found.isEmpty() ? Map.of() : runtime.createProcessInstanceQuery()
        .processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
        .list().stream().collect(Collectors.toMap(p -> p.getId(), p -> p.getBusinessKey()));
    Set<String> provisionalDues = provisionalDues(found, caseNumbers);
    List<TaskView> rows = found.stream()
        .map(task -> view(task, caseNumbers.get(task.getProcessInstanceId()), provisionalDues)).toList();
    return new PageImpl<>(rows, page, total);
  }

  /** One task the user may see (assigned to them or offered to their groups; heads: their subtree), else 404. */
  public TaskView show(AppUser user, String taskId) {
    return view(seenBy(user, taskId));
  }

  /** The users who could take the task: whoever holds one of its candidate groups. */
  public List<Candidate> candidates(AppUser user, String taskId) {
    Set<String> groups = tasks.getIdentityLinksForTask(seenBy(user, taskId).getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    return directory.all().stream()
        .filter(candidate -> candidate.candidateGroups().stream().anyMatch(groups::contains))
        .sorted(Comparator.comparing(AppUser::username))
        .map(candidate -> new Candidate(candidate.username(), candidate.displayName())).toList();
  }

  TaskView view(Task task) {
    String caseNumber = caseNumberOf(task);
    Map<String, String> caseNumbers = new java.util.HashMap<>();
    caseNumbers.put(task.getProcessInstanceId(), caseNumber);
    return view(task, caseNumber, provisionalDues(List.of(task), caseNumbers));
  }

  /** Which of the tasks have a provisional due date. */
  private Set<String> provisionalDues(List<Task> found, Map<String, String> caseNumbers) {
    Map<String, ProvisionalDeadlines.TaskRef> refs = new java.util.HashMap<>();
    for (Task task : found) {
      if (task.getDueDate() != null) {
        String caseNumber = caseNumbers.get(task.getProcessInstanceId());
        refs.put(task.getId(), new ProvisionalDeadlines.TaskRef(caseNumber, task.getTaskDefinitionKey()));
      }
    }
    return provisional.provisionalTasks(refs);
  }

  /** The task again after a change, as the user now sees it. */
  TaskView reload(String taskId) {
    return view(tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
  }

  private TaskView view(Task task, String caseNumber, Set<String> provisionalDues) {
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    Integer remaining = null;
    boolean overdue = false;
    boolean dueSoon = false;
    if (due != null) {
      LocalDate today = today();
      LocalDate dueDay = due.atZone(zone).toLocalDate();
      overdue = due.isBefore(ClockUtil.getCurrentTime().toInstant());
      remaining = calendar.workingDays().workingDaysBetween(today, dueDay);
      dueSoon = !overdue && deadlines.isDueSoon(today, dueDay);
    }
    boolean dueProvisional = due != null && provisionalDues.contains(task.getId());
    Set<Integer> provisionalYears = dueProvisional
        ? calendar.workingDays().provisionalYears(task.getCreateTime().toInstant().atZone(zone).toLocalDate(),
            due.atZone(zone).toLocalDate())
        : Set.of();
    String processKey = task.getProcessDefinitionId() == null ? null
        : task.getProcessDefinitionId().split(":")[0];
    String formKey = task.getFormKey() != null && task.getFormKey().startsWith(TaskForms.BUILT_IN_PREFIX)
        ? task.getFormKey() : null;
    return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey, caseNumber,
        task.getAssignee(), task.getOwner(), task.getCreateTime().toInstant(), due,
        task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(), remaining, overdue, dueSoon,
        formKey, dueProvisional, provisionalYears);
  }

  private LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  static boolean isHead(AppUser user) {
    return user.hasAny(HEADS);
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

  /** A task the user may work (assigned to them or offered to their groups), else 409 if taken, else 404. */
  Task workableBy(AppUser user, String taskId) {
    Task task = visibleTo(user).taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      Task any = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (any != null && any.getAssignee() != null && isCandidate(user, any)) {
        throw TaskActions.taken();
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
        .taskOwner(user.username())
        .taskCandidateGroupIn(user.candidateGroups())
        .endOr();
  }

  /** A task the user may work, or, for a head, any task of their jurisdiction; else 404. */
  Task seenBy(AppUser user, String taskId) {
    if (isHead(user)) {
      Task task = tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groupsInScope(user))
          .includeAssignedTasks().initializeFormKeys().singleResult();
      if (task != null) {
        return task;
      }
    }
    return workableBy(user, taskId);
  }

  String caseNumberOf(Task task) {
    var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
