package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

@Deployment(resources = {"processes/assistance-application.bpmn", "processes/investigate-household.form"})
class AssistanceApplicationProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngines.extension();

  RuntimeService runtime;
  TaskService tasks;
  ExternalTaskService externalTasks;
  HistoryService history;

  @Test
  void goesStraightToHomeInvestigationWhenNoConflictOfInterest() {
    ProcessInstance instance = startApplication("DB-110105001-2026-000001");

    completeConflictCheck(instance, false);

    Task investigation = singleTask(instance);
    assertThat(investigation.getTaskDefinitionKey()).isEqualTo("UserTask_InvestigateHousehold");
    assertThat(candidateGroups(investigation)).containsExactly("caseworker:110105001");
    tasks.complete(investigation.getId());

    assertEndedAt(instance, "EndEvent_InvestigationRecorded");
    assertThat(visited(instance)).doesNotContain("UserTask_RegisterConflictWithCounty");
  }

  @Test
  void registersConflictOfInterestWithCountyBeforeInvestigation() {
    ProcessInstance instance = startApplication("DB-110105001-2026-000002");

    completeConflictCheck(instance, true);

    Task registration = singleTask(instance);
    assertThat(registration.getTaskDefinitionKey()).isEqualTo("UserTask_RegisterConflictWithCounty");
    assertThat(candidateGroups(registration)).containsExactly("county-approver:110105");
    tasks.complete(registration.getId());

    Task investigation = singleTask(instance);
    assertThat(investigation.getTaskDefinitionKey()).isEqualTo("UserTask_InvestigateHousehold");
    tasks.complete(investigation.getId());

    assertEndedAt(instance, "EndEvent_InvestigationRecorded");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("conflictOfInterest").singleResult().getValue()).isEqualTo(true);
  }

  @Test
  void waitsAtConflictCheckUntilAWorkerReports() {
    ProcessInstance instance = startApplication("DB-110105001-2026-000003");

    assertThat(runtime.getActiveActivityIds(instance.getId()))
        .containsExactly("ServiceTask_CheckConflictOfInterest");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private ProcessInstance startApplication(String caseNumber) {
    return runtime.startProcessInstanceByKey("assistance-application", caseNumber,
        Map.of("category", "DIBAO", "streetCode", "110105001", "districtCode", "110105", "householdId", 1L));
  }

  private void completeConflictCheck(ProcessInstance instance, boolean conflict) {
    List<LockedExternalTask> locked = externalTasks.fetchAndLock(10, "test")
        .topic("check-conflict-of-interest", 60_000).businessKey(instance.getBusinessKey()).execute();
    assertThat(locked).hasSize(1);
    assertThat(locked.get(0).getBusinessKey()).isEqualTo(instance.getBusinessKey());
    externalTasks.complete(locked.get(0).getId(), "test", Map.of("conflictOfInterest", conflict));
  }

  private Task singleTask(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private List<String> visited(ProcessInstance instance) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
        .map(activity -> activity.getActivityId())
        .toList();
  }

  private void assertEndedAt(ProcessInstance instance, String endEventId) {
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo(endEventId);
  }
}
