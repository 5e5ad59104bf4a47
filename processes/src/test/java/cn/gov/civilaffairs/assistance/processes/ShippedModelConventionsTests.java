package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/** The conventions of STYLE.md, checked on every BPMN file shipped in processes/. */
class ShippedModelConventionsTests {

  private static final Pattern ELEMENT_ID = Pattern.compile(
      "^(StartEvent|EndEvent|ServiceTask|UserTask|ReceiveTask|SendTask|CallActivity|SubProcess|Gateway"
          + "|BoundaryEvent|IntermediateEvent|Flow)_[A-Z][A-Za-z0-9]*$");
  private static final Pattern CANDIDATE_GROUP = Pattern.compile("^[a-z-]+:(\\$\\{[A-Za-z]+}|[0-9]+)$");
  private static final Pattern TOPIC = Pattern.compile("^[a-z]+(-[a-z]+)+$");

  static Stream<Path> shippedModels() throws IOException {
    return Files.list(Path.of(".")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("shippedModels")
  void followsTheProjectConventions(Path file) throws IOException {
    BpmnModelInstance model;
    try (InputStream in = Files.newInputStream(file)) {
      model = Bpmn.readModelFromStream(in);
    }
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    String fileName = file.getFileName().toString();
    assertThat(process.getId()).isEqualTo(fileName.substring(0, fileName.length() - ".bpmn".length()));
    assertThat(process.getOperatonHistoryTimeToLiveString()).isNotBlank();
    assertThat(process.isExecutable()).isTrue();

    Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
    List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(shape -> shape.getBpmnElement().getId()).toList();
    for (FlowNode node : nodes) {
      assertThat(node.getId()).matches(ELEMENT_ID);
      assertThat(shapes).as("diagram shape of %s", node.getId()).contains(node.getId());
    }
    model.getModelElementsByType(org.operaton.bpm.model.bpmn.instance.SequenceFlow.class).stream()
        .map(BaseElement::getId)
        .forEach(id -> assertThat(id).matches(ELEMENT_ID));
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getOperatonAssignee()).as("%s uses candidate groups", task.getId()).isNull();
      assertThat(task.getOperatonCandidateGroups()).as("candidate groups of %s", task.getId())
          .matches(CANDIDATE_GROUP);
      String formRef = task.getOperatonFormRef();
      String formKey = task.getOperatonFormKey();
      assertThat(formRef != null || (formKey != null && formKey.startsWith("builtin:")))
          .as("%s names a form-js form or a built-in screen", task.getId()).isTrue();
      if (formRef != null) {
        assertThat(Path.of(formRef + ".form")).as("form of %s shipped", task.getId()).exists();
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getOperatonType()).isEqualTo("external");
      assertThat(task.getOperatonTopic()).matches(TOPIC);
    }
  }
}
