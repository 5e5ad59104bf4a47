package cn.gov.civilaffairs.assistance.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.TestWorkers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The in-process runtime against the real engine: completion, business error, retries ending in an incident. */
class ExternalTaskJobRuntimeIntegrationTests extends IntegrationTest {

  private static final String PROCESS = "exercise-runtime-process";

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @Autowired
  ManagementService management;

  @BeforeAll
  static void deploy(@Autowired RepositoryService repository) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).operatonHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("ServiceTask_Exercise").operatonExternalTask(TestWorkers.TOPIC)
        .boundaryEvent("BoundaryEvent_Refused").error("EXERCISE_REFUSED").endEvent("EndEvent_Refused")
        .moveToActivity("ServiceTask_Exercise").endEvent("EndEvent_Done")
        .done();
    repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).name("runtime-test").deploy();
  }

  @Test
  void completesAJobWithTheWorkersVariables() {
    String instance = start("RUNTIME-COMPLETE", "complete");

    await().atMost(Duration.ofSeconds(10)).until(() -> endActivity(instance) != null);

    assertThat(endActivity(instance)).isEqualTo("EndEvent_Done");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("outcome")
        .singleResult().getValue()).isEqualTo("done");
    assertThat(TestWorkers.ATTEMPTS.get("RUNTIME-COMPLETE")).hasValue(1);
  }

  @Test
  void turnsABusinessErrorIntoTheModelledBpmnError() {
    String instance = start("RUNTIME-REFUSE", "refuse");

    await().atMost(Duration.ofSeconds(10)).until(() -> endActivity(instance) != null);

    assertThat(endActivity(instance)).isEqualTo("EndEvent_Refused");
  }

  @Test
  void retriesATechnicalFailureThenRaisesAnIncident() {
    String instance = start("RUNTIME-FAIL", "fail");

    await().atMost(Duration.ofSeconds(15)).until(() ->
        runtime.createIncidentQuery().processInstanceId(instance).count() == 1);

    Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedExternalTask");
    assertThat(incident.getIncidentMessage()).contains("failing on purpose");
    assertThat(TestWorkers.ATTEMPTS.get("RUNTIME-FAIL")).hasValue(3);
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly("ServiceTask_Exercise");
  }

  private String start(String businessKey, String mode) {
    return runtime.startProcessInstanceByKey(PROCESS, businessKey, Map.of("mode", mode)).getId();
  }

  private String endActivity(String instance) {
    var finished = history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished()
        .singleResult();
    return finished == null ? null : finished.getEndActivityId();
  }
}
