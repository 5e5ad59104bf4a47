package cn.gov.civilaffairs.assistance.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;

/** Each lint rule rejects a shipped model with one thing broken, and the shipped model passes. */
class ModelLintTests {

  private static final Path PROCESSES = Path.of("..", "processes");
  private static final Set<String> TOPICS = Set.of("check-conflict-of-interest", "verify-household-economy",
      "assess-eligibility", "publish-public-notice", "select-field-recheck", "file-decision-with-county",
      "enrol-household", "issue-refusal-notice");
  private final ModelLint lint = new ModelLint(TOPICS, Set.of("first-opinion", "decision"));

  @Test
  void passesTheShippedApplicationProcess() throws IOException {
    assertThat(problems(model -> { })).isEmpty();
  }

  @Test
  void refusesAProcessWithoutHistoryTimeToLive() throws IOException {
    // Files from the Camunda Modeler carry it in the camunda: namespace.
    assertThat(codes(model -> model.getModelElementsByType(Process.class).iterator().next().getDomElement()
        .removeAttribute("http://camunda.org/schema/1.0/bpmn", "historyTimeToLive")))
        .containsExactly("NO_HISTORY_TIME_TO_LIVE");
  }

  @Test
  void refusesAGeneratedElementId() throws IOException {
    assertThat(codes(model -> userTask(model, "UserTask_StreetFirstOpinion").setId("Activity_0x1y2z")))
        .contains("ELEMENT_ID_FORMAT");
  }

  @Test
  void refusesAnUnknownRoleOrAFixedAssignee() throws IOException {
    assertThat(codes(model -> userTask(model, "UserTask_InvestigateHousehold")
        .setOperatonCandidateGroups("investigator:${streetCode}"))).containsExactly("CANDIDATE_GROUP_FORMAT");
    assertThat(codes(model -> {
      UserTask task = userTask(model, "UserTask_InvestigateHousehold");
      task.setOperatonCandidateGroups(null);
      task.setOperatonAssignee("zhangsan");
    })).containsExactly("NO_CANDIDATE_GROUPS");
  }

  @Test
  void refusesAUserTaskWithoutAFormOrWithAnUnknownOne() throws IOException {
    assertThat(codes(model -> userTask(model, "UserTask_InvestigateHousehold").setOperatonFormRef(null)))
        .containsExactly("NO_FORM");
    assertThat(codes(model -> userTask(model, "UserTask_InvestigateHousehold").setOperatonFormRef("no-such-form")))
        .containsExactly("FORM_NOT_FOUND");
    assertThat(codes(model -> userTask(model, "UserTask_StreetFirstOpinion").setOperatonFormKey("builtin:nope")))
        .containsExactly("SCREEN_NOT_INSTALLED");
  }

  @Test
  void refusesAServiceTaskNoWorkerHandles() throws IOException {
    assertThat(codes(model -> model.getModelElementsByType(ServiceTask.class).iterator().next()
        .setOperatonTopic("send-sms"))).containsExactly("TOPIC_WITHOUT_WORKER");
  }

  @Test
  void everyShippedProcessContainsOnlyAllowedCode() throws IOException {
    ModelCode code = new ModelCode(Set.of("jdbcTemplate", "auditLog", "clock"));
    try (var files = Files.list(PROCESSES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        assertThat(code.check(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile())))
            .as(file.toString()).isEmpty();
      }
    }
  }

  @Test
  void anExpressionMayNameOnlyVariablesLiteralsAndTwoExecutionShapes() {
    ModelCode code = new ModelCode(Set.of("jdbcTemplate", "auditLog"));
    assertThat(List.of("${streetCode}", "caseworker:${streetCode}", "${decision == 'APPROVE'}", "${1}",
        "${amountRequested <= streetCeiling && !empty note}", "#{execution.processBusinessKey}",
        "${execution.hasVariable('aidType') && (x > 2 || y eq 'a}b')}", "no expression at all"))
        .allSatisfy(value -> assertThat(code.allowed(value)).as(value).isTrue());
    assertThat(List.of("${jdbcTemplate}", "${auditLog.toString() != ''}", "${execution.setVariable('a', 1)}",
        "${execution.processEngineServices}", "${task.delete()}", "${x.getClass()}", "${x['class']}",
        "${fn:upper(x)}", "${upper(x)}", "${x = 1}", "${(() -> 1)()}", "${execution.hasVariable(x)}",
        "${execution.hasVariable('a').toString()}", "${connector}", "${a}${b.c}", "${'unterminated}",
        "${x; y}", "${x += 'a'}", "${{1, 2}}"))
        .allSatisfy(value -> assertThat(code.allowed(value)).as(value).isFalse());
  }

  @Test
  void refusesCodeAnywhereInTheShippedProcess() throws IOException {
    assertThat(problems(model -> userTask(model, "UserTask_InvestigateHousehold").setOperatonDueDate(
        "${clock.instant()}"))).extracting(p -> p.elementId() + " " + p.code())
        .containsExactly("UserTask_InvestigateHousehold EXPRESSION_NOT_ALLOWED");
    assertThat(problems(model -> model.getModelElementsByType(ServiceTask.class).iterator().next()
        .setOperatonDelegateExpression("${auditLog}"))).extracting(ModelProblem::code)
        .contains("DELEGATE_EXPRESSION_NOT_ALLOWED");
  }

  private List<String> codes(Consumer<BpmnModelInstance> change) throws IOException {
    return problems(change).stream().map(ModelProblem::code).toList();
  }

  private List<ModelProblem> problems(Consumer<BpmnModelInstance> change) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("assistance-application.bpmn").toFile());
    change.accept(model);
    Set<String> forms;
    try (var files = Files.list(PROCESSES)) {
      forms = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".form"))
          .map(name -> name.substring(0, name.length() - ".form".length())).collect(Collectors.toSet());
    }
    return lint.check("assistance-application.bpmn", model, forms);
  }

  private static UserTask userTask(BpmnModelInstance model, String id) {
    return model.getModelElementById(id);
  }
}
