package cn.gov.civilaffairs.assistance.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal with a stable error code, rendered as an RFC 7807 problem. The human-readable text comes from the
 * message bundle key {@code error.<code>}, formatted with {@code arguments}.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final Object[] arguments;
  private final List<FieldViolation> fieldViolations;
  private final Map<String, Object> properties;

  public ApiException(
      HttpStatus status,
      String code,
      List<FieldViolation> fieldViolations,
      Map<String, Object> properties,
      Object... arguments) {
    super(code);
    this.status = status;
    this.code = code;
    this.arguments = arguments;
    this.fieldViolations = List.copyOf(fieldViolations);
    this.properties = Map.copyOf(properties);
  }

  public static ApiException notFound(String code, Object... arguments) {
    return new ApiException(HttpStatus.NOT_FOUND, code, List.of(), Map.of(), arguments);
  }

  public static ApiException conflict(String code, Map<String, Object> properties, Object... arguments) {
    return new ApiException(HttpStatus.CONFLICT, code, List.of(), properties, arguments);
  }

  public static ApiException invalid(List<FieldViolation> violations) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED", violations, Map.of());
  }

  public static ApiException invalid(String code, List<FieldViolation> violations) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, violations, Map.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  public List<FieldViolation> fieldViolations() {
    return fieldViolations;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
