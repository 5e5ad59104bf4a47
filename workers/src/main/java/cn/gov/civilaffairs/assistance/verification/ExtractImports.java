package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Digests;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports the extracts other departments send: checks the whole file against its source's format, reports
 * every bad row at once, and stores all rows or none. The same file of a source is imported once.
 *
 * <p>An import speaks for its importer's jurisdiction, recorded on the import: a county auditor's covers the
 * households of their district, an admin's (city) or the system's the whole city. A row about a person whose
 * household lies outside that jurisdiction refuses the file ({@code OUTSIDE_JURISDICTION} on that line, with all
 * other bad rows). For a person, a source answers from the newest import whose jurisdiction contains the person's
 * household ({@link ImportedExtracts}), so an import never erases what older ones said about people it does not
 * cover.
 */
@Service
@Transactional
public class ExtractImports {

  /** An imported extract, as the API shows it. */
  public record ImportView(long id, String source, String sourceName, LocalDate extractDate, int rows,
      String sha256, String fileName, String importedBy, Instant importedAt, String jurisdictionCode) {

    static ImportView of(ExtractImport extract) {
      SourceCode source = SourceCode.of(extract.source()).orElseThrow();
      return new ImportView(extract.id(), extract.source(), source.zhName(), extract.extractDate(), extract.rows(),
          extract.sha256(), extract.fileName(), extract.importedBy(), extract.importedAt(),
          extract.jurisdictionCode());
    }
  }

  /** The jurisdiction an import speaks for; {@code cityWide}: the root of the tree, which covers everyone. */
  private record Scope(String code, String path, boolean cityWide) {

    static Scope of(java.sql.ResultSet row, int n) throws java.sql.SQLException {
      return new Scope(row.getString(1), row.getString(2), row.getBoolean(3));
    }
  }

  /** The import, and whether this call created it (false: the same file had been imported before). */
  public record Outcome(ImportView extract, boolean created) {}

  private final ExtractImportRepository imports;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;
  private final org.springframework.context.ApplicationEventPublisher events;

  ExtractImports(ExtractImportRepository imports, JdbcTemplate jdbc, ObjectMapper json, AuditLog audit, Clock clock,
      @Value("${app.zone}") ZoneId zone, org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.imports = imports;
    this.jdbc = jdbc;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Imports a CSV (UTF-8) or XLSX extract of {@code sourceCode} taken on {@code extractDate} (ISO date).
   * Problems with the request, the header or any row are refused with 422 and nothing is stored.
   */
  public Outcome importExtract(String sourceCode, String extractDateText, MultipartFile file) throws IOException {
    Violations violations = new Violations();
    Optional<SourceCode> source = sourceCode == null || sourceCode.isBlank() ? Optional.empty()
        : SourceCode.of(sourceCode.trim());
    if (source.isEmpty()) {
      violations.add("source", sourceCode == null || sourceCode.isBlank() ? "REQUIRED" : "UNKNOWN_SOURCE");
    }
    LocalDate extractDate = null;
    try {
      extractDate = extractDateText == null || extractDateText.isBlank() ? null : LocalDate.parse(extractDateText);
      if (extractDate == null) {
        violations.add("extractDate", "REQUIRED");
      } else if (extractDate.isAfter(LocalDate.now(clock.withZone(zone)))) {
        violations.add("extractDate", "DATE_IN_FUTURE");
      }
    } catch (java.time.format.DateTimeParseException e) {
      violations.add("extractDate", "INVALID_DATE");
    }
    if (file == null || file.isEmpty()) {
      violations.add("file", "EMPTY_FILE");
    }
    violations.throwIfAny();

    String sha256;
    try (InputStream in = file.getInputStream()) {
      sha256 = Digests.sha256(in);
    }
    Optional<ExtractImport> existing = imports.findBySourceAndSha256(source.get().code(), sha256);
    if (existing.isPresent()) {
      return new Outcome(ImportView.of(existing.get()), false);
    }

    String fileName = Objects.requireNonNullElse(file.getOriginalFilename(), "extract");
    Scope scope = importersScope();
    ExtractImport extract = imports.saveAndFlush(new ExtractImport(source.get(), extractDate, sha256,
        fileName.length() > 200 ? fileName.substring(0, 200) : fileName, DataScope.actor(), clock.instant(),
        scope.code()));
    ExtractLoader loader = new ExtractLoader(ExtractFormats.of(source.get()), extractDate, extract.id(),
        scope.cityWide() ? null : scope.path(), jdbc, json);
    boolean hasHeader;
    try (InputStream in = file.getInputStream()) {
      hasHeader = ExtractReader.read(in, loader);
    } catch (ExtractReader.UnreadableException e) {
      throw ApiException.invalid(e.code, List.of(FieldViolation.of("file", e.code)));
    }
    loader.flush();
    refuseIfBad(hasHeader, loader);
    extract.loaded(loader.rows());
    audit.record(AuditLog.Entry.of("VERIFICATION_EXTRACT_IMPORTED", "verification-import", extract.id())
        .change(null, ImportView.of(extract)));
    events.publishEvent(new ExtractImported(extract.id(), source.get().code(), extractDate));
    return new Outcome(ImportView.of(extract), true);
  }

  /**
   * The subtree of the signed-in importer (their own node: county auditors and admins do not act upward), or the
   * whole tree for the system (start-up loaders, the demo).
   */
  private Scope importersScope() {
    Optional<String> path = DataScope.currentUser().map(AppUser::scopePath);
    List<Scope> found = path.isPresent()
        ? jdbc.query("select code, path, parent_code is null from jurisdictions where path = ?", Scope::of,
            path.get())
        : jdbc.query("select code, path, parent_code is null from jurisdictions where parent_code is null"
            + " order by code limit 1", Scope::of);
    return found.stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No jurisdiction at " + path.orElse("the root")));
  }

  private static void refuseIfBad(boolean hasHeader, ExtractLoader loader) {
    if (!hasHeader || (loader.headerProblems().isEmpty() && loader.rows() == 0)) {
      throw ApiException.invalid("EXTRACT_EMPTY", List.of(FieldViolation.of("file", "NO_ROWS")));
    }
    if (!loader.headerProblems().isEmpty()) {
      throw ApiException.invalid("EXTRACT_HEADER_INVALID", loader.headerProblems());
    }
    if (loader.problemCount() > 0) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "EXTRACT_ROWS_INVALID", loader.rowProblems(),
          Map.of("errorCount", loader.problemCount(), "rowsRead", loader.rows(),
              "errorsListed", loader.rowProblems().size()),
          loader.problemCount(), loader.rows());
    }
  }

  @Transactional(readOnly = true)
  public ImportView get(long id) {
    return imports.findById(id).map(ImportView::of)
        .orElseThrow(() -> ApiException.notFound("EXTRACT_NOT_FOUND"));
  }

  /** Filters: {@code source}, {@code extractDate}. */
  @Transactional(readOnly = true)
  public Page<ImportView> search(Map<String, Object> filter, Pageable page) {
    Specification<ExtractImport> spec = (root, query, cb) -> cb.conjunction();
    Object source = filter.get("source");
    if (source != null && !source.toString().isBlank()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("source"), source.toString()));
    }
    Object date = filter.get("extractDate");
    if (date != null && !date.toString().isBlank()) {
      LocalDate extractDate = parseDate(date.toString());
      spec = spec.and((root, query, cb) -> cb.equal(root.get("extractDate"), extractDate));
    }
    return imports.findAll(spec, page).map(ImportView::of);
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiException.invalid(List.of(FieldViolation.of("filter.extractDate", "INVALID_VALUE")));
    }
  }
}
