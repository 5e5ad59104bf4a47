package cn.gov.civilaffairs.assistance.modeling;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Service;

/**
 * A dry run of a new model against history: the paths the last completed cases of the process took (their steps in
 * the order they started) are replayed on the new model. A path no longer exists where a step it went through is
 * gone, or where a step was reached from steps between which the new model has no sequence flow (a start event, a
 * boundary event on a step the case was in, and the step after a sub-process are reached as before).
 */
@Service
public class DryRuns {

  static final int MAX_CASES = 500;

  private final HistoryService history;

  DryRuns(HistoryService history) {
    this.history = history;
  }

  public record Request(String processKey, String bpmnXml, Integer cases) {}

  /** A step reached from {@code from} (the steps the case had been through just before), now without a flow. */
  public record MissingTransition(List<String> from, String to) {}

  public record BrokenPath(String processInstanceId, String businessKey, List<String> path, List<String> missingSteps,
      List<MissingTransition> missingTransitions) {}

  public record Report(String processKey, int checked, int broken, List<BrokenPath> paths) {}

  public Report run(Request request) {
    List<FieldViolation> violations = new ArrayList<>();
    if (request.processKey() == null || request.processKey().isBlank()) {
      violations.add(FieldViolation.of("processKey", "REQUIRED"));
    }
    if (request.bpmnXml() == null || request.bpmnXml().isBlank()) {
      violations.add(FieldViolation.of("bpmnXml", "REQUIRED"));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    byte[] xml = request.bpmnXml().getBytes(StandardCharsets.UTF_8);
    if (xml.length > ProcessDeployments.MAX_FILE_BYTES) {
      throw ApiException.invalid("MODEL_INVALID", List.of(FieldViolation.of("bpmnXml", "MODEL_FILE_TOO_LARGE")));
    }
    BpmnModelInstance model;
    try {
      model = SafeModels.bpmn(xml);
    } catch (SafeModels.UnsafeModelException e) {
      throw ApiException.invalid("MODEL_INVALID", List.of(FieldViolation.of("bpmnXml", "UNSAFE_XML")));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("MODEL_INVALID", List.of(FieldViolation.of("bpmnXml", "NOT_BPMN")));
    }
    int limit = request.cases() == null ? 50 : Math.max(1, Math.min(MAX_CASES, request.cases()));
    Map<String, FlowNode> nodes = new HashMap<>();
    model.getModelElementsByType(FlowNode.class).forEach(n -> nodes.put(n.getId(), n));
    Set<String> flows = new HashSet<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      flows.add(flow.getSource().getId() + ">" + flow.getTarget().getId());
    }
    List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(request.processKey()).completed().orderByProcessInstanceEndTime().desc()
        .listPage(0, limit);
    List<BrokenPath> broken = new ArrayList<>();
    for (HistoricProcessInstance instance : cases) {
      List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list();
      List<String> path = new ArrayList<>();
      Set<String> missing = new LinkedHashSet<>();
      List<MissingTransition> transitions = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (HistoricActivityInstance step : steps) {
        String id = activity(step.getActivityId());
        if (!path.isEmpty() && path.get(path.size() - 1).equals(id)) {
          continue; // a multi-instance body and its instances
        }
        path.add(id);
        FlowNode node = nodes.get(id);
        if (node == null) {
          missing.add(id);
        } else if (!reachable(node, seen, flows)) {
          transitions.add(new MissingTransition(List.copyOf(seen), id));
        }
        seen.add(id);
      }
      if (!missing.isEmpty() || !transitions.isEmpty()) {
        broken.add(new BrokenPath(instance.getId(), instance.getBusinessKey(), path, List.copyOf(missing),
            transitions));
      }
    }
    return new Report(request.processKey(), cases.size(), broken.size(), broken);
  }

  private static boolean reachable(FlowNode node, Set<String> before, Set<String> flows) {
    if (node instanceof StartEvent) {
      return true;
    }
    if (node instanceof BoundaryEvent boundary) {
      return boundary.getAttachedTo() != null && before.contains(boundary.getAttachedTo().getId());
    }
    return before.stream().anyMatch(from -> flows.contains(from + ">" + node.getId()));
  }

  /** Multi-instance bodies are recorded as {@code <id>#multiInstanceBody}. */
  private static String activity(String id) {
    int hash = id.indexOf('#');
    return hash < 0 ? id : id.substring(0, hash);
  }
}
