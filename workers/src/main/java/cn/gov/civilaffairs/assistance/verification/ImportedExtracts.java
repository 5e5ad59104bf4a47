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
 * Answers from imported extracts for several sources and people at once. For each person and source: the newest
 * extract date on or before the as-of date among the imports whose jurisdiction contains the person's current
 * household (city-wide imports contain everyone; a person in no household is covered by city-wide imports only),
 * with every such file imported for that date (a source may deliver one extract in several files, e.g. per bank).
 * An import of another district never counts for the person, so a newer extract does not erase what an older one
 * said about people it does not cover; a covering import without a row about the person means "nothing found".
 * One query whatever the number of sources and people, so a household's verification does not cost a round trip
 * per member and source. No covering extract at all on or before that date means the source cannot answer.
 */
class ImportedExtracts {

  private final JdbcTemplate jdbc;

  ImportedExtracts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Per source, per resident ID, what its newest covering extract says (no items: nothing found). */
  Map<SourceCode, Map<String, SourceAnswer>> answers(Collection<SourceCode> sources, List<String> residentIds,
      LocalDate asOf) throws SourceUnavailableException {
    String[] codes = sources.stream().map(SourceCode::code).toArray(String[]::new);
    Map<SourceCode, Map<String, LocalDate>> newest = new EnumMap<>(SourceCode.class);
    Map<SourceCode, Map<String, List<FoundItem>>> found = new EnumMap<>(SourceCode.class);
    // Per person their household's path; per person and source the covering imports and the newest date among
    // them; then what the files of that date hold on the person (a row without a record: the source has the date
    // but nothing on them).
    jdbc.query(connection -> {
      PreparedStatement statement = connection.prepareStatement("""
          with people as (
            select p.resident_id, j.path
              from (select distinct unnest(?) as resident_id) p
              left join household_members m on m.resident_id = p.resident_id and m.active
              left join households h on h.id = m.household_id
              left join jurisdictions j on j.code = h.community_code),
          covering as (
            select p.resident_id, i.id, i.source, i.extract_date,
                   max(i.extract_date) over (partition by p.resident_id, i.source) as newest
              from people p
              join verification_imports i on i.source = any(?) and i.extract_date <= ?
              join jurisdictions ij on ij.code = i.jurisdiction_code
             where ij.parent_code is null or starts_with(p.path, ij.path))
          select c.source, c.resident_id, c.extract_date, r.category, r.kind, r.amount, r.period, r.description
            from covering c
            left join verification_records r on r.import_id = c.id and r.resident_id = c.resident_id
           where c.extract_date = c.newest
           order by c.source, c.resident_id, c.id, r.line""");
      statement.setArray(1, connection.createArrayOf("varchar", residentIds.toArray()));
      statement.setArray(2, connection.createArrayOf("varchar", codes));
      statement.setObject(3, asOf);
      return statement;
    }, row -> {
      SourceCode source = SourceCode.of(row.getString(1)).orElseThrow();
      String residentId = row.getString(2);
      newest.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(residentId, row.getObject(3, LocalDate.class));
      if (row.getString(4) != null) {
        found.computeIfAbsent(source, s -> new LinkedHashMap<>())
            .computeIfAbsent(residentId, id -> new ArrayList<>())
            .add(new FoundItem(ItemCategory.valueOf(row.getString(4)), row.getString(5), row.getBigDecimal(6),
                row.getString(7), row.getString(8)));
      }
    });
    for (SourceCode source : sources) {
      Map<String, LocalDate> dates = newest.getOrDefault(source, Map.of());
      long uncovered = residentIds.stream().distinct().filter(id -> !dates.containsKey(id)).count();
      if (uncovered > 0) {
        throw new SourceUnavailableException(source, "no extract imported on or before " + asOf
            + (dates.isEmpty() ? "" : " covering the household of " + uncovered + " of the people asked about"));
      }
    }
    Map<SourceCode, Map<String, SourceAnswer>> answers = new EnumMap<>(SourceCode.class);
    for (SourceCode source : sources) {
      Map<String, LocalDate> dates = newest.get(source);
      Map<String, List<FoundItem>> items = found.getOrDefault(source, Map.of());
      Map<String, SourceAnswer> bySource = new LinkedHashMap<>();
      for (String residentId : residentIds) {
        bySource.put(residentId, new SourceAnswer(source, dates.get(residentId),
            items.getOrDefault(residentId, List.of())));
      }
      answers.put(source, bySource);
    }
    return answers;
  }
}
