package cn.gov.civilaffairs.assistance.api;

import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Unique indexes that guard business rules under concurrency, and the error code each one means. A pre-check
 * in the services gives the friendly answer; this catches the race the pre-check cannot see.
 */
@Component
public class ConstraintNames {

  private static final Map<String, String> CODES = Map.of(
      "cases_one_open_per_household_category", "DUPLICATE_OPEN_CASE",
      "household_members_one_active_household", "PERSON_IN_OTHER_HOUSEHOLD",
      "idempotency_keys_pkey", "IDEMPOTENCY_KEY_IN_USE",
      "verification_imports_one_per_file", "EXTRACT_ALREADY_IMPORTED",
      "users_username_case_insensitive", "USERNAME_TAKEN");

  public Optional<String> codeFor(DataIntegrityViolationException e) {
    String text = String.valueOf(e.getMostSpecificCause().getMessage());
    return CODES.entrySet().stream()
        .filter(entry -> text.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  public boolean violates(DataIntegrityViolationException e, String code) {
    return codeFor(e).filter(code::equals).isPresent();
  }
}
