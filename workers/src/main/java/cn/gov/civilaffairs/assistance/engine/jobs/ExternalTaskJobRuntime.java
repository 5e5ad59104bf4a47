package cn.gov.civilaffairs.assistance.engine.jobs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Binds the {@link JobWorker}s to the embedded engine over {@link ExternalTaskService}: each poller thread
 * fetches and locks a batch for all topics, runs each job's worker and reports its result in the same
 * transaction as the worker's own writes, so a crash leaves either both or neither.
 */
public class ExternalTaskJobRuntime implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ExternalTaskJobRuntime.class);

  private final ExternalTaskService externalTasks;
  private final TransactionTemplate transactions;
  private final JobRuntimeProperties properties;
  private final Map<String, JobWorker> workersByTopic;
  private final String workerId;
  private volatile ScheduledExecutorService pollers;

  public ExternalTaskJobRuntime(
      ExternalTaskService externalTasks,
      TransactionTemplate transactions,
      JobRuntimeProperties properties,
      List<JobWorker> workers) {
    this.externalTasks = externalTasks;
    this.transactions = transactions;
    this.properties = properties;
    this.workersByTopic = workers.stream().collect(Collectors.toMap(JobWorker::topic, Function.identity()));
    this.workerId = "in-process-" + ManagementFactory.getRuntimeMXBean().getName();
  }

  /** Topics that have a worker in this runtime. */
  public java.util.Set<String> topics() {
    return workersByTopic.keySet();
  }

  /**
   * Fetches one batch and runs it on the calling thread.
   *
   * @return the number of jobs handled
   */
  public int pollOnce() {
    if (workersByTopic.isEmpty()) {
      return 0;
    }
    ExternalTaskQueryTopicBuilder fetch = null;
    var builder = externalTasks.fetchAndLock(properties.batchSize(), workerId);
    for (String topic : workersByTopic.keySet()) {
      fetch = (fetch == null ? builder : fetch).topic(topic, properties.lockDuration().toMillis());
    }
    List<LockedExternalTask> batch = fetch.execute();
    batch.forEach(this::run);
    return batch.size();
  }

  private void run(LockedExternalTask task) {
    JobWorker worker = workersByTopic.get(task.getTopicName());
    MDC.put("caseNumber", String.valueOf(task.getBusinessKey()));
    MDC.put("topic", task.getTopicName());
    try {
      transactions.executeWithoutResult(status -> report(task, handle(worker, task)));
    } catch (RuntimeException failure) {
      fail(task, failure);
    } finally {
      MDC.remove("caseNumber");
      MDC.remove("topic");
    }
  }

  private static JobResult handle(JobWorker worker, LockedExternalTask task) {
    try {
      return worker.handle(new LockedExternalTaskJob(task));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new JobFailedException(e);
    }
  }

  private void report(LockedExternalTask task, JobResult result) {
    if (result instanceof JobResult.Completed completed) {
      externalTasks.complete(task.getId(), workerId, completed.variables());
    } else if (result instanceof JobResult.BusinessError error) {
      externalTasks.handleBpmnError(task.getId(), workerId, error.code(), error.message(), error.variables());
    }
  }

  private void fail(LockedExternalTask task, RuntimeException failure) {
    Throwable cause = failure instanceof JobFailedException ? failure.getCause() : failure;
    int failedAttempts = task.getRetries() == null ? 1 : properties.retries() - task.getRetries() + 1;
    int retriesLeft = Math.max(properties.retries() - failedAttempts, 0);
    long backoff = properties.backoffAfter(failedAttempts).toMillis();
    log.warn("Job {} on topic {} failed (attempt {}, {} retries left): {}",
        task.getId(), task.getTopicName(), failedAttempts, retriesLeft, cause.toString());
    try {
      externalTasks.handleFailure(
          task.getId(), workerId, abbreviate(String.valueOf(cause.getMessage())), stackTrace(cause),
          retriesLeft, backoff);
    } catch (ProcessEngineException lost) {
      // The lock expired and someone else holds the job now; their outcome wins.
      log.warn("Could not report failure of job {}: {}", task.getId(), lost.getMessage());
    }
  }

  private static String abbreviate(String message) {
    return message.length() > 600 ? message.substring(0, 600) : message;
  }

  private static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Override
  public void start() {
    if (!properties.enabled() || workersByTopic.isEmpty()) {
      return;
    }
    pollers = Executors.newScheduledThreadPool(properties.threads(), runnable -> {
      Thread thread = new Thread(runnable, "job-poller");
      thread.setDaemon(true);
      return thread;
    });
    for (int i = 0; i < properties.threads(); i++) {
      pollers.scheduleWithFixedDelay(this::pollUntilDrained, 0,
          properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
    log.info("Job runtime started: {} pollers for topics {}", properties.threads(), workersByTopic.keySet());
  }

  private void pollUntilDrained() {
    try {
      while (pollOnce() == properties.batchSize()) {
        // a full batch means more may be waiting: fetch again at once
      }
    } catch (RuntimeException e) {
      log.error("Job polling failed; will poll again", e);
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService running = pollers;
    pollers = null;
    if (running != null) {
      running.shutdown();
      try {
        running.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return pollers != null;
  }

  private static final class JobFailedException extends RuntimeException {
    JobFailedException(Throwable cause) {
      super(cause);
    }
  }

  private record LockedExternalTaskJob(LockedExternalTask task) implements Job {

    @Override
    public String id() {
      return task.getId();
    }

    @Override
    public String topic() {
      return task.getTopicName();
    }

    @Override
    public String businessKey() {
      return task.getBusinessKey();
    }

    @Override
    public Optional<Integer> retriesLeft() {
      return Optional.ofNullable(task.getRetries());
    }

    @Override
    public Optional<Object> variable(String name) {
      return Optional.ofNullable(task.getVariables().get(name));
    }
  }
}
