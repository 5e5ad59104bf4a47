package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import java.sql.Timestamp;
import java.time.Clock;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates emergency paperwork (补齐手续) past its deadline: the street head of the case's street gets a
 * {@code PAPERWORK_OVERDUE} notice and the county's approvers the task's {@code OVERDUE} notice (the same one the
 * deadline watch writes, so they get it once), each once per task.
 */
@Service
@Transactional
public class PaperworkEscalation {

  private final JdbcTemplate jdbc;
  private final TaskService engineTasks;
  private final CaseTimeline timeline;
  private final Clock clock;

  PaperworkEscalation(JdbcTemplate jdbc, TaskService engineTasks, CaseTimeline timeline, Clock clock) {
    this.jdbc = jdbc;
    this.engineTasks = engineTasks;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** @return how many notices were written now (0 when replayed or the paperwork was completed meanwhile) */
  public int escalate(String caseNumber, String streetCode, String districtCode) {
    Task paperwork = engineTasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(TemporaryAidFilings.PAPERWORK_STEP).singleResult();
    if (paperwork == null) {
      return 0;
    }
    Timestamp due = paperwork.getDueDate() == null ? null : new Timestamp(paperwork.getDueDate().getTime());
    Timestamp now = Timestamp.from(clock.instant());
    int written = notify("street-head:" + streetCode, "PAPERWORK_OVERDUE", paperwork, caseNumber, due, now)
        + notify("county-approver:" + districtCode, "OVERDUE", paperwork, caseNumber, due, now);
    timeline.record(caseNumber, "paperwork-escalated", "PAPERWORK_ESCALATED", paperwork.getTaskDefinitionKey(),
        "system", "先行救助手续逾期未补齐，已督办街道分管领导并报区县");
    return written;
  }

  private int notify(String recipient, String kind, Task task, String caseNumber, Timestamp due, Timestamp now) {
    return jdbc.update("""
        insert into notifications (recipient, kind, task_id, case_number, step, due, created_at)
        values (?, ?, ?, ?, ?, ?, ?) on conflict (task_id, kind) do nothing""", recipient, kind, task.getId(),
        caseNumber, task.getName(), due, now);
  }
}
