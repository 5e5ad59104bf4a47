package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A built-in screen for a step too complex for a form-js form: a user task with
 * {@code camunda:formKey="builtin:<key>"} is completed through the screen of that key (a Spring bean), which
 * checks what is submitted and records the step's outcome as domain data in the completing transaction.
 */
public interface TaskScreen {

  /** The part of the form key after {@code builtin:}. */
  String key();

  /**
   * What is being submitted, by whom, at which step (with its {@code camunda:properties}) of which case, and the
   * process variables visible to the task.
   */
  record Submission(AppUser user, String taskId, String step, Map<String, String> stepProperties, String caseNumber,
      Map<String, Object> variables, Map<String, Object> data) {}

  /** Every problem of the submission; none means it may be completed. */
  List<FieldViolation> check(Submission submission);

  /**
   * Records the outcome (runs after {@link #check} found nothing, before the engine completes the task) and
   * returns the process variables the process continues with.
   */
  Map<String, Object> apply(Submission submission);

  /** An {@code UNKNOWN_FIELD} problem for each submitted field the screen does not have, in name order. */
  static List<FieldViolation> unknownFields(Map<String, Object> data, Set<String> fields) {
    return data.keySet().stream().filter(key -> !fields.contains(key)).sorted()
        .map(key -> FieldViolation.of(key, "UNKNOWN_FIELD")).toList();
  }

  /** A submitted text field, trimmed; blank or missing is null. */
  static String text(Map<String, Object> data, String field) {
    Object value = data.get(field);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
