package cn.gov.civilaffairs.assistance.support;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import java.util.Map;
import java.util.Optional;

/** Jobs for worker unit tests: a topic, a business key and the variables the engine would hand over. */
public final class TestJobs {

  private TestJobs() {}

  /** A first delivery of a job of {@code topic} for the case {@code businessKey} with these variables. */
  public static Job job(String topic, String businessKey, Map<String, Object> variables) {
    return new Job() {
      @Override
      public String id() {
        return "test-" + topic + "-" + businessKey;
      }

      @Override
      public String topic() {
        return topic;
      }

      @Override
      public String businessKey() {
        return businessKey;
      }

      @Override
      public Optional<Integer> retriesLeft() {
        return Optional.empty();
      }

      @Override
      public Optional<Object> variable(String name) {
        return Optional.ofNullable(variables.get(name));
      }
    };
  }
}
