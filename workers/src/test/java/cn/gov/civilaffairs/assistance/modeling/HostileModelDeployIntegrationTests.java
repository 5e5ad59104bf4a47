package cn.gov.civilaffairs.assistance.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process manager cannot deploy a model that runs code on the server: each hostile model (listeners, send task,
 * scripts, class, delegate expression, condition, input mapping, timer, bare bean name) is refused with 422, its
 * element id and a stable code, through our endpoint and through the Camunda Modeler's deploy path, and nothing is
 * deployed. The shipped-model shapes ({@code ${streetCode}}, {@code ${decision == 'APPROVE'}}) stay allowed.
 */
class HostileModelDeployIntegrationTests extends IntegrationTest {

  private static final String MANAGER = "hostile.manager";
  private static final String KEY = "hostile-model-test";

  @Autowired
  RepositoryService repository;

  @BeforeEach
  void manager() {
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
  }

  @Test
  void refusesEveryHostileModelAtItsElementAndDeploysNothing() {
    long before = repository.createDeploymentQuery().count();
    var softly = new SoftAssertions();
    HostileModels.all(KEY).forEach((name, hostile) -> {
      ResponseEntity<Map<String, Object>> refused = ModelFixtures.deploy(as(MANAGER), name, Map.of(
          KEY + ".bpmn", hostile.model(), ModelFixtures.FORM + ".form", ModelFixtures.form()));

      softly.assertThat(refused.getStatusCode()).as(name).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      softly.assertThat(refused.getBody()).as(name).containsEntry("code", "MODEL_INVALID");
      softly.assertThat(refused.getStatusCode().is2xxSuccessful() ? List.<Map<String, Object>>of() : errors(refused))
          .as(name).anySatisfy(error -> {
        assertThat(error.get("field")).isEqualTo(KEY + ".bpmn#" + hostile.elementId());
        assertThat(error.get("code")).isEqualTo(hostile.code());
        assertThat((String) error.get("message")).matches(".*[\\u4e00-\\u9fa5].*");
      });
    });
    softly.assertAll();
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void listsEveryProblemOfAModelAtOnce() {
    String model = HostileModels.model(KEY,
        HostileModels.ext("<camunda:executionListener event=\"start\" class=\"java.lang.Runtime\" />"),
        HostileModels.start(HostileModels.ext(
            "<camunda:executionListener event=\"start\" expression=\"" + HostileModels.LEAK + "\" />")),
        "<bpmn:scriptTask id=\"ScriptTask_Run\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>",
        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${execution.getProcessEngine()}"
            + "</bpmn:conditionExpression>");

    ResponseEntity<Map<String, Object>> refused = ModelFixtures.deploy(as(MANAGER), "多处问题",
        Map.of(KEY + ".bpmn", model));

    assertThat(errors(refused)).extracting(e -> e.get("field") + " " + e.get("code")).contains(
        KEY + ".bpmn#" + KEY + " CLASS_NOT_ALLOWED",
        KEY + ".bpmn#StartEvent_Started EXPRESSION_NOT_ALLOWED",
        KEY + ".bpmn#ScriptTask_Run SCRIPT_NOT_ALLOWED",
        KEY + ".bpmn#Flow_Step1 EXPRESSION_NOT_ALLOWED");
  }

  @Test
  void refusesAHostileModelFromTheCamundaModelerDeployDialog() {
    ensureUser("hostile.desktop", "110000", Role.PROCESS_MANAGER);
    long before = repository.createDeploymentQuery().count();
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "监听器");
    body.add("deployment-source", "Camunda Modeler");
    HostileModels.Case hostile = HostileModels.all(KEY).get("execution listener reaching jdbcTemplate");
    body.add(KEY + ".bpmn", ModelFixtures.named(KEY + ".bpmn", hostile.model()));
    body.add("modeling-note.form", ModelFixtures.named("modeling-note.form", ModelFixtures.form()));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Accept", "application/json");

    ResponseEntity<Map<String, Object>> refused = anonymous.withBasicAuth("hostile.desktop", PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), JSON_OBJECT);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(refused)).extracting(e -> e.get("field") + " " + e.get("code"))
        .contains(KEY + ".bpmn#StartEvent_Started EXPRESSION_NOT_ALLOWED");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void deploysAModelWithTheShippedExpressionShapes() {
    String model = HostileModels.model(KEY + "-allowed", "", HostileModels.start(""), HostileModels.USER_TASK.formatted(
        HostileModels.ext("<camunda:inputOutput><camunda:inputParameter name=\"round\">${1}</camunda:inputParameter>"
            + "</camunda:inputOutput>")),
        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${decision == 'APPROVE' &amp;&amp; "
            + "(!execution.hasVariable('objectionRaised') || amountRequested &lt;= 3000)}</bpmn:conditionExpression>");

    ResponseEntity<Map<String, Object>> deployed = ModelFixtures.deploy(as(MANAGER), "允许的表达式", Map.of(
        KEY + "-allowed.bpmn", model, ModelFixtures.FORM + ".form", ModelFixtures.form()));

    assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.CREATED);
  }

}
