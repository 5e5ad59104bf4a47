package cn.gov.civilaffairs.assistance.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process manager deploys a new process with a new form-js form; unsafe, oversize, foreign and non-conforming
 * files are refused with every problem listed and nothing deployed. Uses its own process key so the shared
 * context's processes are untouched.
 */
class ProcessDeploymentIntegrationTests extends IntegrationTest {

  private static final String MANAGER = "deploy.manager";
  private static final String KEY = "modeler-deploy-test";

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @BeforeEach
  void manager() {
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
    ensureUser("deploy.caseworker", "110105001", Role.CASEWORKER);
  }

  @Test
  void deploysANewVersionWithItsFormAndKeepsThePreviousOne() {
    long before = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count();

    ResponseEntity<Map<String, Object>> deployed = deploy(MANAGER, "新增复核环节", Map.of(
        KEY + ".bpmn", process("UserTask_Recheck", "caseworker:${streetCode}", "recheck-note", "P30D"),
        "recheck-note.form", form("recheck-note")));

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(before + 1);
    String instance = runtime.startProcessInstanceByKey(KEY, Map.of("streetCode", "110105001")).getId();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(as("deploy.caseworker").getForEntity("/api/tasks/" + taskId + "/form", String.class).getBody())
        .contains("复核说明");
    assertThat(count("select count(*) from process_deployments where deployment_id = ? and change_note = ?",
        deployed.getBody().get("deploymentId"), "新增复核环节")).isEqualTo(1);
  }

  @Test
  void refusesAModelThatBreaksTheRulesListingEveryProblemAndDeploysNothing() {
    long before = repository.createDeploymentQuery().count();

    ResponseEntity<Map<String, Object>> refused = deploy(MANAGER, "坏模型", Map.of(
        KEY + ".bpmn", process("Activity_0abc", "clerk:${streetCode}", "no-such-form", null),
        "readme.txt", "hello"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).containsEntry("code", "MODEL_INVALID");
    assertThat(errors(refused)).extracting(e -> e.get("code")).contains("ELEMENT_ID_FORMAT",
        "CANDIDATE_GROUP_FORMAT", "FORM_NOT_FOUND", "NO_HISTORY_TIME_TO_LIVE", "FILE_TYPE_NOT_ALLOWED");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void refusesExternalEntitiesAndOversizeFiles() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</bpmn:definitions>";

    ResponseEntity<Map<String, Object>> unsafe = deploy(MANAGER, "外部实体", Map.of(KEY + ".bpmn", xxe));
    ResponseEntity<Map<String, Object>> huge = deploy(MANAGER, "超大文件",
        Map.of(KEY + ".bpmn", " ".repeat(ProcessDeployments.MAX_FILE_BYTES + 1)));
    ResponseEntity<Map<String, Object>> noNote = deploy(MANAGER, "", Map.of(KEY + ".bpmn",
        process("UserTask_Recheck", "caseworker:${streetCode}", "recheck-note", "P30D")));

    assertThat(errors(unsafe)).extracting(e -> e.get("code")).containsExactly("UNSAFE_XML");
    assertThat(errors(huge)).extracting(e -> e.get("code")).containsExactly("MODEL_FILE_TOO_LARGE");
    assertThat(errorFields(noNote)).containsExactly("changeNote");
    assertThat(deploy("deploy.caseworker", "越权", Map.of(KEY + ".bpmn", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesAMultipartDeploymentByAnyoneButAProcessManagerAs401Or403NotAsAMissingFile() throws Exception {
    ensureUser("deploy.admin", "110000", Role.ADMIN);
    String token = (String) anonymous.exchange("/api/auth/login", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", "deploy.caseworker", "password", PASSWORD), jsonHeaders()), JSON_OBJECT)
        .getBody().get("token");
    long before = repository.createDeploymentQuery().count();

    var bearerCaseworker = multipartPost("/api/process-deployments", "Bearer " + token);
    var bearerNobody = multipartPost("/api/process-deployments", null);
    var basicCaseworker = multipartPost("/engine-rest/deployment/create", basic("deploy.caseworker"));
    var basicNobody = multipartPost("/engine-rest/deployment/create", null);
    var basicAdmin = multipartPost("/engine-rest/deployment/create", basic("deploy.admin"));

    for (var refused : java.util.List.of(bearerCaseworker, basicAdmin)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("\"code\":\"FORBIDDEN\"").doesNotContain("FILE_REQUIRED");
    }
    // Over basic, a caseworker's right password gets the wrong password's answer (no oracle, SECURITY.md).
    for (var refused : java.util.List.of(bearerNobody, basicNobody, basicCaseworker)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
      assertThat(refused.body()).contains("\"code\":\"UNAUTHENTICATED\"").doesNotContain("FILE_REQUIRED");
    }
    assertThat(basicNobody.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  private static String basic(String username) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  /** A real multipart body (change note and a BPMN file) as a browser or the Camunda Modeler sends it. */
  private java.net.http.HttpResponse<String> multipartPost(String path, String authorization) throws Exception {
    String boundary = "----deploy-refusal";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"changeNote\"\r\n\r\n越权\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n越权\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + KEY + ".bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + process("UserTask_Recheck", "caseworker:${streetCode}", "recheck-note", "P30D")
        + "\r\n--" + boundary + "--\r\n";
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(anonymous.getRootUri() + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
        .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private ResponseEntity<Map<String, Object>> deploy(String username, String note, Map<String, String> files) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("changeNote", note);
    files.forEach((name, content) -> body.add("files", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(username).exchange("/api/process-deployments", HttpMethod.POST, new HttpEntity<>(body, headers),
        JSON_OBJECT);
  }

  private static String process(String taskId, String groups, String formRef, String historyTimeToLive) {
    String ttl = historyTimeToLive == null ? "" : " camunda:historyTimeToLive=\"" + historyTimeToLive + "\"";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_DeployTest"
            targetNamespace="http://civilaffairs.gov.cn/assistance/test">
          <bpmn:process id="%s" isExecutable="true"%s>
            <bpmn:startEvent id="StartEvent_Test" />
            <bpmn:userTask id="%s" name="复核" camunda:candidateGroups="%s" camunda:formRef="%s"
                camunda:formRefBinding="latest" />
            <bpmn:endEvent id="EndEvent_Test" />
            <bpmn:sequenceFlow id="Flow_One" sourceRef="StartEvent_Test" targetRef="%s" />
            <bpmn:sequenceFlow id="Flow_Two" sourceRef="%s" targetRef="EndEvent_Test" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(KEY, ttl, taskId, groups, formRef, taskId, taskId).strip();
  }

  private static String form(String id) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
          {"id": "Field_Note", "key": "note", "type": "textarea", "label": "复核说明", "validate": {"required": true}}]}
        """.formatted(id);
  }
}
