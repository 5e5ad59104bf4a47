package cn.gov.civilaffairs.assistance.tasks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
import org.springframework.stereotype.Component;

/**
 * Extension properties of a step in its process version ({@code camunda:properties}), e.g. {@code approval=true}
 * on approval steps and {@code caseRole=INVESTIGATED} on investigation steps. Versions never change, so the answer
 * is cached per process definition and step.
 */
@Component
class StepProperties {

  private final RepositoryService repository;
  private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();

  StepProperties(RepositoryService repository) {
    this.repository = repository;
  }

  Map<String, String> of(String processDefinitionId, String stepId) {
    return cache.computeIfAbsent(processDefinitionId + "#" + stepId, key -> read(processDefinitionId, stepId));
  }

  private Map<String, String> read(String processDefinitionId, String stepId) {
    BaseElement step = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(stepId);
    ExtensionElements extensions = step == null ? null : step.getExtensionElements();
    if (extensions == null) {
      return Map.of();
    }
    Map<String, String> properties = new java.util.HashMap<>();
    for (OperatonProperties group : extensions.getChildElementsByType(OperatonProperties.class)) {
      for (OperatonProperty property : group.getOperatonProperties()) {
        properties.put(property.getOperatonName(), property.getOperatonValue());
      }
    }
    return Map.copyOf(properties);
  }
}
