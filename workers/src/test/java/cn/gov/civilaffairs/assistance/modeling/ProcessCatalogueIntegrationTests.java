package cn.gov.civilaffairs.assistance.modeling;

import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.deploy;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.form;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.lineOfUserTasks;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The catalogue lists every process with its versions (the manager's change note, or "shipped"), running instances
 * and incidents per version, and per version the open tasks and incidents per step.
 */
class ProcessCatalogueIntegrationTests extends IntegrationTest {

  private static final String MANAGER = "catalogue.manager";
  private static final String KEY = "catalogue-test";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @BeforeEach
  void manager() {
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsVersionsWithNotesInstancesOpenTasksAndIncidentsPerStep() {
    var first = deploy(as(MANAGER), "目录测试第一版", Map.of(KEY + ".bpmn",
        lineOfUserTasks(KEY, "v1", "UserTask_Check", "UserTask_Approve"), "modeling-note.form", form()));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String v1 = ((List<String>) first.getBody().get("processes")).get(0);
    String a = start(v1);
    start(v1);
    tasks.complete(tasks.createTaskQuery().processInstanceId(a).singleResult().getId());
    String executionOfA = runtime.createExecutionQuery().processInstanceId(a).activityId("UserTask_Approve").list()
        .get(0).getId();
    runtime.createIncident("catalogueTest", executionOfA, "broken on purpose");
    var second = deploy(as(MANAGER), "目录测试第二版：增加复核", Map.of(KEY + ".bpmn",
        lineOfUserTasks(KEY, "v2", "UserTask_Check", "UserTask_Recheck", "UserTask_Approve")));
    String v2 = ((List<String>) second.getBody().get("processes")).get(0);
    start(v2);

    var processes = as(MANAGER).exchange("/api/processes", HttpMethod.GET, null, JSON_ARRAY);
    Map<String, Object> process = processes.getBody().stream().filter(p -> KEY.equals(p.get("key"))).findFirst()
        .orElseThrow();
    List<Map<String, Object>> versions = (List<Map<String, Object>>) process.get("versions");
    assertThat(processes.getHeaders().getFirst("Content-Range")).startsWith("processes 0-");
    assertThat(process).containsEntry("runningInstances", 3).containsEntry("incidents", 1)
        .containsEntry("latestDefinitionId", v2);
    assertThat(versions).extracting(v -> v.get("id")).containsExactly(v2, v1);
    assertThat(versions.get(0)).containsEntry("versionTag", "v2").containsEntry("deployedBy", MANAGER)
        .containsEntry("changeNote", "目录测试第二版：增加复核").containsEntry("channel", "WEB")
        .containsEntry("runningInstances", 1).containsEntry("incidents", 0);
    assertThat(versions.get(1)).containsEntry("runningInstances", 2).containsEntry("incidents", 1);
    Map<String, Object> shipped = processes.getBody().stream()
        .filter(p -> "assistance-application".equals(p.get("key"))).findFirst().orElseThrow();
    assertThat(((List<Map<String, Object>>) shipped.get("versions")).get(0))
        .containsEntry("channel", "SHIPPED").containsEntry("deployedBy", "shipped").doesNotContainKey("changeNote");

    Map<String, Object> definition = as(MANAGER).exchange("/api/processes/definitions/" + v1, HttpMethod.GET, null,
        JSON_OBJECT).getBody();
    assertThat((Map<String, Object>) definition.get("openTasks"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("UserTask_Check", 1, "UserTask_Approve", 1));
    assertThat((Map<String, Object>) definition.get("incidentsPerStep")).containsExactlyEntriesOf(
        Map.of("UserTask_Approve", 1));
    assertThat((List<Map<String, Object>>) definition.get("incidents")).singleElement()
        .satisfies(i -> assertThat(i).containsEntry("processInstanceId", a).containsEntry("type", "catalogueTest"));
    assertThat((String) definition.get("xml")).contains("UserTask_Approve").doesNotContain("UserTask_Recheck");
    assertThat(as(MANAGER).exchange("/api/processes/" + KEY, HttpMethod.GET, null, JSON_OBJECT).getBody())
        .containsEntry("latestVersion", versions.get(0).get("version"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void answersNotFoundForAnUnknownProcessAndServesTheLintConfiguration() {
    assertThat(as(MANAGER).exchange("/api/processes/no-such-process", HttpMethod.GET, null, JSON_OBJECT)
        .getBody()).containsEntry("code", "PROCESS_NOT_FOUND");
    assertThat(as(MANAGER).exchange("/api/processes/definitions/nope:1:2", HttpMethod.GET, null, JSON_OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Map<String, Object> config = as(MANAGER).exchange("/api/processes/lint-config", HttpMethod.GET, null,
        JSON_OBJECT).getBody();
    assertThat((List<Object>) config.get("topics")).contains("verify-household-economy");
    assertThat((List<Object>) config.get("roles")).contains("caseworker", "street-head");
    assertThat((List<Object>) config.get("forms")).contains("investigate-household");
    assertThat(as(MANAGER).getForEntity("/api/processes/forms/investigate-household", String.class).getBody())
        .contains("\"components\"");
    assertThat(http.getForEntity("/api/processes", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String start(String definitionId) {
    return runtime.startProcessInstanceById(definitionId, Map.of("streetCode", "110105001")).getId();
  }
}
