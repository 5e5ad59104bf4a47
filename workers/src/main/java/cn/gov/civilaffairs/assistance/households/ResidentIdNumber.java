package cn.gov.civilaffairs.assistance.households;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/** A valid 18-character resident ID number (GB 11643). Null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentIdNumber.Validator.class)
public @interface ResidentIdNumber {

  String message() default "invalid resident ID number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ResidentIdNumber, String> {

    private final Clock clock;

    Validator(Clock clock) {
      this.clock = clock;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ResidentIds.isValid(value, LocalDate.now(clock));
    }
  }
}
