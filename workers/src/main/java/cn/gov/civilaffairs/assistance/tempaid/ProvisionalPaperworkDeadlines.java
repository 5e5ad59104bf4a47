package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.policy.ProvisionalDeadlines;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the paperwork deadline of an emergency temporary aid (补齐手续) computed on a provisional year, once
 * its official schedule is in: the process variable, the open paperwork task's due date, the overdue timer and the
 * county's filing all move to the new deadline.
 */
@Component
class ProvisionalPaperworkDeadlines implements ProvisionalDeadlines.Kind {

  static final String OVERDUE_TIMER = "BoundaryEvent_PaperworkOverdue";

  private final TemporaryAidTerms terms;
  private final ProvisionalDeadlines provisional;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final JdbcTemplate jdbc;
  private final CaseTimeline timeline;
  private final ZoneId zone;

  ProvisionalPaperworkDeadlines(TemporaryAidTerms terms, ProvisionalDeadlines provisional, RuntimeService runtime,
      TaskService tasks, ManagementService management, JdbcTemplate jdbc, CaseTimeline timeline,
      @Value("${app.zone}") ZoneId zone) {
    this.terms = terms;
    this.provisional = provisional;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.zone = zone;
  }

  @Override
  public String kind() {
    return ProvisionalDeadlines.AID_PAPERWORK;
  }

  @Override
  public void recompute(ProvisionalDeadlines.Marker marker, long calendarVersion) {
    String caseNumber = marker.ref();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("temporary-aid").active().singleResult();
    Object street = instance == null ? null : runtime.getVariable(instance.getId(), "streetCode");
    if (street == null) {
      provisional.unmark(kind(), caseNumber);
      return;
    }
    Instant due = terms.paperworkDueAt(caseNumber, street.toString(), marker.startedAt());
    runtime.setVariable(instance.getId(), "paperworkDueAt", Date.from(due));
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TemporaryAidFilings.PAPERWORK_STEP).singleResult();
    if (task != null) {
      task.setDueDate(Date.from(due));
      tasks.saveTask(task);
    }
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(OVERDUE_TIMER)
        .singleResult();
    if (timer != null) {
      management.setJobDuedate(timer.getId(), Date.from(due));
    }
    jdbc.update("update temporary_aid_filings set paperwork_due_at = ? where case_number = ?",
        Timestamp.from(due), caseNumber);
    boolean still = provisional.isProvisional(kind(), caseNumber);
    timeline.record(caseNumber, "paperwork-due-recomputed:" + calendarVersion, "DEADLINE_RECOMPUTED",
        TemporaryAidFilings.PAPERWORK_STEP, "system", "节假日安排已录入，补齐手续期限重新计算："
            + marker.due().atZone(zone).toLocalDate() + " → " + due.atZone(zone).toLocalDate()
            + (still ? "（仍为暂定）" : ""));
  }
}
