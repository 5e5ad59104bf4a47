package cn.gov.civilaffairs.assistance.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How a completed step feeds the process: form fields a step lists in {@code variables} become process variables
 * a gateway can branch on; a {@code builtin:} form key is checked and applied by its {@link TaskScreen}. Uses the
 * test-only process {@code step-outputs-test} (src/test/resources/test-processes).
 */
class StepOutputsIntegrationTests extends IntegrationTest {

  private static final String CASEWORKER = "outputs.caseworker";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  HistoryService history;

  private String instanceId;

  @BeforeEach
  void start() {
    ensureUser(CASEWORKER, "110105002", Role.CASEWORKER);
    instanceId = runtime.startProcessInstanceByKey("step-outputs-test", "T-" + UUID.randomUUID()).getId();
  }

  @Test
  void exportsOnlyTheListedFieldAndLetsTheBuiltInScreenDecideTheBranch() {
    assertThat(complete(taskOf("UserTask_Choose"), Map.of("route", "A", "note", "走A")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(instanceId, "route")).isEqualTo("A");
    assertThat(runtime.getVariable(instanceId, "note")).isNull();

    String decide = taskOf("UserTask_Decide");
    ResponseEntity<Map<String, Object>> shown = as(CASEWORKER).exchange("/api/tasks/" + decide, HttpMethod.GET,
        null, JSON_OBJECT);
    assertThat(shown.getBody()).containsEntry("formKey", "builtin:test-decision");
    assertThat(as(CASEWORKER).getForEntity("/api/tasks/" + decide + "/form", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> invalid = complete(decide, Map.of("decision", "MAYBE"));
    ResponseEntity<Map<String, Object>> noReason = complete(decide, Map.of("decision", "REFUSE"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(invalid)).containsExactly("decision");
    assertThat(errorFields(noReason)).containsExactly("reason");
    assertThat(tasks.createTaskQuery().taskId(decide).count()).isEqualTo(1);

    assertThat(complete(decide, Map.of("decision", "REFUSE", "reason", "收入超标")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId("EndEvent_Refused").count()).isEqualTo(1);
  }

  @Test
  void refusesToCompleteAStepWhoseBuiltInScreenIsNotInstalled() {
    complete(taskOf("UserTask_Choose"), Map.of("route", "B"));
    String missing = taskOf("UserTask_Missing");

    ResponseEntity<Map<String, Object>> response = complete(missing, Map.of());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("code", "SCREEN_NOT_INSTALLED");
    assertThat(tasks.createTaskQuery().taskId(missing).count()).isEqualTo(1);
  }

  @Test
  void refusesAFieldTheFormDoesNotHave() {
    ResponseEntity<Map<String, Object>> response = complete(taskOf("UserTask_Choose"),
        Map.of("route", "A", "decision", "APPROVE"));

    assertThat(errorFields(response)).containsExactly("decision");
    assertThat(runtime.getVariable(instanceId, "route")).isNull();
  }

  private String taskOf(String step) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(step).singleResult().getId();
  }

  private ResponseEntity<Map<String, Object>> complete(String taskId, Map<String, Object> data) {
    return as(CASEWORKER).exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(data, jsonHeaders()), JSON_OBJECT);
  }
}
