package cn.gov.civilaffairs.assistance.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * The Bean Validation constraints of a request body as field violations, collected instead of thrown, so that a
 * service can add its own checks (cross-field rules, materials, look-ups) and answer every problem in one 422.
 * A controller whose service checks more than the constraints takes the body without {@code @Valid} and lets the
 * service start with {@link #of(Object, String)}.
 */
@Component
public class BeanChecks {

  private final Validator validator;

  BeanChecks(Validator validator) {
    this.validator = validator;
  }

  /** Every constraint {@code form} breaks, under field names starting with {@code prefix} (e.g. {@code ""}). */
  public Violations of(Object form, String prefix) {
    Violations violations = new Violations();
    if (form == null) {
      return violations;
    }
    validator.validate(form).stream()
        .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
        .forEach(violation -> violations.add(prefix + field(violation.getPropertyPath()),
            FieldCodes.ofConstraint(violation.getConstraintDescriptor().getAnnotation().annotationType()
                .getSimpleName())));
    return violations;
  }

  /** The JSON path of a property path as Spring's binding names it: {@code members[0].name}, {@code materials[2]}. */
  private static String field(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.toString();
  }
}
