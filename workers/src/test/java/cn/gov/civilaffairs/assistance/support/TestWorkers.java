package cn.gov.civilaffairs.assistance.support;

import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A worker for topic {@code exercise-runtime} that behaves as the job's {@code mode} variable says, to test the
 * job runtime itself: {@code complete}, {@code refuse} (business error) or {@code fail} (technical failure).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestWorkers {

  public static final String TOPIC = "exercise-runtime";
  public static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

  @Bean
  JobWorker exerciseRuntimeWorker() {
    return new JobWorker() {
      @Override
      public String topic() {
        return TOPIC;
      }

      @Override
      public JobResult handle(cn.gov.civilaffairs.assistance.engine.jobs.Job job) {
        ATTEMPTS.computeIfAbsent(job.businessKey(), key -> new AtomicInteger()).incrementAndGet();
        return switch (job.requiredString("mode")) {
          case "complete" -> JobResult.completed(Map.of("outcome", "done"));
          case "refuse" -> JobResult.businessError("EXERCISE_REFUSED", "refused on purpose");
          default -> throw new IllegalStateException("failing on purpose");
        };
      }
    };
  }
}
