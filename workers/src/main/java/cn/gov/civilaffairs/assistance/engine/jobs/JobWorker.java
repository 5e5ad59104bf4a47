package cn.gov.civilaffairs.assistance.engine.jobs;

/**
 * One worker per topic. Workers must be idempotent: a job can be delivered twice (lock expiry, crash), and the
 * effects of a replay are keyed so that nothing happens twice.
 */
public interface JobWorker {

  String topic();

  /**
   * Does the work. Throwing means a technical failure: the runtime retries with backoff, then raises an incident.
   */
  JobResult handle(Job job) throws Exception;
}
