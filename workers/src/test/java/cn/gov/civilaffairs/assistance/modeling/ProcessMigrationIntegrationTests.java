package cn.gov.civilaffairs.assistance.modeling;

import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.deploy;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.form;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.lineOfUserTasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.batch.Batch;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Running instances move to a new version: the engine's generated mapping, adjusted by the manager, validated by the
 * engine per instruction, run as a batch. An instance whose step the mapping does not cover stays behind, one whose
 * migration fails in the batch stays on its version and is reported, and a migrated instance's open task is
 * completed on the new version, which then goes on to the step only the new version has.
 *
 * <p>The service's job executor runs batch jobs too (operaton.bpm.job-execution.enabled); the test does not wait for
 * it but executes the batch's jobs itself, tolerating the executor taking one first.
 */
class ProcessMigrationIntegrationTests extends IntegrationTest {

  private static final String MANAGER = "migration.manager";
  private static final String KEY = "migration-test";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @BeforeEach
  void aManager() {
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void migratesInstancesWithAnOpenTaskLeavingUnmappableAndFailedOnesOnTheOldVersion() {
    String v1 = deployed(deploy(as(MANAGER), "迁移测试第一版", Map.of(KEY + ".bpmn",
        lineOfUserTasks(KEY, "v1", "UserTask_Check", "UserTask_Approve", "UserTask_Archive"),
        "modeling-note.form", form())));
    String atCheck = start(v1, "110105001", 0);
    String failing = start(v1, "110108001", 0);
    String atApprove = start(v1, "110105001", 1);
    String atArchive = start(v1, "110105001", 2);
    String v2 = deployed(deploy(as(MANAGER), "迁移测试第二版：核查放入审查子流程，增加复核，取消归档", Map.of(KEY + ".bpmn",
        secondVersion())));

    Map<String, Object> plan = manager().exchange("/api/process-migrations/plan?source={s}&target={t}",
        HttpMethod.GET, null, JSON_OBJECT, v1, v2).getBody();
    assertThat((List<Map<String, Object>>) plan.get("instructions"))
        .containsExactly(Map.of("source", "UserTask_Approve", "target", "UserTask_Approve"));
    assertThat(plan).containsEntry("runningInstances", 4);
    assertThat((List<Map<String, Object>>) plan.get("targetActivities")).extracting(a -> a.get("id"))
        .contains("SubProcess_Review", "UserTask_Recheck");

    List<Map<String, String>> adjusted = List.of(Map.of("source", "UserTask_Approve", "target", "UserTask_Approve"),
        Map.of("source", "UserTask_Check", "target", "UserTask_Check"));
    var wrong = List.of(adjusted.get(0), adjusted.get(1),
        Map.of("source", "UserTask_Archive", "target", "EndEvent_Done"));
    Map<String, Object> invalid = post(manager(), "/api/process-migrations/validation", request(v1, v2, wrong))
        .getBody();
    assertThat(invalid).containsEntry("valid", false);
    assertThat((List<Map<String, Object>>) invalid.get("errors")).singleElement().satisfies(e -> assertThat(e)
        .containsEntry("source", "UserTask_Archive").containsEntry("target", "EndEvent_Done"));
    var refused = post(manager(), "/api/process-migrations", request(v1, v2, wrong));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).containsEntry("code", "MIGRATION_PLAN_INVALID");
    assertThat(count("select count(*) from process_migrations where source_definition_id = ?", v1)).isZero();
    Map<String, Object> valid = post(manager(), "/api/process-migrations/validation", request(v1, v2, adjusted))
        .getBody();
    assertThat((List<Map<String, Object>>) valid.get("unmappable")).singleElement()
        .satisfies(i -> assertThat(i).containsEntry("processInstanceId", atArchive)
            .containsEntry("unmappedActivities", List.of("UserTask_Archive")));

    var started = post(manager(), "/api/process-migrations", request(v1, v2, adjusted));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    runBatchJobs((String) started.getBody().get("batchId"));

    Map<String, Object> status = manager().exchange("/api/process-migrations/" + started.getBody().get("id"),
        HttpMethod.GET, null, JSON_OBJECT).getBody();
    assertThat(status).containsEntry("total", 3).containsEntry("migrated", 2).containsEntry("failed", 1)
        .containsEntry("pending", 0).containsEntry("finished", true);
    Map<String, Map<String, Object>> byInstance = ModelFixtures.byId(
        (List<Map<String, Object>>) status.get("instances"), i -> (String) i.get("processInstanceId"));
    assertThat(byInstance.get(atCheck)).containsEntry("status", "MIGRATED");
    assertThat(byInstance.get(atApprove)).containsEntry("status", "MIGRATED");
    assertThat(byInstance.get(failing)).containsEntry("status", "FAILED");
    assertThat((String) byInstance.get(failing).get("message")).contains("noSuchVariable");
    assertThat((List<Map<String, Object>>) status.get("skipped")).extracting(i -> i.get("processInstanceId"))
        .containsExactly(atArchive);
    assertThat(definitionOf(failing)).isEqualTo(v1);
    assertThat(definitionOf(atArchive)).isEqualTo(v1);
    assertThat(definitionOf(atCheck)).isEqualTo(v2);
    assertThat(count("""
        select count(*) from audit_events where action = 'PROCESS_MIGRATION_STARTED' and username = ?
          and entity_id = ?""", MANAGER, String.valueOf(started.getBody().get("id")))).isEqualTo(1);

    tasks.complete(tasks.createTaskQuery().processInstanceId(atCheck).singleResult().getId());
    assertThat(tasks.createTaskQuery().processInstanceId(atCheck).singleResult().getTaskDefinitionKey())
        .isEqualTo("UserTask_Recheck");
  }

  @Test
  void refusesUnknownVersionsAndMigratingAVersionOntoItself() {
    String v1 = deployed(deploy(as(MANAGER), "迁移测试", Map.of(KEY + ".bpmn",
        lineOfUserTasks(KEY, "v1", "UserTask_Check"), "modeling-note.form", form())));

    assertThat(manager().exchange("/api/process-migrations/plan?source={s}&target={t}", HttpMethod.GET, null,
        JSON_OBJECT, v1, "nope:1:1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(manager().exchange("/api/process-migrations/plan?source={s}&target={t}", HttpMethod.GET, null,
        JSON_OBJECT, v1, v1).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  /** Executes the batch's seed and migration jobs until none is left to try. */
  private void runBatchJobs(String batchId) {
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    if (batch == null) {
      return;
    }
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
      for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
        for (Job job : management.createJobQuery().jobDefinitionId(definition).withRetriesLeft().list()) {
          try {
            management.executeJob(job.getId());
          } catch (RuntimeException expected) {
            // a failing migration, or the job executor took this job first
          }
        }
      }
      return management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).count() == 0
          && management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withRetriesLeft()
              .count() == 0;
    });
  }

  private String definitionOf(String instanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionId();
  }

  private org.springframework.boot.test.web.client.TestRestTemplate manager() {
    return as(MANAGER);
  }

  private ResponseEntity<Map<String, Object>> post(org.springframework.boot.test.web.client.TestRestTemplate client,
      String path, Object body) {
    return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
  }

  private static Map<String, Object> request(String source, String target, List<Map<String, String>> instructions) {
    return Map.of("sourceDefinitionId", source, "targetDefinitionId", target, "instructions", instructions);
  }

  /** Starts an instance and completes its first {@code steps} tasks. */
  private String start(String definitionId, String streetCode, int steps) {
    String id = runtime.startProcessInstanceById(definitionId, Map.of("streetCode", streetCode)).getId();
    for (int i = 0; i < steps; i++) {
      tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
    }
    return id;
  }

  @SuppressWarnings("unchecked")
  private static String deployed(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((List<String>) response.getBody().get("processes")).get(0);
  }

  /**
   * The check now sits in a review sub-process whose start listener fails for one street (standing in for any
   * failure inside the batch), a re-check follows, the archive step is gone.
   */
  private static String secondVersion() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_MigrationTest"
            targetNamespace="http://civilaffairs.gov.cn/assistance/test">
          <bpmn:process id="migration-test" isExecutable="true" camunda:historyTimeToLive="P30D"
              camunda:versionTag="v2">
            <bpmn:startEvent id="StartEvent_Started" />
            <bpmn:subProcess id="SubProcess_Review">
              <bpmn:extensionElements>
                <camunda:executionListener event="start"
                    expression="${streetCode == '110108001' ? noSuchVariable : null}" />
              </bpmn:extensionElements>
              <bpmn:startEvent id="StartEvent_Review" />
              <bpmn:userTask id="UserTask_Check" camunda:candidateGroups="caseworker:${streetCode}"
                  camunda:formRef="modeling-note" camunda:formRefBinding="latest" />
              <bpmn:endEvent id="EndEvent_Review" />
              <bpmn:sequenceFlow id="Flow_ReviewStart" sourceRef="StartEvent_Review" targetRef="UserTask_Check" />
              <bpmn:sequenceFlow id="Flow_ReviewEnd" sourceRef="UserTask_Check" targetRef="EndEvent_Review" />
            </bpmn:subProcess>
            <bpmn:userTask id="UserTask_Recheck" camunda:candidateGroups="caseworker:${streetCode}"
                camunda:formRef="modeling-note" camunda:formRefBinding="latest" />
            <bpmn:userTask id="UserTask_Approve" camunda:candidateGroups="caseworker:${streetCode}"
                camunda:formRef="modeling-note" camunda:formRefBinding="latest" />
            <bpmn:endEvent id="EndEvent_Done" />
            <bpmn:sequenceFlow id="Flow_Review" sourceRef="StartEvent_Started" targetRef="SubProcess_Review" />
            <bpmn:sequenceFlow id="Flow_Recheck" sourceRef="SubProcess_Review" targetRef="UserTask_Recheck" />
            <bpmn:sequenceFlow id="Flow_Approve" sourceRef="UserTask_Recheck" targetRef="UserTask_Approve" />
            <bpmn:sequenceFlow id="Flow_Done" sourceRef="UserTask_Approve" targetRef="EndEvent_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """.strip();
  }
}
