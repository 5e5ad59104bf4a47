package cn.gov.civilaffairs.assistance.applications;

import cn.gov.civilaffairs.assistance.identity.DataScope;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Writes each step of every process (user, service and receive tasks, call activities, end of the process)
 * into the case timeline, inside the engine's transaction. Keys are activity instance ids, so replays are
 * harmless. Applies to processes edited in the modeler too: nothing in the BPMN is needed. When the process ends,
 * the case closes with the end event as its outcome.
 */
@Component
class CaseTimelineEnginePlugin extends AbstractProcessEnginePlugin {

  private final CaseTimeline timeline;
  private final CaseClosure closure;

  CaseTimelineEnginePlugin(CaseTimeline timeline, CaseClosure closure) {
    this.timeline = timeline;
    this.closure = closure;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new StepListeners());
  }

  private class StepListeners implements BpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(activity);
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(activity);
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
      track(activity);
    }

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity definition) {
      definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
        record(execution, "process-ended:" + execution.getProcessInstanceId(), "PROCESS_ENDED",
            execution.getCurrentActivityName());
        if (execution.getProcessBusinessKey() != null) {
          closure.close(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
              execution.getCurrentActivityId(), execution.getCurrentActivityName());
        }
      });
    }

    private void track(ActivityImpl activity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
          record(execution, "start:" + execution.getActivityInstanceId(), "STEP_STARTED", stepOf(execution)));
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution ->
          record(execution, "end:" + execution.getActivityInstanceId(), "STEP_COMPLETED", stepOf(execution)));
    }
  }

  private static String stepOf(DelegateExecution execution) {
    String name = execution.getCurrentActivityName();
    return name != null ? name : execution.getCurrentActivityId();
  }

  private void record(DelegateExecution execution, String key, String type, String step) {
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber != null) {
      timeline.record(caseNumber, key, type, step, DataScope.actor(), null);
    }
  }
}
