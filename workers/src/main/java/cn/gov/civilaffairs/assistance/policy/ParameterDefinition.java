package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the parameter catalogue: what a value means, how it is checked, its shipped default and the
 * jurisdiction levels allowed to set it (from the city down to {@code lowestLevel}).
 */
public record ParameterDefinition(String code, String labelZh, String labelEn, String unit, ParameterType type,
    BigDecimal min, BigDecimal max, List<String> allowedValues, String defaultValue, JurisdictionLevel lowestLevel) {

  @JsonProperty("levels")
  public Set<JurisdictionLevel> levels() {
    return EnumSet.range(JurisdictionLevel.CITY, lowestLevel);
  }

  public boolean settableAt(JurisdictionLevel level) {
    return level.compareTo(lowestLevel) <= 0;
  }

  /** Why {@code raw} is not a valid value (a field-error code), or empty; {@code raw} already trimmed. */
  public Optional<String> problemWith(String raw) {
    switch (type) {
      case BOOLEAN -> {
        return raw.equals("true") || raw.equals("false") ? Optional.empty() : Optional.of("NOT_A_BOOLEAN");
      }
      case ENUM -> {
        return allowedValues.contains(raw) ? Optional.empty() : Optional.of("NOT_AN_ALLOWED_VALUE");
      }
      default -> {
        BigDecimal number;
        try {
          number = new BigDecimal(raw);
        } catch (NumberFormatException e) {
          return Optional.of("NOT_A_NUMBER");
        }
        if (type == ParameterType.INTEGER && number.stripTrailingZeros().scale() > 0) {
          return Optional.of("NOT_AN_INTEGER");
        }
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
          return Optional.of("OUT_OF_RANGE");
        }
        return Optional.empty();
      }
    }
  }

  /** The value as stored: numbers without exponent or superfluous trailing zeros (1450.00 -> 1450). */
  public String canonical(String raw) {
    if (type == ParameterType.DECIMAL || type == ParameterType.INTEGER) {
      BigDecimal number = new BigDecimal(raw).stripTrailingZeros();
      return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
    }
    return raw;
  }
}
