package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/verification")
class VerificationController {

  private static final Set<String> SORTABLE = Set.of("id", "source", "extractDate", "importedAt", "rows");

  private final ExtractImports imports;
  private final VerificationReports reports;
  private final VerificationSources sources;

  VerificationController(ExtractImports imports, VerificationReports reports, VerificationSources sources) {
    this.imports = imports;
    this.reports = reports;
    this.sources = sources;
  }

  record ColumnView(String code, String name, String type, boolean required, List<String> choices) {}

  record SourceView(String code, String name, String connector, List<ColumnView> columns) {}

  /** Every source, how it is answered now, and the columns of its extract files. */
  @GetMapping("/sources")
  List<SourceView> sources() {
    return Arrays.stream(SourceCode.values())
        .map(source -> new SourceView(source.code(), source.zhName(), sources.connectorOf(source),
            ExtractFormats.of(source).columns().stream()
                .map(c -> new ColumnView(c.code(), c.zhName(), c.type().name(), c.required(),
                    c.choices().stream().sorted().toList()))
                .toList()))
        .toList();
  }

  /** Imports an extract: 201 when stored, 200 with the earlier import when the same file was imported before. */
  @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ExtractImports.ImportView> importExtract(
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String extractDate,
      @RequestPart(required = false) MultipartFile file) throws IOException {
    ExtractImports.Outcome outcome = imports.importExtract(source, extractDate, file);
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.extract());
  }

  @GetMapping("/imports")
  ResponseEntity<List<ExtractImports.ImportView>> list(
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, SORTABLE, Sort.by(Sort.Direction.DESC, "id"));
    return ListResponse.of("imports", imports.search(query.filter(), query.pageable()));
  }

  @GetMapping("/imports/{id}")
  ExtractImports.ImportView show(@PathVariable long id) {
    return imports.get(id);
  }

  @GetMapping("/reports/{id}")
  VerificationReport report(@PathVariable long id) {
    return reports.get(id);
  }
}
