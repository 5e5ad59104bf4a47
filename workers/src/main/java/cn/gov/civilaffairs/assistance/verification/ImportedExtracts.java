package cn.gov.civilaffairs.assistance.verification;

import java.sql.Array;
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
 * files, e.g. per bank). Two queries whatever the number of sources and people, so a household's verification
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
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement("""
          select source, max(extract_date) from verification_imports
          where extract_date <= ? and source = any(?) group by source""");
      statement.setObject(1, asOf);
      statement.setArray(2, connection.createArrayOf("varchar", codes));
      return statement;
    }, row -> {
      newest.put(row.getString(1), row.getObject(2, LocalDate.class));
    });
    for (SourceCode source : sources) {
      if (!newest.containsKey(source.code())) {
        throw new SourceUnavailableException(source, "no extract imported on or before " + asOf);
      }
    }
    Map<SourceCode, Map<String, List<FoundItem>>> found = new EnumMap<>(SourceCode.class);
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement("""
          select i.source, r.resident_id, r.category, r.kind, r.amount, r.period, r.description
            from verification_records r join verification_imports i on i.id = r.import_id
            join unnest(?, ?) as n(source, extract_date) on n.source = i.source and n.extract_date = i.extract_date
           where r.resident_id = any(?)
           order by r.import_id, r.line""");
      Array newestSources = connection.createArrayOf("varchar", newest.keySet().toArray());
      Array newestDates = connection.createArrayOf("date", newest.values().stream().map(java.sql.Date::valueOf)
          .toArray());
      statement.setArray(1, newestSources);
      statement.setArray(2, newestDates);
      statement.setArray(3, connection.createArrayOf("varchar", residentIds.toArray()));
      return statement;
    }, row -> {
      SourceCode source = SourceCode.of(row.getString(1)).orElseThrow();
      found.computeIfAbsent(source, s -> new LinkedHashMap<>())
          .computeIfAbsent(row.getString(2), id -> new ArrayList<>())
          .add(new FoundItem(ItemCategory.valueOf(row.getString(3)), row.getString(4), row.getBigDecimal(5),
              row.getString(6), row.getString(7)));
    });
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
