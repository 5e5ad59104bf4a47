package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The form-js form of a step ({@code camunda:formRef}), and the server-side check of what is submitted against it:
 * only the form's fields, each of its type, within its required / length / range / pattern / option rules.
 */
@Component
class TaskForms {

  /** Form keys of steps worked through a built-in screen instead of a form-js form. */
  static final String BUILT_IN_PREFIX = "builtin:";

  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "select",
      "radio", "datetime", "checklist", "taglist");

  private final FormService forms;
  private final TaskService tasks;
  private final ObjectMapper json;

  TaskForms(FormService forms, TaskService tasks, ObjectMapper json) {
    this.forms = forms;
    this.tasks = tasks;
    this.json = json;
  }

  /** The form schema of a task, if its step has a deployed form. */
  Optional<JsonNode> schemaOf(String taskId) {
    // Ask first: a failing engine call would mark the surrounding transaction rollback-only.
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || (task.getOperatonFormRef() == null && task.getFormKey() == null)
        || (task.getFormKey() != null && task.getFormKey().startsWith(BUILT_IN_PREFIX))) {
      return Optional.empty();
    }
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      return Optional.of(json.readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable form of task " + taskId, e);
    }
  }

  /** Every problem of {@code data} against {@code schema} (none: it may be submitted). */
  List<FieldViolation> check(JsonNode schema, Map<String, Object> data) {
    List<FieldViolation> violations = new ArrayList<>();
    Set<String> known = new HashSet<>();
    for (JsonNode component : components(schema)) {
      String key = component.path("key").asText(null);
      String type = component.path("type").asText();
      if (key == null || !INPUT_TYPES.contains(type)) {
        continue;
      }
      known.add(key);
      checkField(component, type, key, data.get(key), violations);
    }
    data.keySet().stream().filter(key -> !known.contains(key)).sorted()
        .forEach(key -> violations.add(FieldViolation.of(key, "UNKNOWN_FIELD")));
    return violations;
  }

  private static List<JsonNode> components(JsonNode schema) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : schema.path("components")) {
      all.add(component);
      if (component.has("components")) {
        all.addAll(components(component));
      }
    }
    return all;
  }

  private static void checkField(JsonNode component, String type, String key, Object value,
      List<FieldViolation> violations) {
    JsonNode rules = component.path("validate");
    boolean empty = value == null || (value instanceof String text && text.isBlank());
    if (empty) {
      if (rules.path("required").asBoolean(false)) {
        violations.add(FieldViolation.of(key, "REQUIRED"));
      }
      return;
    }
    switch (type) {
      case "checkbox" -> {
        if (!(value instanceof Boolean checked)) {
          violations.add(FieldViolation.of(key, "INVALID_VALUE"));
        } else if (rules.path("required").asBoolean(false) && !checked) {
          violations.add(FieldViolation.of(key, "MUST_BE_TRUE"));
        }
      }
      case "number" -> {
        BigDecimal number = number(value);
        if (number == null) {
          violations.add(FieldViolation.of(key, "INVALID_VALUE"));
        } else if ((rules.has("min") && number.compareTo(rules.get("min").decimalValue()) < 0)
            || (rules.has("max") && number.compareTo(rules.get("max").decimalValue()) > 0)) {
          violations.add(FieldViolation.of(key, "OUT_OF_RANGE"));
        }
      }
      case "select", "radio" -> {
        boolean listed = false;
        for (JsonNode option : component.path("values")) {
          listed |= option.path("value").asText().equals(String.valueOf(value));
        }
        if (!(value instanceof String) || !listed) {
          violations.add(FieldViolation.of(key, "INVALID_VALUE"));
        }
      }
      case "datetime" -> {
        try {
          LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
        } catch (DateTimeParseException e) {
          violations.add(FieldViolation.of(key, "INVALID_VALUE"));
        }
      }
      case "textfield", "textarea" -> {
        if (!(value instanceof String text)) {
          violations.add(FieldViolation.of(key, "INVALID_VALUE"));
        } else if ((rules.has("minLength") && text.length() < rules.get("minLength").asInt())
            || (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt())) {
          violations.add(FieldViolation.of(key, "SIZE"));
        } else if (rules.has("pattern") && !Pattern.compile(rules.get("pattern").asText()).matcher(text).matches()) {
          violations.add(FieldViolation.of(key, "INVALID_FORMAT"));
        }
      }
      default -> {
        // checklist, taglist: lists of option values
        if (!(value instanceof List<?>)) {
          violations.add(FieldViolation.of(key, "INVALID_VALUE"));
        }
      }
    }
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    try {
      return new BigDecimal(String.valueOf(value));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
