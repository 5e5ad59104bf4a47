package cn.gov.civilaffairs.assistance.api;

/**
 * One problem with one input field. {@code code} is stable for clients; {@code message} is localised.
 *
 * @param field JSON path of the field, e.g. {@code household.members[1].residentId}
 */
public record FieldViolation(String field, String code, String message) {

  /** A violation whose message is resolved later from {@code field.<code>} in the message bundle. */
  public static FieldViolation of(String field, String code) {
    return new FieldViolation(field, code, null);
  }
}
