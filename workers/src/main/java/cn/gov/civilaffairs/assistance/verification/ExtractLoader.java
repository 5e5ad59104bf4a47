package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.verification.ExtractFormat.Column;
import cn.gov.civilaffairs.assistance.verification.ExtractFormat.Evidence;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the rows of one extract against its source's format and writes them in batches. After the first bad
 * row nothing more is written (the transaction will be rolled back), but every row is still checked so that
 * all problems are reported at once. An extract imported for part of the city (a county auditor's district) may
 * not speak about people registered in a household outside it: such rows are bad rows too
 * ({@code OUTSIDE_JURISDICTION}), checked a batch at a time (one query per batch); people registered nowhere are
 * accepted, as every department's extract holds people who never applied.
 */
class ExtractLoader implements ExtractReader.RowHandler {

  static final int MAX_REPORTED = 1000;
  private static final int BATCH = 5000;
  private static final int MAX_TEXT = 200;
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
  // COPY is several times faster than batched inserts for extracts of 100,000 rows and more.
  private static final String COPY = "copy verification_records (import_id, line, resident_id, category, kind,"
      + " amount, period, description, details) from stdin (format csv)";

  private final ExtractFormat format;
  private final LocalDate extractDate;
  private final long importId;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final List<FieldViolation> headerProblems = new ArrayList<>();
  /** The reported problems, at most {@link #MAX_REPORTED}, those of the lowest lines kept (max-heap by line). */
  private final PriorityQueue<Problem> rowProblems = new PriorityQueue<>(Comparator.reverseOrder());
  /** The jurisdiction's path when the extract is not city-wide, else null (nobody is outside). */
  private final String jurisdictionPath;
  private final List<Integer> pendingLines = new ArrayList<>();
  private final List<String> pendingIds = new ArrayList<>();
  private long problemSequence;
  private final StringBuilder batch = new StringBuilder();
  private int batched;
  private Column[] columnAt;
  private int problemCount;
  private int rows;

  /** One reported problem; ordered by line, then as found. */
  private record Problem(int line, long sequence, FieldViolation violation) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
      return line != other.line ? Integer.compare(line, other.line) : Long.compare(sequence, other.sequence);
    }
  }

  /**
   * @param jurisdictionPath the materialised path of the jurisdiction the extract is imported for, or null when it
   *     is city-wide
   */
  ExtractLoader(ExtractFormat format, LocalDate extractDate, long importId, String jurisdictionPath,
      JdbcTemplate jdbc, ObjectMapper json) {
    this.jurisdictionPath = jurisdictionPath;
    this.format = format;
    this.extractDate = extractDate;
    this.importId = importId;
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  public void header(List<String> names) {
    columnAt = new Column[names.size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Column column = format.columns().stream().filter(c -> c.namedBy(name)).findFirst().orElse(null);
      if (column == null) {
        headerProblems.add(FieldViolation.of("columns." + name, "UNKNOWN_COLUMN"));
      } else if (seen.putIfAbsent(column.code(), i) != null) {
        headerProblems.add(FieldViolation.of("columns." + column.code(), "DUPLICATE_COLUMN"));
      } else {
        columnAt[i] = column;
      }
    }
    format.columns().stream().filter(c -> c.required() && !seen.containsKey(c.code()))
        .forEach(c -> headerProblems.add(FieldViolation.of("columns." + c.code(), "MISSING_COLUMN")));
  }

  @Override
  public void row(int line, List<String> cells) {
    if (!headerProblems.isEmpty()) {
      return;
    }
    rows++;
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> invalid = new HashSet<>();
    for (int i = 0; i < columnAt.length; i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      if (columnAt[i] != null && !cell.isEmpty()) {
        String problem = parse(columnAt[i], cell, values);
        if (problem != null) {
          invalid.add(columnAt[i].code());
          problem(line, columnAt[i].code(), problem);
        }
      }
    }
    for (Column column : format.columns()) {
      if (column.required() && !values.containsKey(column.code()) && !invalid.contains(column.code())) {
        invalid.add(column.code());
        problem(line, column.code(), "REQUIRED");
      }
    }
    if (jurisdictionPath != null && values.get(ExtractFormats.RESIDENT_ID_COLUMN) instanceof String residentId) {
      pendingLines.add(line);
      pendingIds.add(residentId);
      if (pendingLines.size() == BATCH) {
        checkJurisdiction();
      }
    }
    if (invalid.isEmpty() && problemCount == 0) {
      write(line, values);
    }
  }

  private void problem(int line, String column, String code) {
    problemCount++;
    Problem problem = new Problem(line, problemSequence++, FieldViolation.of(field(line, column), code));
    if (rowProblems.size() < MAX_REPORTED) {
      rowProblems.add(problem);
    } else if (problem.compareTo(rowProblems.peek()) < 0) {
      rowProblems.poll();
      rowProblems.add(problem);
    }
  }

  /** Reports the pending rows about a person whose current household lies outside the jurisdiction. */
  private void checkJurisdiction() {
    if (pendingLines.isEmpty()) {
      return;
    }
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement("""
          select p.line
            from unnest(?, ?) as p(line, resident_id)
            join household_members m on m.resident_id = p.resident_id and m.active
            join households h on h.id = m.household_id
            join jurisdictions j on j.code = h.community_code
           where not starts_with(j.path, ?)
           order by p.line""");
      statement.setArray(1, connection.createArrayOf("integer", pendingLines.toArray()));
      statement.setArray(2, connection.createArrayOf("varchar", pendingIds.toArray()));
      statement.setString(3, jurisdictionPath);
      return statement;
    }, (ResultSet row) -> {
      problem(row.getInt(1), ExtractFormats.RESIDENT_ID_COLUMN, "OUTSIDE_JURISDICTION");
    });
    pendingLines.clear();
    pendingIds.clear();
  }

  private static String field(int line, String column) {
    return "rows[" + line + "]." + column;
  }

  /** Puts the typed value into {@code values}; returns the problem code, or null. */
  private String parse(Column column, String cell, Map<String, Object> values) {
    switch (column.type()) {
      case RESIDENT_ID -> {
        String id = cell.toUpperCase();
        if (!ResidentIds.isValid(id, extractDate)) {
          return "INVALID_RESIDENT_ID";
        }
        values.put(column.code(), id);
      }
      case TEXT -> {
        if (cell.length() > MAX_TEXT) {
          return "SIZE";
        }
        values.put(column.code(), cell);
      }
      case CHOICE -> {
        String choice = cell.toUpperCase();
        if (!column.choices().contains(choice)) {
          return "INVALID_CHOICE";
        }
        values.put(column.code(), choice);
      }
      case AMOUNT -> {
        BigDecimal amount;
        try {
          amount = new BigDecimal(cell);
        } catch (NumberFormatException e) {
          return "INVALID_AMOUNT";
        }
        if (amount.signum() < 0) {
          return "NEGATIVE";
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
          return "INVALID_AMOUNT";
        }
        values.put(column.code(), amount);
      }
      case DATE -> {
        LocalDate date;
        try {
          date = LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
          return "INVALID_DATE";
        }
        if (date.isAfter(extractDate)) {
          return "AFTER_EXTRACT_DATE";
        }
        values.put(column.code(), date);
      }
      case MONTH -> {
        YearMonth month;
        try {
          month = cell.length() == 7 ? YearMonth.parse(cell) : YearMonth.from(LocalDate.parse(cell));
        } catch (DateTimeParseException e) {
          return "INVALID_MONTH";
        }
        if (month.isAfter(YearMonth.from(extractDate))) {
          return "AFTER_EXTRACT_DATE";
        }
        values.put(column.code(), month);
      }
    }
    return null;
  }

  private void write(int line, Map<String, Object> values) {
    Evidence evidence = format.evidence().apply(new ExtractFormat.Row(values));
    Map<String, String> details = new LinkedHashMap<>();
    values.forEach((column, value) -> {
      if (!column.equals(ExtractFormats.RESIDENT_ID_COLUMN)) {
        details.put(column, value instanceof BigDecimal amount ? amount.toPlainString() : value.toString());
      }
    });
    batch.append(importId).append(',').append(line).append(',');
    csv(values.get(ExtractFormats.RESIDENT_ID_COLUMN)).append(',');
    csv(evidence.category().name()).append(',');
    csv(evidence.kind()).append(',');
    csv(evidence.amount() == null ? null : evidence.amount().toPlainString()).append(',');
    csv(evidence.period()).append(',');
    csv(evidence.description()).append(',');
    csv(toJson(details)).append('\n');
    if (++batched == BATCH) {
      flush();
    }
  }

  /** A quoted CSV value; null stays unquoted and empty, which COPY reads as NULL. */
  private StringBuilder csv(Object value) {
    return value == null ? batch : batch.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
  }

  /** Writes what is still buffered, on the connection of the current transaction. */
  void flush() {
    checkJurisdiction();
    if (batched > 0 && problemCount == 0) {
      jdbc.execute((ConnectionCallback<Long>) connection -> {
        try {
          return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(batch.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    batch.setLength(0);
    batched = 0;
  }

  private String toJson(Map<String, String> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  List<FieldViolation> headerProblems() {
    return headerProblems;
  }

  /** The reported row problems, by line. */
  List<FieldViolation> rowProblems() {
    return rowProblems.stream().sorted().map(Problem::violation).toList();
  }

  int problemCount() {
    return problemCount;
  }

  int rows() {
    return rows;
  }
}
