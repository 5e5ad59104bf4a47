package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import java.sql.Timestamp;
import java.util.Date;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates deadlines: a task past its follow-up date notifies the street head of the case's street; an overdue
 * task notifies the county approvers of its district (their overdue list). Runs every few minutes; each task
 * and kind is notified once, however often or wherever the watch runs. A case past its total time limit notifies
 * the county approvers too ({@code CASE_OVERDUE}, keyed {@code case:<number>}).
 */
@Component
public class DeadlineWatch {

  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final Jurisdictions jurisdictions;
  private final ZoneId zone;

  DeadlineWatch(TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc, Jurisdictions jurisdictions,
      @Value("${app.zone}") ZoneId zone) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.jurisdictions = jurisdictions;
    this.zone = zone;
  }

  @Scheduled(fixedDelayString = "${app.tasks.deadline-watch-interval:5m}", initialDelayString = "1m")
  public void scheduled() {
    try {
      scan();
    } catch (RuntimeException e) {
      log.error("Deadline watch failed; it runs again later", e);
    }
  }

  /** Notifies what is due soon or overdue now; returns how many new notifications were written. */
  public int scan() {
    Date now = ClockUtil.getCurrentTime();
    int written = 0;
    for (Task task : tasks.createTaskQuery().followUpBefore(now).dueAfter(now).list()) {
      written += notify(task, "DUE_SOON", "street-head", "streetCode");
    }
    for (Task task : tasks.createTaskQuery().dueBefore(now).list()) {
      written += notify(task, "OVERDUE", "county-approver", "districtCode");
    }
    LocalDate today = now.toInstant().atZone(zone).toLocalDate();
    for (Map<String, Object> overdue : jdbc.queryForList(
        "select case_number, street_code, due_on from cases where status = 'OPEN' and due_on < ?",
        java.sql.Date.valueOf(today))) {
      String district = jurisdictions.ancestorAt((String) overdue.get("street_code"), JurisdictionLevel.DISTRICT)
          .map(Jurisdiction::code).orElse(null);
      if (district != null) {
        String caseNumber = (String) overdue.get("case_number");
        written += jdbc.update("""
            insert into notifications (recipient, kind, task_id, case_number, step, due, created_at)
            values (?, 'CASE_OVERDUE', ?, ?, null, ?, ?) on conflict (task_id, kind) do nothing""",
            "county-approver:" + district, "case:" + caseNumber, caseNumber,
            Timestamp.valueOf(((java.sql.Date) overdue.get("due_on")).toLocalDate().atStartOfDay()),
            Timestamp.from(now.toInstant()));
      }
    }
    return written;
  }

  private int notify(Task task, String kind, String role, String jurisdictionVariable) {
    Object code = runtime.getVariable(task.getExecutionId(), jurisdictionVariable);
    if (code == null) {
      return 0;
    }
    var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return jdbc.update("""
        insert into notifications (recipient, kind, task_id, case_number, step, due, created_at)
        values (?, ?, ?, ?, ?, ?, ?) on conflict (task_id, kind) do nothing""",
        role + ":" + code, kind, task.getId(), instance == null ? null : instance.getBusinessKey(), task.getName(),
        task.getDueDate() == null ? null : Timestamp.from(task.getDueDate().toInstant()),
        Timestamp.from(ClockUtil.getCurrentTime().toInstant()));
  }

}
