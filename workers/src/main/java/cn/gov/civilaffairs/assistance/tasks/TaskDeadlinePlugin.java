package cn.gov.civilaffairs.assistance.tasks;

import java.util.Date;
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
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process (shipped or edited in the modeler) its due and follow-up dates from
 * the step limits of the case's street, in working days; a limit for {@code <step>@<category>} wins over the
 * step's own (特困's county decision: 15 wd). Nothing about deadlines is written in the BPMN.
 */
@Component
class TaskDeadlinePlugin extends AbstractProcessEnginePlugin {

  private final ProvisionalTaskDues dues;

  TaskDeadlinePlugin(@Lazy ProvisionalTaskDues dues) {
    this.dues = dues;
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
    // A limit for the step in this category (e.g. UserTask_CountyDecision@TEKUN: 15 wd) wins over the step's. On
    // a year whose official schedule is not entered yet the deadline is provisional (marked, recomputed later).
    dues.deadline(task.getId(), task.getExecution().getProcessBusinessKey(), processKey, stepId,
        task.getVariable("category"), street.toString(), ClockUtil.getCurrentTime().toInstant(), true)
        .ifPresent(deadline -> {
          task.setDueDate(Date.from(deadline.due().toInstant()));
          task.setFollowUpDate(Date.from(deadline.followUp().toInstant()));
        });
  }
}
