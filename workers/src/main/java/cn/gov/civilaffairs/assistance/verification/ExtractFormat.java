package cn.gov.civilaffairs.assistance.verification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The documented file format of one source: its columns and what a row is evidence of. */
record ExtractFormat(SourceCode source, List<Column> columns, Function<Row, Evidence> evidence) {

  enum Type { RESIDENT_ID, TEXT, AMOUNT, DATE, MONTH, CHOICE }

  /** A column; the header may name it by {@code code} or by its Chinese name. */
  record Column(String code, String zhName, Type type, boolean required, Set<String> choices) {

    static Column required(String code, String zhName, Type type) {
      return new Column(code, zhName, type, true, Set.of());
    }

    static Column optional(String code, String zhName, Type type) {
      return new Column(code, zhName, type, false, Set.of());
    }

    static Column choice(String code, String zhName, String... choices) {
      return new Column(code, zhName, Type.CHOICE, true, Set.of(choices));
    }

    boolean namedBy(String header) {
      return code.equalsIgnoreCase(header) || zhName.equals(header);
    }
  }

  /** A checked row: column code to value (String, BigDecimal, LocalDate or YearMonth); blank cells absent. */
  record Row(Map<String, Object> values) {

    String text(String column) {
      return Optional.ofNullable(values.get(column)).map(Object::toString).orElse(null);
    }

    BigDecimal amount(String column) {
      return (BigDecimal) values.get(column);
    }

    /** The named columns' values joined for people to read. */
    String describe(String... columns) {
      StringBuilder text = new StringBuilder();
      for (String column : columns) {
        Object value = values.get(column);
        if (value != null) {
          text.append(text.isEmpty() ? "" : " ").append(value);
        }
      }
      String described = text.toString();
      return described.length() > 300 ? described.substring(0, 300) : described;
    }
  }

  /** What one row says: the category and kind of the item, its amount and period. */
  record Evidence(ItemCategory category, String kind, BigDecimal amount, String period, String description) {}
}
