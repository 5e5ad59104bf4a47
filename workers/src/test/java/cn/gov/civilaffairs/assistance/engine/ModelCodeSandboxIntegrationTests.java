package cn.gov.civilaffairs.assistance.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.modeling.HostileModels;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Even a model that got past the deploy checks (deployed here straight through the engine's RepositoryService)
 * cannot run server code: an expression naming a bean does not resolve it, no script runs in any language, and a
 * model naming a Java class does not deploy.
 */
class ModelCodeSandboxIntegrationTests extends IntegrationTest {

  private static final String KEY = "sandbox-test";
  static final AtomicBoolean LISTENER_RAN = new AtomicBoolean();

  @Autowired
  RepositoryService repository;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void anExpressionNamingABeanDoesNotResolveIt() {
    deploy(HostileModels.model(KEY, "", "<bpmn:startEvent id=\"StartEvent_Started\"><bpmn:extensionElements>"
        + "<camunda:executionListener event=\"start\" expression=\"${execution.setVariable('leak', "
        + "jdbcTemplate.queryForList('select name, resident_id from app.household_members').toString())}\" />"
        + "</bpmn:extensionElements></bpmn:startEvent>", waitState(), ""));

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY, Map.of("streetCode", "110105001")))
        .hasMessageContaining("jdbcTemplate");
    assertThat(history.createHistoricVariableInstanceQuery().variableName("leak").list()).isEmpty();
  }

  @Test
  void aBareBeanNameIsNotABean() {
    deploy(HostileModels.model(KEY, "", "<bpmn:startEvent id=\"StartEvent_Started\"><bpmn:extensionElements>"
        + "<camunda:executionListener event=\"start\" expression=\"${execution.setVariable('bean', auditLog)}\" />"
        + "</bpmn:extensionElements></bpmn:startEvent>", waitState(), ""));

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY)).hasMessageContaining("auditLog");
  }

  @Test
  void noScriptRunsInAnyLanguage() {
    for (String language : List.of("juel", "javascript", "groovy", "feel")) {
      String script = "juel".equals(language) ? "${execution.setVariable('ran', true)}" : "true";
      deploy(HostileModels.model(KEY, "", "<bpmn:startEvent id=\"StartEvent_Started\" />",
          "<bpmn:scriptTask id=\"ScriptTask_Run\" scriptFormat=\"" + language + "\" camunda:resultVariable=\"ran\">"
              + "<bpmn:script>" + script + "</bpmn:script></bpmn:scriptTask>", ""));

      assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY)).as(language)
          .hasMessageContaining("scripts are disabled");
    }
    assertThat(history.createHistoricVariableInstanceQuery().variableName("ran").list()).isEmpty();
  }

  @Test
  void aModelNamingAJavaClassDoesNotDeploy() {
    LISTENER_RAN.set(false);
    String model = HostileModels.model(KEY, "<bpmn:extensionElements><camunda:executionListener event=\"start\" "
        + "class=\"" + Listener.class.getName() + "\" /></bpmn:extensionElements>",
        "<bpmn:startEvent id=\"StartEvent_Started\" />", waitState(), "");

    assertThatThrownBy(() -> deploy(model)).hasMessageContaining("class is not allowed");
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      runtime.startProcessInstanceByKey(KEY);
    }
    assertThat(LISTENER_RAN).isFalse();
  }

  /** Would run if the engine instantiated classes named by models. */
  public static class Listener implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      LISTENER_RAN.set(true);
    }
  }

  private static String waitState() {
    return "<bpmn:userTask id=\"UserTask_Leak\" camunda:candidateGroups=\"caseworker:110105001\" />";
  }

  private void deploy(String model) {
    deployments.add(repository.createDeployment().name("sandbox-test")
        .addString(KEY + ".bpmn", model).deploy().getId());
  }
}
