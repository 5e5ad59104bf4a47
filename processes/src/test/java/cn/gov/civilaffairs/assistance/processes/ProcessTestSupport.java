package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;

/**
 * What every process test does to drive a process on the engine alone: work an external task as its worker would,
 * expect the open user task with its candidate group, and look at where the instance went and ended.
 */
abstract class ProcessTestSupport {

  private static ProcessEngine engine() {
    return ProcessEngines.engine();
  }

  /** Locks the instance's one job of {@code topic}. */
  protected LockedExternalTask lock(ProcessInstance instance, String topic) {
    List<LockedExternalTask> locked = engine().getExternalTaskService().fetchAndLock(10, "test")
        .topic(topic, 60_000).businessKey(instance.getBusinessKey()).execute();
    assertThat(locked).as("jobs of %s", topic).hasSize(1);
    return locked.get(0);
  }

  /** Completes the instance's one job of {@code topic} with the variables its worker would return. */
  protected void work(ProcessInstance instance, String topic, Map<String, Object> variables) {
    engine().getExternalTaskService().complete(lock(instance, topic).getId(), "test", variables);
  }

  /** The only open task of the instance: this step, offered to this group. */
  protected Task expectTask(ProcessInstance instance, String step, String candidateGroup) {
    Task task = engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task).as("open task, expected %s", step).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
    assertCandidates(task, candidateGroup);
    return task;
  }

  protected void assertCandidates(Task task, String candidateGroup) {
    assertThat(candidateGroups(task)).containsExactly(candidateGroup);
  }

  protected List<String> candidateGroups(Task task) {
    return engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  protected List<String> visited(ProcessInstance instance) {
    return engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .list().stream().map(activity -> activity.getActivityId()).toList();
  }

  protected void assertEndedAt(ProcessInstance instance, String endEventId) {
    assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getEndActivityId()).isEqualTo(endEventId);
  }
}
