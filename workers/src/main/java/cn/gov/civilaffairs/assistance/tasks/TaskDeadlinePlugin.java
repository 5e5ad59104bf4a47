package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.policy.CalendarYearMissingException;
import cn.gov.civilaffairs.assistance.policy.StepDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process (shipped or edited in the modeler) its due and follow-up dates from
 * the step limits of the case's street, in working days; a limit for {@code <step>@<category>} wins over the
 * step's own (特困's county decision: 15 wd). Nothing about deadlines is written in the BPMN.
 */
@Component
class TaskDeadlinePlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskDeadlinePlugin.class);

  private final StepDeadlines deadlines;
  private final CaseTimeline timeline;

  TaskDeadlinePlugin(StepDeadlines deadlines, CaseTimeline timeline) {
    this.deadlines = deadlines;
    this.timeline = timeline;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new BpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        String stepId = activity.getId();
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> schedule(task, processKey, stepId));
      }
    });
  }

  private void schedule(DelegateTask task, String processKey, String stepId) {
    Object street = task.getVariable("streetCode");
    if (street == null) {
      return;
    }
    ZonedDateTime created = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        java.time.ZoneOffset.UTC);
    try {
      // A limit for the step in this category (e.g. UserTask_CountyDecision@TEKUN: 15 wd) wins over the step's.
      Object category = task.getVariable("category");
      deadlines.forStep(processKey, category == null ? List.of(stepId) : List.of(stepId + "@" + category, stepId),
          street.toString(), created).ifPresent(deadline -> {
        task.setDueDate(Date.from(deadline.due().toInstant()));
        task.setFollowUpDate(Date.from(deadline.followUp().toInstant()));
      });
    } catch (CalendarYearMissingException missing) {
      // Loud, but the case goes on: the step is open without a due date until the year is entered.
      log.error("No due date for step {} of case {}: {}", stepId, task.getExecution().getProcessBusinessKey(),
          missing.getMessage());
      String caseNumber = task.getExecution().getProcessBusinessKey();
      if (caseNumber != null) {
        timeline.record(caseNumber, "deadline-unknown:" + task.getId(), "DEADLINE_UNKNOWN", task.getName(),
            "system", "工作日历缺少 " + missing.year() + " 年的节假日安排，本环节暂无办理时限");
      }
    }
  }
}
