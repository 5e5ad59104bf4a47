package cn.gov.civilaffairs.assistance.engine.jobs;

import java.util.Optional;

/**
 * One unit of automated work handed to a {@link JobWorker}: what the engine knows of it, nothing engine-specific.
 */
public interface Job {

  String id();

  String topic();

  /** The case number (business key) of the process instance the job belongs to. */
  String businessKey();

  /** How many attempts remain after this one fails, or empty on the first attempt. */
  Optional<Integer> retriesLeft();

  Optional<Object> variable(String name);

  default String requiredString(String name) {
    return variable(name)
        .map(Object::toString)
        .orElseThrow(() -> new IllegalStateException("Job " + id() + " lacks variable " + name));
  }
}
