package cn.gov.civilaffairs.assistance.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One imported extract file of one source, for one jurisdiction (its importer's). Its rows are in
 * {@code verification_records}.
 */
@Entity
@Table(name = "verification_imports")
class ExtractImport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String source;

  @Column(name = "extract_date")
  private LocalDate extractDate;

  private String sha256;

  @Column(name = "file_name")
  private String fileName;

  private int rows;

  @Column(name = "imported_by")
  private String importedBy;

  @Column(name = "imported_at")
  private Instant importedAt;

  /** The subtree the extract speaks for: the importer's jurisdiction (the root: city-wide). */
  @Column(name = "jurisdiction_code")
  private String jurisdictionCode;

  protected ExtractImport() {}

  ExtractImport(SourceCode source, LocalDate extractDate, String sha256, String fileName, String importedBy,
      Instant importedAt, String jurisdictionCode) {
    this.jurisdictionCode = jurisdictionCode;
    this.source = source.code();
    this.extractDate = extractDate;
    this.sha256 = sha256;
    this.fileName = fileName;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
  }

  void loaded(int rows) {
    this.rows = rows;
  }

  Long id() {
    return id;
  }

  String source() {
    return source;
  }

  LocalDate extractDate() {
    return extractDate;
  }

  String sha256() {
    return sha256;
  }

  String fileName() {
    return fileName;
  }

  int rows() {
    return rows;
  }

  String importedBy() {
    return importedBy;
  }

  Instant importedAt() {
    return importedAt;
  }

  String jurisdictionCode() {
    return jurisdictionCode;
  }
}
