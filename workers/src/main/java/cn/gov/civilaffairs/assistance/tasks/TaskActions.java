package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What users do with tasks besides completing them: claim and give back, hand over (reassign, delegate and
 * return), remind themselves, comment and attach documents. Every change is audited against the case.
 */
@Service
@Transactional
public class TaskActions {

  private final TaskService tasks;
  private final TaskInbox inbox;
  private final AuditLog audit;
  private final CaseTimeline timeline;
  private final UserDirectory directory;
  private final ApplicationCases cases;
  private final HouseholdRegistry households;
  private final ZoneId zone;

  TaskActions(TaskService tasks, TaskInbox inbox, AuditLog audit, CaseTimeline timeline, UserDirectory directory,
      ApplicationCases cases, HouseholdRegistry households, @Value("${app.zone}") ZoneId zone) {
    this.tasks = tasks;
    this.inbox = inbox;
    this.audit = audit;
    this.timeline = timeline;
    this.directory = directory;
    this.cases = cases;
    this.households = households;
    this.zone = zone;
  }

  public TaskInbox.TaskView claim(AppUser user, String taskId) {
    Task task = inbox.workableBy(user, taskId);
    try {
      tasks.claim(task.getId(), user.username());
    } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
      // Someone claimed it between our read and our write.
      throw taken();
    }
    audit.record(AuditLog.Entry.of("TASK_CLAIMED", "task", taskId).inCase(inbox.caseNumberOf(task)));
    return inbox.reload(taskId);
  }

  /** Gives a claimed task back to its groups (the assignee, or a head of the jurisdiction). */
  public TaskInbox.TaskView unclaim(AppUser user, String taskId) {
    Task task = inbox.workableBy(user, taskId);
    boolean head = user.has(Role.STREET_HEAD) || user.has(Role.COUNTY_APPROVER);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username()) && !head) {
      throw taken();
    }
    tasks.setAssignee(task.getId(), null);
    audit.record(AuditLog.Entry.of("TASK_UNCLAIMED", "task", taskId).inCase(inbox.caseNumberOf(task)));
    return inbox.reload(taskId);
  }

  /** A comment on a task, kept on the case timeline. */
  public void comment(AppUser user, String taskId, String text) {
    Task task = inbox.seenBy(user, taskId);
    String caseNumber = inbox.caseNumberOf(task);
    timeline.record(caseNumber, "comment:" + UUID.randomUUID(), "COMMENT", task.getName(),
        user.username(), text);
    audit.record(AuditLog.Entry.of("TASK_COMMENTED", "task", taskId).inCase(caseNumber));
  }

  /**
   * A head of the jurisdiction hands a task to another user who could take it (one of the task's candidate
   * groups is theirs).
   */
  public TaskInbox.TaskView reassign(AppUser head, String taskId, String username) {
    Task task = inbox.seenBy(head, taskId);
    if (!head.has(Role.STREET_HEAD) && !head.has(Role.COUNTY_APPROVER)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", List.of(), Map.of());
    }
    AppUser target = candidate(task, username);
    String before = task.getAssignee();
    tasks.setAssignee(task.getId(), target.username());
    audit.record(AuditLog.Entry.of("TASK_REASSIGNED", "task", taskId).inCase(inbox.caseNumberOf(task))
        .change(before == null ? null : Map.of("assignee", before), Map.of("assignee", target.username())));
    return inbox.reload(taskId);
  }

  /** The assignee asks a colleague of the same groups to do a part; the task comes back to them when resolved. */
  public TaskInbox.TaskView delegate(AppUser user, String taskId, String username) {
    Task task = inbox.workableBy(user, taskId);
    if (!user.username().equals(task.getAssignee())) {
      throw taken();
    }
    AppUser target = candidate(task, username);
    tasks.delegateTask(task.getId(), target.username());
    audit.record(AuditLog.Entry.of("TASK_DELEGATED", "task", taskId).inCase(inbox.caseNumberOf(task))
        .change(null, Map.of("delegate", target.username())));
    return inbox.reload(taskId);
  }

  /** The delegate hands the task back to its owner. */
  public TaskInbox.TaskView returnDelegated(AppUser user, String taskId) {
    Task task = inbox.workableBy(user, taskId);
    if (!user.username().equals(task.getAssignee()) || task.getOwner() == null) {
      throw taken();
    }
    tasks.resolveTask(task.getId());
    audit.record(AuditLog.Entry.of("TASK_RETURNED", "task", taskId).inCase(inbox.caseNumberOf(task)));
    return inbox.reload(taskId);
  }

  /** Sets when the user wants to be reminded of the task. */
  public TaskInbox.TaskView followUp(AppUser user, String taskId, LocalDate day) {
    Task task = inbox.workableBy(user, taskId);
    tasks.setFollowUpDate(task.getId(), Date.from(day.atTime(9, 0).atZone(zone).toInstant()));
    return inbox.reload(taskId);
  }

  /** A document attached while working the task: kept in the household file, linked to the case and step. */
  public HouseholdDocuments.DocumentView attach(AppUser user, String taskId, String kind, MultipartFile file)
      throws IOException {
    Task task = inbox.workableBy(user, taskId);
    AssistanceCase assistanceCase = cases.require(inbox.caseNumberOf(task));
    return households.upload(assistanceCase.householdId(), kind, file,
        new HouseholdDocuments.CaseStep(assistanceCase.caseNumber(), task.getId(), task.getTaskDefinitionKey()));
  }

  /** The documents of the task's case. */
  @Transactional(readOnly = true)
  public List<HouseholdDocuments.DocumentView> documents(AppUser user, String taskId) {
    AssistanceCase assistanceCase = cases.require(inbox.caseNumberOf(inbox.seenBy(user, taskId)));
    return households.caseDocuments(assistanceCase.householdId(), assistanceCase.caseNumber());
  }

  private AppUser candidate(Task task, String username) {
    return directory.find(username).filter(candidate -> inbox.isCandidate(candidate, task))
        .orElseThrow(() -> ApiException.invalid(List.of(FieldViolation.of("username", "NOT_A_CANDIDATE"))));
  }

  static ApiException taken() {
    return ApiException.conflict("TASK_ALREADY_TAKEN", Map.of());
  }
}
