package cn.gov.civilaffairs.assistance.verification;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers from imported extracts for several sources and people at once: for each source the newest extract date
 * on or before the as-of date, with every file imported for that date (a source may deliver one extract in several
 * files, e.g. per bank). One query whatever the number of sources and people, so a household's verification
 * does not cost a round trip per member and source. No extract at all on or before that date means the source
 * cannot answer.
 */
class ImportedExtracts {

  private final JdbcTemplate jdbc;

  ImportedExtracts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Per source, per resident ID, what its newest extract says (no items: nothing found). */
  Map<SourceCode, Map<String, SourceAnswer>> answers(Collection<SourceCode> sources, List<String> residentIds,
      LocalDate asOf) throws SourceUnavailableException {
    String[] codes = sources.stream().map(SourceCode::code).toArray(String[]::new);
    Map<String, LocalDate> newest = new LinkedHashMap<>();
    Map<SourceCode, Map<String, List<FoundItem>>> found = new EnumMap<>(SourceCode.class);
    // Each source's newest date, then what its files of that date hold on these people (a row without a record:
    // the source has the date but nothing on them).
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement("""
          select n.source, n.extract_date, r.resident_id, r.category, r.kind, r.amount, r.period, r.description
            from (select source, max(extract_date) as extract_date from verification_imports
                   where extract_date <= ? and source = any(?) group by source) n
            left join lateral (
              select r.resident_id, r.category, r.kind, r.amount, r.period, r.description, r.import_id, r.line
                from verification_imports i join verification_records r on r.import_id = i.id
               where i.source = n.source and i.extract_date = n.extract_date and r.resident_id = any(?)) r on true
           order by n.source, r.import_id, r.line""");
      statement.setObject(1, asOf);
      statement.setArray(2, connection.createArrayOf("varchar", codes));
      statement.setArray(3, connection.createArrayOf("varchar", residentIds.toArray()));
      return statement;
    }, row -> {
      newest.put(row.getString(1), row.getObject(2, LocalDate.class));
      if (row.getString(3) != null) {
        SourceCode source = SourceCode.of(row.getString(1)).orElseThrow();
        found.computeIfAbsent(source, s -> new LinkedHashMap<>())
            .computeIfAbsent(row.getString(3), id -> new ArrayList<>())
            .add(new FoundItem(ItemCategory.valueOf(row.getString(4)), row.getString(5), row.getBigDecimal(6),
                row.getString(7), row.getString(8)));
      }
    });
    for (SourceCode source : sources) {
      if (!newest.containsKey(source.code())) {
        throw new SourceUnavailableException(source, "no extract imported on or before " + asOf);
      }
    }
    Map<SourceCode, Map<String, SourceAnswer>> answers = new EnumMap<>(SourceCode.class);
    for (SourceCode source : sources) {
      LocalDate extractDate = newest.get(source.code());
      Map<String, List<FoundItem>> items = found.getOrDefault(source, Map.of());
      Map<String, SourceAnswer> bySource = new LinkedHashMap<>();
      for (String residentId : residentIds) {
        bySource.put(residentId, new SourceAnswer(source, extractDate, items.getOrDefault(residentId, List.of())));
      }
      answers.put(source, bySource);
    }
    return answers;
  }
}
