package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

@Deployment(resources = {"processes/temporary-aid.bpmn", "processes/assess-hardship.form"})
class TemporaryAidProcessTests {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngines.extension();

  RuntimeService runtime;
  TaskService tasks;
  HistoryService history;

  @Test
  void asksTheStreetHeadToAssessTheHardship() {
    ProcessInstance instance = runtime.startProcessInstanceByKey("temporary-aid", "LS-110105001-2026-000001",
        Map.of("category", "TEMPORARY_AID", "streetCode", "110105001", "districtCode", "110105"));

    Task assessment = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(assessment.getTaskDefinitionKey()).isEqualTo("UserTask_AssessHardship");
    assertThat(tasks.createTaskQuery().taskCandidateGroup("street-head:110105001").count()).isEqualTo(1);

    tasks.complete(assessment.getId());

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_HardshipAssessed");
  }
}
