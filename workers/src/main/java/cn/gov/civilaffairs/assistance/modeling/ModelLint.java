package cn.gov.civilaffairs.assistance.modeling;

import cn.gov.civilaffairs.assistance.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;

/**
 * The rules every deployed BPMN model follows (STYLE.md and the inbox's needs): ids {@code <Type>_<PascalCase>},
 * {@code historyTimeToLive} on every process, user tasks offered to {@code role:jurisdiction} groups of known roles
 * and naming a form (form-js, or an installed built-in screen), service tasks external on a topic some job worker
 * of this service handles; and no code (scripts, classes, delegate expressions, expressions reaching beans or engine
 * objects: {@link ModelCode}).
 */
final class ModelLint {

  static final Pattern ELEMENT_ID = Pattern.compile(
      "^(StartEvent|EndEvent|ServiceTask|UserTask|ReceiveTask|SendTask|CallActivity|SubProcess|Gateway"
          + "|BoundaryEvent|IntermediateEvent|Flow|Task|ScriptTask|BusinessRuleTask)_[A-Z][A-Za-z0-9]*$");
  static final Pattern CANDIDATE_GROUP = Pattern.compile("^([a-z-]+):(\\$\\{[A-Za-z]+}|[0-9]+)$");
  private static final String BUILT_IN = "builtin:";

  private final Set<String> topics;
  private final Set<String> screens;
  private final ModelCode code;

  /** {@code topics}: topics with a registered worker; {@code screens}: keys of installed built-in screens. */
  ModelLint(Set<String> topics, Set<String> screens) {
    this(topics, screens, Set.of());
  }

  /** {@code beanNames}: the application's beans, which no expression of a model may name. */
  ModelLint(Set<String> topics, Set<String> screens, Set<String> beanNames) {
    this.topics = topics;
    this.screens = screens;
    this.code = new ModelCode(beanNames);
  }

  /** Every problem of the model; {@code forms}: form ids available to it (deployed with it or before). */
  List<ModelProblem> check(String file, BpmnModelInstance model, Set<String> forms) {
    List<ModelProblem> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getOperatonHistoryTimeToLiveString() == null
          || process.getOperatonHistoryTimeToLiveString().isBlank()) {
        problems.add(new ModelProblem(file, process.getId(), "NO_HISTORY_TIME_TO_LIVE"));
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!ELEMENT_ID.matcher(node.getId()).matches()) {
        problems.add(new ModelProblem(file, node.getId(), "ELEMENT_ID_FORMAT"));
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!ELEMENT_ID.matcher(flow.getId()).matches()) {
        problems.add(new ModelProblem(file, flow.getId(), "ELEMENT_ID_FORMAT"));
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkUserTask(file, task, forms, problems);
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (!"external".equals(task.getOperatonType())) {
        problems.add(new ModelProblem(file, task.getId(), "SERVICE_TASK_NOT_EXTERNAL"));
      } else if (task.getOperatonTopic() == null || !topics.contains(task.getOperatonTopic())) {
        problems.add(new ModelProblem(file, task.getId(), "TOPIC_WITHOUT_WORKER"));
      }
    }
    problems.addAll(code.check(file, model));
    return problems;
  }

  private void checkUserTask(String file, UserTask task, Set<String> forms, List<ModelProblem> problems) {
    String groups = task.getOperatonCandidateGroups();
    if (task.getOperatonAssignee() != null || groups == null || groups.isBlank()) {
      problems.add(new ModelProblem(file, task.getId(), "NO_CANDIDATE_GROUPS"));
    } else {
      for (String group : Arrays.stream(groups.split(",")).map(String::trim).toList()) {
        var matcher = CANDIDATE_GROUP.matcher(group);
        if (!matcher.matches() || Arrays.stream(Role.values()).noneMatch(r -> r.code().equals(matcher.group(1)))) {
          problems.add(new ModelProblem(file, task.getId(), "CANDIDATE_GROUP_FORMAT"));
        }
      }
    }
    String formRef = task.getOperatonFormRef();
    String formKey = task.getOperatonFormKey();
    if (formRef != null) {
      if (!forms.contains(formRef)) {
        problems.add(new ModelProblem(file, task.getId(), "FORM_NOT_FOUND"));
      }
    } else if (formKey != null && formKey.startsWith(BUILT_IN)) {
      if (!screens.contains(formKey.substring(BUILT_IN.length()))) {
        problems.add(new ModelProblem(file, task.getId(), "SCREEN_NOT_INSTALLED"));
      }
    } else {
      problems.add(new ModelProblem(file, task.getId(), "NO_FORM"));
    }
  }
}
