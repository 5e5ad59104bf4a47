package cn.gov.civilaffairs.assistance.api;

import java.util.ArrayList;
import java.util.List;

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

  /** Throws 422 {@code VALIDATION_FAILED} with everything collected, if anything was. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw ApiException.invalid(list());
    }
  }
}
