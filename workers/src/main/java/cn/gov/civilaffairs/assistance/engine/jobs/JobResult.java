package cn.gov.civilaffairs.assistance.engine.jobs;

import java.util.Map;

/**
 * What a worker reports back. A technical failure is not a result: the worker throws, and the runtime retries
 * with backoff until the retries run out and an incident is raised.
 */
public sealed interface JobResult {

  /** The work is done; the variables (ids and decisions only) go back to the process. */
  record Completed(Map<String, Object> variables) implements JobResult {}

  /** A business outcome the process models as a BPMN error with this code. */
  record BusinessError(String code, String message, Map<String, Object> variables) implements JobResult {}

  static JobResult completed(Map<String, Object> variables) {
    return new Completed(Map.copyOf(variables));
  }

  static JobResult businessError(String code, String message) {
    return new BusinessError(code, message, Map.of());
  }
}
