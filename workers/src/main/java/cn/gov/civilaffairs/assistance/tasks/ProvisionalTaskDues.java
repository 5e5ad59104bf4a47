package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.policy.ProvisionalDeadlines;
import cn.gov.civilaffairs.assistance.policy.StepDeadlines;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due and follow-up dates of user tasks from their step limits, marked provisional when computed on a year whose
 * official schedule is not entered yet, and recomputed when it is (open tasks only; a follow-up date the user has
 * changed since is kept).
 */
@Component
class ProvisionalTaskDues implements ProvisionalDeadlines.Kind {

  private final StepDeadlines deadlines;
  private final ProvisionalDeadlines provisional;
  private final TaskService tasks;
  private final CaseTimeline timeline;
  private final ZoneId zone;

  ProvisionalTaskDues(StepDeadlines deadlines, ProvisionalDeadlines provisional, TaskService tasks,
      CaseTimeline timeline, @Value("${app.zone}") ZoneId zone) {
    this.deadlines = deadlines;
    this.provisional = provisional;
    this.tasks = tasks;
    this.timeline = timeline;
    this.zone = zone;
  }

  @Override
  public String kind() {
    return ProvisionalDeadlines.TASK;
  }

  /**
   * The task's deadline by the limit of its step (a limit for {@code <step>@<category>} first), marked provisional
   * or not; empty when the step has no limit. {@code isNew}: a task being created, which has no mark to update (one
   * statement less per task on the common path).
   */
  public Optional<StepDeadlines.Deadline> deadline(String taskId, String caseNumber, String processKey, String stepId,
      Object category, String streetCode, Instant created, boolean isNew) {
    List<String> steps = category == null ? List.of(stepId) : List.of(stepId + "@" + category, stepId);
    ZonedDateTime at = created.atZone(ZoneOffset.UTC);
    for (int attempt = 0; ; attempt++) {
      Optional<StepDeadlines.Deadline> deadline = deadlines.forStep(processKey, steps, streetCode, at);
      if (deadline.isEmpty()) {
        if (!isNew) {
          provisional.unmark(kind(), taskId);
        }
        return deadline;
      }
      StepDeadlines.Deadline found = deadline.get();
      if (isNew && !found.provisional()) {
        return deadline;
      }
      // Answers false once, at most, when the year was entered while this transaction computed: compute again.
      if (provisional.mark(new ProvisionalDeadlines.Marker(kind(), taskId, caseNumber, null,
          found.provisionalYears(), created, found.due().toInstant(), found.followUp().toInstant()))
          || attempt > 0) {
        return deadline;
      }
    }
  }

  @Override
  public void recompute(ProvisionalDeadlines.Marker marker, long calendarVersion) {
    Task task = tasks.createTaskQuery().taskId(marker.ref()).singleResult();
    if (task == null) {
      provisional.unmark(kind(), marker.ref());
      return;
    }
    Object street = tasks.getVariable(task.getId(), "streetCode");
    Object category = tasks.getVariable(task.getId(), "category");
    String processKey = task.getProcessDefinitionId().split(":")[0];
    Optional<StepDeadlines.Deadline> deadline = deadline(task.getId(), marker.caseNumber(), processKey,
        task.getTaskDefinitionKey(), category, String.valueOf(street), marker.startedAt(), false);
    if (deadline.isEmpty()) {
      return;
    }
    Instant before = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    Instant after = deadline.get().due().toInstant();
    task.setDueDate(Date.from(after));
    boolean followUpUnchanged = task.getFollowUpDate() == null
        || Objects.equals(task.getFollowUpDate().toInstant(), marker.followUp());
    if (followUpUnchanged) {
      task.setFollowUpDate(Date.from(deadline.get().followUp().toInstant()));
    }
    tasks.saveTask(task);
    if (marker.caseNumber() != null) {
      timeline.record(marker.caseNumber(), "due-recomputed:" + task.getId() + ":" + calendarVersion,
          "DEADLINE_RECOMPUTED", task.getName(), "system", describe(before, after, deadline.get().provisional()));
    }
  }

  private String describe(Instant before, Instant after, boolean stillProvisional) {
    String from = before == null ? "无" : before.atZone(zone).toLocalDate().toString();
    String to = after.atZone(zone).toLocalDate().toString();
    return "节假日安排已录入，办理时限重新计算：" + from + " → " + to + (stillProvisional ? "（仍为暂定）" : "");
  }
}
