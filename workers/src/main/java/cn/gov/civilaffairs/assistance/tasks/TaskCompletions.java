package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing a step: the submission is checked against the step's form-js form or its built-in screen (nothing is
 * completed while anything is wrong), separation of duties is enforced on approval steps, and the data is kept
 * with the completion. A form field becomes a process variable only where the step lists it in its
 * {@code variables} property (so a gateway can branch on it); everything else is domain data.
 */
@Service
@Transactional
public class TaskCompletions {

  private final TaskService tasks;
  private final TaskInbox inbox;
  private final TaskForms forms;
  private final StepProperties steps;
  private final ApplicationCases cases;
  private final AuditLog audit;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Map<String, TaskScreen> screens;

  TaskCompletions(TaskService tasks, TaskInbox inbox, TaskForms forms, StepProperties steps, ApplicationCases cases,
      AuditLog audit, JdbcTemplate jdbc, ObjectMapper json, List<TaskScreen> screens) {
    this.tasks = tasks;
    this.inbox = inbox;
    this.forms = forms;
    this.steps = steps;
    this.cases = cases;
    this.audit = audit;
    this.jdbc = jdbc;
    this.json = json;
    this.screens = screens.stream().collect(Collectors.toMap(TaskScreen::key, Function.identity()));
  }

  /** The form-js schema of the task's step, if it has one. */
  @Transactional(readOnly = true)
  public Optional<JsonNode> form(AppUser user, String taskId) {
    return forms.schemaOf(inbox.seenBy(user, taskId).getId());
  }

  public void complete(AppUser user, String taskId, Map<String, Object> data) {
    List<String> completedBy = jdbc.queryForList("select username from task_completions where task_id = ?",
        String.class, taskId);
    if (!completedBy.isEmpty()) {
      if (completedBy.get(0).equals(user.username())) {
        return; // the same completion submitted twice
      }
      throw TaskActions.taken();
    }
    Task task = inbox.workableBy(user, taskId);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw TaskActions.taken();
    }
    Map<String, String> properties = steps.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    String caseNumber = inbox.caseNumberOf(task);
    if ("true".equals(properties.get("approval")) && cases.tookPartIn(caseNumber, user.username())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "SEPARATION_OF_DUTIES", List.of(), Map.of());
    }
    TaskScreen.Submission submission = new TaskScreen.Submission(user, taskId, task.getTaskDefinitionKey(),
        caseNumber, data);
    TaskScreen screen = screenOf(task);
    List<FieldViolation> invalid = screen != null ? screen.check(submission) : forms.schemaOf(task.getId())
        .map(schema -> forms.check(schema, data))
        .orElseGet(() -> data.keySet().stream().sorted().map(key -> FieldViolation.of(key, "UNKNOWN_FIELD"))
            .toList());
    if (!invalid.isEmpty()) {
      throw ApiException.invalid(invalid);
    }
    if (properties.containsKey("caseRole")) {
      AssistanceCase assistanceCase = cases.require(caseNumber);
      cases.recordParticipant(assistanceCase.id(), user.username(), properties.get("caseRole"));
    }
    Map<String, Object> variables = new HashMap<>(exported(properties, data));
    if (screen != null) {
      variables.putAll(screen.apply(submission));
    }
    try {
      tasks.complete(task.getId(), variables);
    } catch (OptimisticLockingException e) {
      throw TaskActions.taken();
    }
    jdbc.update("""
        insert into task_completions (task_id, username, case_number, completed_at, step, data)
        values (?, ?, ?, ?, ?, cast(? as jsonb))""", taskId, user.username(), caseNumber,
        Timestamp.from(ClockUtil.getCurrentTime().toInstant()), task.getTaskDefinitionKey(), toJson(data));
    audit.record(AuditLog.Entry.of("TASK_COMPLETED", "task", taskId).inCase(caseNumber)
        .change(null, Map.of("step", task.getTaskDefinitionKey(), "variables", data)));
  }

  private TaskScreen screenOf(Task task) {
    String formKey = task.getFormKey();
    if (formKey == null || !formKey.startsWith(TaskForms.BUILT_IN_PREFIX)) {
      return null;
    }
    TaskScreen screen = screens.get(formKey.substring(TaskForms.BUILT_IN_PREFIX.length()));
    if (screen == null) {
      // A model naming a screen this version of the service does not have: nothing can be checked.
      throw ApiException.conflict("SCREEN_NOT_INSTALLED", Map.of("formKey", formKey), formKey);
    }
    return screen;
  }

  /** The submitted fields the step exports as process variables ({@code variables=a,b}). */
  private static Map<String, Object> exported(Map<String, String> properties, Map<String, Object> data) {
    String names = properties.get("variables");
    if (names == null || names.isBlank()) {
      return Map.of();
    }
    Map<String, Object> variables = new HashMap<>();
    Arrays.stream(names.split(",")).map(String::trim).filter(data::containsKey)
        .forEach(name -> variables.put(name, data.get(name)));
    return variables;
  }

  private String toJson(Map<String, Object> data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
