package cn.gov.civilaffairs.assistance.api;

/** Our stable field codes for Bean Validation constraints. */
final class FieldCodes {

  private FieldCodes() {}

  /** The field code of a constraint, by its annotation's simple name. */
  static String ofConstraint(String constraint) {
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
      case "Size" -> "SIZE";
      case "Pattern", "Email" -> "INVALID_FORMAT";
      case "Past", "PastOrPresent" -> "DATE_IN_FUTURE";
      case "Future", "FutureOrPresent" -> "DATE_IN_PAST";
      case "PositiveOrZero", "Positive" -> "NEGATIVE";
      case "Min", "Max", "Digits", "DecimalMin", "DecimalMax" -> "OUT_OF_RANGE";
      case "AssertTrue" -> "MUST_BE_TRUE";
      case "ResidentIdNumber" -> "INVALID_RESIDENT_ID";
      default -> "INVALID_VALUE";
    };
  }
}
