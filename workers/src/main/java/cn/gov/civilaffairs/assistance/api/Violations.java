package cn.gov.civilaffairs.assistance.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;

/** Collects field violations while checking a request, so every problem is reported at once. */
public final class Violations {

  private final List<FieldViolation> found = new ArrayList<>();

  public Violations add(String field, String code) {
    found.add(FieldViolation.of(field, code));
    return this;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public List<FieldViolation> list() {
    return List.copyOf(found);
  }

  /** Whether every violation collected so far (at least one) satisfies {@code test}. */
  public boolean allMatch(Predicate<FieldViolation> test) {
    return !found.isEmpty() && found.stream().allMatch(test);
  }

  /** Throws 422 {@code VALIDATION_FAILED} with everything collected, if anything was. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw ApiException.invalid(list());
    }
  }

  /** Throws a problem of this status and top-level {@code code} with everything collected, if anything was. */
  public void throwIfAny(HttpStatus status, String code) {
    if (!found.isEmpty()) {
      throw new ApiException(status, code, list(), Map.of());
    }
  }

  /** Throws 422 with this top-level {@code code}, everything collected and extra problem properties, if any. */
  public void throwIfAny(String code, Map<String, Object> properties) {
    if (!found.isEmpty()) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, list(), properties);
    }
  }
}
