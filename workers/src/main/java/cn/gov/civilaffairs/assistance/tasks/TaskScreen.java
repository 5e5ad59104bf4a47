package cn.gov.civilaffairs.assistance.tasks;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import java.util.List;
import java.util.Map;

/**
 * A built-in screen for a step too complex for a form-js form: a user task with
 * {@code camunda:formKey="builtin:<key>"} is completed through the screen of that key (a Spring bean), which
 * checks what is submitted and records the step's outcome as domain data in the completing transaction.
 */
public interface TaskScreen {

  /** The part of the form key after {@code builtin:}. */
  String key();

  /** What is being submitted, by whom, at which step of which case. */
  record Submission(AppUser user, String taskId, String step, String caseNumber, Map<String, Object> data) {}

  /** Every problem of the submission; none means it may be completed. */
  List<FieldViolation> check(Submission submission);

  /**
   * Records the outcome (runs after {@link #check} found nothing, before the engine completes the task) and
   * returns the process variables the process continues with.
   */
  Map<String, Object> apply(Submission submission);
}
