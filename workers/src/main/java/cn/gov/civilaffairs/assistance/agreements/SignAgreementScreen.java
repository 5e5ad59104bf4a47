package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 签订帮扶协议 (formKey builtin:sign-agreement): the family and the street sign on paper (the signed scan attached
 * at this step) or on a tablet (each party's drawn signature attached at this step as PNG), with both names and
 * the date; or the family refuses, with the reason. What was submitted is kept with the completion, and the
 * report-assistance-agreement worker records it as the signing of the plan's version.
 */
@Component
class SignAgreementScreen implements TaskScreen {

  private static final Set<String> FIELDS = Set.of("signingOutcome", "signingMethod", "familySigner", "streetSigner",
      "signedOn", "refusalReason", "scanDocumentId", "familySignatureDocumentId", "streetSignatureDocumentId");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;

  SignAgreementScreen(JdbcTemplate jdbc, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public String key() {
    return "sign-agreement";
  }

  @Override
  public List<FieldViolation> check(Submission submission) {
    Map<String, Object> data = submission.data();
    List<FieldViolation> violations = new ArrayList<>();
    violations.addAll(TaskScreen.unknownFields(data, FIELDS));
    String outcome = TaskScreen.text(data, "signingOutcome");
    if (outcome == null) {
      violations.add(FieldViolation.of("signingOutcome", "REQUIRED"));
    } else if (!Set.of("SIGNED", "REFUSED").contains(outcome)) {
      violations.add(FieldViolation.of("signingOutcome", "INVALID_VALUE"));
    }
    String signedOn = TaskScreen.text(data, "signedOn");
    if (signedOn == null) {
      violations.add(FieldViolation.of("signedOn", "REQUIRED"));
    } else {
      try {
        if (LocalDate.parse(signedOn.substring(0, Math.min(10, signedOn.length()))).isAfter(today())) {
          violations.add(FieldViolation.of("signedOn", "DATE_IN_FUTURE"));
        }
      } catch (DateTimeParseException e) {
        violations.add(FieldViolation.of("signedOn", "INVALID_VALUE"));
      }
    }
    if ("REFUSED".equals(outcome)) {
      length(violations, data, "refusalReason", 2000, true);
    }
    if ("SIGNED".equals(outcome)) {
      length(violations, data, "familySigner", 50, true);
      length(violations, data, "streetSigner", 50, true);
      String method = TaskScreen.text(data, "signingMethod");
      if (method == null) {
        violations.add(FieldViolation.of("signingMethod", "REQUIRED"));
      } else if ("PAPER".equals(method)) {
        attached(violations, submission, "scanDocumentId");
      } else if ("TABLET".equals(method)) {
        attached(violations, submission, "familySignatureDocumentId");
        attached(violations, submission, "streetSignatureDocumentId");
      } else {
        violations.add(FieldViolation.of("signingMethod", "INVALID_VALUE"));
      }
    }
    return violations;
  }

  @Override
  public Map<String, Object> apply(Submission submission) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("signingOutcome", TaskScreen.text(submission.data(), "signingOutcome"));
    String method = TaskScreen.text(submission.data(), "signingMethod");
    if (method != null) {
      variables.put("signingMethod", method);
    }
    return variables;
  }

  /** A document attached at this very step (the task's documents), given by its id. */
  private void attached(List<FieldViolation> violations, Submission submission, String field) {
    String id = TaskScreen.text(submission.data(), field);
    if (id == null) {
      violations.add(FieldViolation.of(field, "REQUIRED"));
      return;
    }
    boolean found;
    try {
      found = !jdbc.queryForList("select 1 from household_documents where id = ? and task_id = ?", Integer.class,
          Long.parseLong(id), submission.taskId()).isEmpty();
    } catch (NumberFormatException e) {
      found = false;
    }
    if (!found) {
      violations.add(FieldViolation.of(field, "UNKNOWN_DOCUMENT"));
    }
  }

  private static void length(List<FieldViolation> violations, Map<String, Object> data, String field, int max,
      boolean required) {
    String value = TaskScreen.text(data, field);
    if (value == null) {
      if (required) {
        violations.add(FieldViolation.of(field, "REQUIRED"));
      }
    } else if (value.length() > max) {
      violations.add(FieldViolation.of(field, "SIZE"));
    }
  }


  private LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }
}
