package cn.gov.civilaffairs.assistance.verification;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A source answered from imported extracts: the newest extract date of the source on or before the as-of date,
 * with every file imported for that date (a source may deliver one extract in several files, e.g. per bank).
 * No extract at all on or before that date means the source cannot answer.
 */
class ImportedExtractSource implements VerificationSource {

  private final SourceCode source;
  private final JdbcTemplate jdbc;

  ImportedExtractSource(SourceCode source, JdbcTemplate jdbc) {
    this.source = source;
    this.jdbc = jdbc;
  }

  @Override
  public SourceCode code() {
    return source;
  }

  @Override
  public SourceAnswer query(String residentId, LocalDate asOf) throws SourceUnavailableException {
    LocalDate extractDate = jdbc.queryForObject(
        "select max(extract_date) from verification_imports where source = ? and extract_date <= ?",
        LocalDate.class, source.code(), asOf);
    if (extractDate == null) {
      throw new SourceUnavailableException(source, "no extract imported on or before " + asOf);
    }
    List<FoundItem> items = jdbc.query("""
        select r.category, r.kind, r.amount, r.period, r.description from verification_records r
          join verification_imports i on i.id = r.import_id
         where r.resident_id = ? and i.source = ? and i.extract_date = ?
         order by r.import_id, r.line""",
        (row, n) -> new FoundItem(ItemCategory.valueOf(row.getString(1)), row.getString(2), row.getBigDecimal(3),
            row.getString(4), row.getString(5)),
        residentId, source.code(), extractDate);
    return new SourceAnswer(source, extractDate, items);
  }
}
