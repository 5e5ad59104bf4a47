package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an opinion or decision screen submits: {@code field} APPROVE or REFUSE, {@code reasons} (every reason of a
 * refusal, each its own line of the notice; required when refusing) and an optional {@code note}.
 */
record DecisionForm(String decision, List<String> reasons, String note) {

  static final int MAX_REASONS = 10;
  static final int MAX_REASON_LENGTH = 200;
  static final int MAX_NOTE_LENGTH = 2000;

  /** Reads the submission, collecting every problem with the field names the screen uses. */
  static DecisionForm read(Map<String, Object> data, String field, List<FieldViolation> violations) {
    for (String key : data.keySet()) {
      if (!Set.of(field, "reasons", "note").contains(key)) {
        violations.add(FieldViolation.of(key, "UNKNOWN_FIELD"));
      }
    }
    Object decision = data.get(field);
    if (decision == null) {
      violations.add(FieldViolation.of(field, "REQUIRED"));
    } else if (!"APPROVE".equals(decision) && !"REFUSE".equals(decision)) {
      violations.add(FieldViolation.of(field, "INVALID_VALUE"));
    }
    List<String> reasons = new ArrayList<>();
    Object given = data.get("reasons");
    if (given != null && !(given instanceof List<?>)) {
      violations.add(FieldViolation.of("reasons", "INVALID_VALUE"));
    } else if (given != null) {
      List<?> items = (List<?>) given;
      if (items.size() > MAX_REASONS) {
        violations.add(FieldViolation.of("reasons", "SIZE"));
      }
      for (int i = 0; i < items.size(); i++) {
        if (!(items.get(i) instanceof String text) || text.isBlank()) {
          violations.add(FieldViolation.of("reasons[" + i + "]", "REQUIRED"));
        } else if (text.length() > MAX_REASON_LENGTH) {
          violations.add(FieldViolation.of("reasons[" + i + "]", "SIZE"));
        } else {
          reasons.add(text.trim());
        }
      }
    }
    if ("REFUSE".equals(decision) && (given == null || ((List<?>) given).isEmpty())) {
      violations.add(FieldViolation.of("reasons", "REQUIRED"));
    }
    Object note = data.get("note");
    if (note != null && (!(note instanceof String text) || text.length() > MAX_NOTE_LENGTH)) {
      violations.add(FieldViolation.of("note", "SIZE"));
    }
    return new DecisionForm(decision instanceof String text ? text : null, List.copyOf(reasons),
        note instanceof String text && !text.isBlank() ? text.trim() : null);
  }

  boolean approves() {
    return "APPROVE".equals(decision);
  }
}
