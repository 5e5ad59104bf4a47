package cn.gov.civilaffairs.assistance.modeling;

import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The Camunda Desktop Modeler's deploy dialog (multipart to /engine-rest/deployment/create with HTTP basic) goes
 * through the same checks, change note and audit as our own endpoint; a file saved by the Modeler in Camunda 7 mode
 * deploys through both when it follows our rules.
 */
class CamundaModelerDeployIntegrationTests extends IntegrationTest {

  private static final String MANAGER = "desktop.manager";
  private static final String KEY = "desktop-modeler-test";

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @BeforeEach
  void users() {
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
    ensureUser("desktop.admin", "110000", Role.ADMIN);
    ensureUser("desktop.caseworker", "110105001", Role.CASEWORKER);
  }

  @Test
  @SuppressWarnings("unchecked")
  void deploysAModelerFileFromTheDeployDialogWithItsNameAsChangeNoteAndAudits() {
    ResponseEntity<Map<String, Object>> deployed = modelerDeploy(MANAGER, "增加街道复核（Camunda Modeler）",
        Map.of(KEY + ".bpmn", modelerFile("UserTask_StreetRecheck"), "street-recheck.form", modelerForm()));

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Map<String, Object>> definitions =
        (Map<String, Map<String, Object>>) deployed.getBody().get("deployedProcessDefinitions");
    Map<String, Object> definition = definitions.values().iterator().next();
    assertThat(definition).containsEntry("key", KEY).containsEntry("versionTag", "1.1.0");
    assertThat(deployed.getBody()).containsEntry("name", "增加街道复核（Camunda Modeler）")
        .containsEntry("source", "Camunda Modeler");
    String deploymentId = (String) deployed.getBody().get("id");
    assertThat(jdbc.queryForMap("select change_note, deployed_by, channel from process_deployments "
        + "where deployment_id = ?", deploymentId)).containsEntry("change_note", "增加街道复核（Camunda Modeler）")
        .containsEntry("deployed_by", MANAGER).containsEntry("channel", "CAMUNDA_MODELER");
    assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'PROCESS_DEPLOYED' "
        + "and entity_id = ? and username = ?", Long.class, deploymentId, MANAGER)).isEqualTo(1);

    String instance = runtime.startProcessInstanceById((String) definition.get("id"),
        Map.of("streetCode", "110105001")).getId();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(as("desktop.caseworker").getForEntity("/api/tasks/" + taskId + "/form", String.class).getBody())
        .contains("复核意见");
  }

  @Test
  void takesAChangeNoteFieldAndTheSameFileThroughOurOwnEndpoint() {
    var body = multipart("deployment-name", Map.of(KEY + ".bpmn", modelerFile("UserTask_StreetRecheck"),
        "street-recheck.form", modelerForm()));
    body.add("change-note", "变更说明字段");
    ResponseEntity<Map<String, Object>> deployed = anonymous.withBasicAuth(MANAGER, PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, multipartHeaders()), JSON_OBJECT);
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select change_note from process_deployments where deployment_id = ?",
        String.class, deployed.getBody().get("id"))).isEqualTo("变更说明字段");

    var ours = ModelFixtures.deploy(as(MANAGER), "同一文件经本系统部署",
        Map.of(KEY + ".bpmn", modelerFile("UserTask_StreetRecheck"), "street-recheck.form", modelerForm()));
    assertThat(ours.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void refusesAModelThatBreaksTheRulesOrAnyoneButAProcessManagerAndDeploysNothing() {
    long before = repository.createDeploymentQuery().count();

    ResponseEntity<Map<String, Object>> refused = modelerDeploy(MANAGER, "坏模型",
        Map.of(KEY + ".bpmn", modelerFile("Activity_0x8k2m1")));
    ResponseEntity<Map<String, Object>> noNote = modelerDeploy(MANAGER, "",
        Map.of(KEY + ".bpmn", modelerFile("UserTask_StreetRecheck"), "street-recheck.form", modelerForm()));
    ResponseEntity<Map<String, Object>> admin = modelerDeploy("desktop.admin", "管理员",
        Map.of(KEY + ".bpmn", modelerFile("UserTask_StreetRecheck"), "street-recheck.form", modelerForm()));
    ResponseEntity<String> caseworker = anonymous.withBasicAuth("desktop.caseworker", PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>("{}", jsonHeaders()), String.class);
    ResponseEntity<String> redeploy = anonymous.withBasicAuth(MANAGER, PASSWORD).exchange(
        "/engine-rest/deployment/some-id/redeploy", HttpMethod.POST, new HttpEntity<>("{}", jsonHeaders()),
        String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).containsEntry("code", "MODEL_INVALID");
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("code"))
        .contains("ELEMENT_ID_FORMAT", "FORM_NOT_FOUND");
    assertThat((String) refused.getBody().get("message")).contains(KEY + ".bpmn#Activity_0x8k2m1");
    assertThat(noNote.getBody()).containsEntry("code", "VALIDATION_FAILED");
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A caseworker's right password over basic gets the wrong password's answer (no oracle, SECURITY.md).
    assertThat(caseworker.getStatusCode()).as(String.valueOf(caseworker.getBody())).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(redeploy.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  private ResponseEntity<Map<String, Object>> modelerDeploy(String user, String name, Map<String, String> files) {
    return anonymous.withBasicAuth(user, PASSWORD).exchange("/engine-rest/deployment/create", HttpMethod.POST,
        new HttpEntity<>(multipart(name, files), multipartHeaders()), JSON_OBJECT);
  }

  /** What the Modeler's deploy dialog sends: name, source, deploy-changed-only and each file as a part. */
  private static LinkedMultiValueMap<String, Object> multipart(String name, Map<String, String> files) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", name);
    body.add("deployment-source", "Camunda Modeler");
    body.add("deploy-changed-only", "true");
    files.forEach((file, content) -> body.add(file, named(file, content)));
    return body;
  }

  private static HttpHeaders multipartHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Accept", "application/json");
    return headers;
  }

  /** As the Camunda Modeler 5 saves a Camunda 7 diagram: its namespaces, exporter, generated definitions id, DI. */
  static String modelerFile(String taskId) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
        xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
        xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
        xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_0k3v7rm" \
        targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" \
        modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0">
          <bpmn:process id="%1$s" name="街道复核" isExecutable="true" camunda:versionTag="1.1.0" camunda:historyTimeToLive="180">
            <bpmn:startEvent id="StartEvent_Submitted" name="已提交">
              <bpmn:outgoing>Flow_ToRecheck</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_ToRecheck" sourceRef="StartEvent_Submitted" targetRef="%2$s" />
            <bpmn:userTask id="%2$s" name="街道复核" camunda:formRef="street-recheck" camunda:formRefBinding="latest" camunda:candidateGroups="caseworker:${streetCode}">
              <bpmn:extensionElements>
                <camunda:properties>
                  <camunda:property name="caseRole" value="INVESTIGATED" />
                </camunda:properties>
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_ToRecheck</bpmn:incoming>
              <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="EndEvent_Rechecked" name="已复核">
              <bpmn:incoming>Flow_ToEnd</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="%2$s" targetRef="EndEvent_Rechecked" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="%1$s">
              <bpmndi:BPMNShape id="_BPMNShape_StartEvent_2" bpmnElement="StartEvent_Submitted">
                <dc:Bounds x="179" y="99" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Activity_1u4xw2d_di" bpmnElement="%2$s">
                <dc:Bounds x="270" y="77" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Event_0f3x2a1_di" bpmnElement="EndEvent_Rechecked">
                <dc:Bounds x="432" y="99" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_ToRecheck_di" bpmnElement="Flow_ToRecheck">
                <di:waypoint x="215" y="117" />
                <di:waypoint x="270" y="117" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_ToEnd_di" bpmnElement="Flow_ToEnd">
                <di:waypoint x="370" y="117" />
                <di:waypoint x="432" y="117" />
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """.formatted(KEY, taskId).strip();
  }

  static String modelerForm() {
    return """
        {
          "components": [
            {"label": "复核意见", "type": "textarea", "layout": {"row": "Row_0b1x9e2"}, "id": "Field_1n5k0az",
             "key": "recheckOpinion", "validate": {"required": true}}
          ],
          "type": "default",
          "id": "street-recheck",
          "executionPlatform": "Camunda Platform",
          "executionPlatformVersion": "7.22.0",
          "exporter": {"name": "Camunda Modeler", "version": "5.31.0"},
          "schemaVersion": 16
        }
        """;
  }
}
