package cn.gov.civilaffairs.assistance.tasks;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Whoever accepted or investigated a case may not complete its approval steps. The approval step here is a test
 * process (the shipped ones get theirs with the decision issue), started for a real accepted case.
 */
class SeparationOfDutiesIntegrationTests extends IntegrationTest {

  private static final String PROCESS = "separation-of-duties-check";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @BeforeAll
  static void deploy(@Autowired RepositoryService repository) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).operatonHistoryTimeToLive(1)
        .startEvent()
        .userTask("UserTask_Investigate").operatonCandidateGroups("caseworker:110105")
        .userTask("UserTask_Approve").operatonCandidateGroups("county-approver:110105")
        .endEvent()
        .done();
    property(model, "UserTask_Investigate", "caseRole", "INVESTIGATED");
    property(model, "UserTask_Approve", "approval", "true");
    repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
  }

  @Test
  void forbidsTheClerkWhoAcceptedACaseToApproveIt() {
    ensureUser("sod.clerk-approver", "110105", Role.WINDOW_CLERK, Role.COUNTY_APPROVER);
    ensureUser("sod.approver", "110105", Role.COUNTY_APPROVER);
    ensureUser("sod.caseworker", "110105", Role.CASEWORKER);
    String caseNumber = (String) as("sod.clerk-approver").exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>(aDibaoApplicationOfANewCouple("110105001001"), jsonHeaders()), JSON_OBJECT).getBody()
        .get("caseNumber");
    runtime.startProcessInstanceByKey(PROCESS, caseNumber);
    assertThat(complete(as("sod.caseworker"), taskOf(caseNumber, "UserTask_Investigate")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String approval = taskOf(caseNumber, "UserTask_Approve");

    ResponseEntity<Map<String, Object>> refused = complete(as("sod.clerk-approver"), approval);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("code", "SEPARATION_OF_DUTIES");
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isEqualTo(1);
    assertThat(complete(as("sod.approver"), approval).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void forbidsTheInvestigatorToApproveTheSameCase() {
    ensureUser("sod.investigator-approver", "110105", Role.CASEWORKER, Role.COUNTY_APPROVER);
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105001002"))
        .getBody().get("caseNumber");
    runtime.startProcessInstanceByKey(PROCESS, caseNumber);
    TestRestTemplate investigator = as("sod.investigator-approver");

    assertThat(complete(investigator, taskOf(caseNumber, "UserTask_Investigate")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> refused = complete(investigator, taskOf(caseNumber, "UserTask_Approve"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("code", "SEPARATION_OF_DUTIES");
  }

  @Test
  void answersConflictWhenSomeoneElseClaimedTheTask() {
    ensureUser("sod.first", "110105", Role.CASEWORKER);
    ensureUser("sod.second", "110105", Role.CASEWORKER);
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002002"))
        .getBody().get("caseNumber");
    runtime.startProcessInstanceByKey(PROCESS, caseNumber);
    String investigation = taskOf(caseNumber, "UserTask_Investigate");

    assertThat(as("sod.first").postForEntity("/api/tasks/" + investigation + "/claim", null, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> second = as("sod.second").postForEntity("/api/tasks/" + investigation + "/claim", null,
        Map.class);

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody()).containsEntry("code", "TASK_ALREADY_TAKEN");
    assertThat(complete(as("sod.second"), investigation).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private static void property(BpmnModelInstance model, String elementId, String name, String value) {
    OperatonProperty property = model.newInstance(OperatonProperty.class);
    property.setOperatonName(name);
    property.setOperatonValue(value);
    OperatonProperties properties = model.newInstance(OperatonProperties.class);
    properties.addChildElement(property);
    UserTask task = model.getModelElementById(elementId);
    task.builder().addExtensionElement(properties);
  }

  private String taskOf(String caseNumber, String step) {
    await().atMost(Duration.ofSeconds(10)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey(PROCESS).taskDefinitionKey(step).count() == 1);
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey(PROCESS)
        .taskDefinitionKey(step).singleResult().getId();
  }

  private ResponseEntity<Map<String, Object>> complete(TestRestTemplate client, String taskId) {
    return client.exchange("/api/tasks/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>(Map.of(), jsonHeaders()), JSON_OBJECT);
  }

}
