package cn.gov.civilaffairs.assistance.support;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import java.util.Map;
import java.util.Optional;

/** Jobs handed to a worker directly, as the runtime would hand them. */
public final class Jobs {

  private Jobs() {}

  /** A first attempt of a job of {@code topic} for case {@code businessKey} with {@code variables}. */
  public static Job aJob(String topic, String businessKey, Map<String, Object> variables) {
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
