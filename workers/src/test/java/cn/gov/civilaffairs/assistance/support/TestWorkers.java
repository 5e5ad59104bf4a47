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

  /** The built-in screen of the test process {@code step-outputs-test}: a decision, with a reason when refused. */
  @Bean
  cn.gov.civilaffairs.assistance.tasks.TaskScreen testDecisionScreen() {
    return new cn.gov.civilaffairs.assistance.tasks.TaskScreen() {
      @Override
      public String key() {
        return "test-decision";
      }

      @Override
      public java.util.List<cn.gov.civilaffairs.assistance.api.FieldViolation> check(Submission submission) {
        Object decision = submission.data().get("decision");
        if (!"APPROVE".equals(decision) && !"REFUSE".equals(decision)) {
          return java.util.List.of(cn.gov.civilaffairs.assistance.api.FieldViolation.of("decision", "INVALID_VALUE"));
        }
        if ("REFUSE".equals(decision) && submission.data().get("reason") == null) {
          return java.util.List.of(cn.gov.civilaffairs.assistance.api.FieldViolation.of("reason", "REQUIRED"));
        }
        return java.util.List.of();
      }

      @Override
      public Map<String, Object> apply(Submission submission) {
        return Map.of("decision", submission.data().get("decision"));
      }
    };
  }
}
