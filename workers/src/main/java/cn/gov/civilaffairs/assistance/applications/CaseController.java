package cn.gov.civilaffairs.assistance.applications;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseController {

  private static final Set<String> SORTABLE = Set.of("caseNumber", "acceptedAt", "category", "status");

  private final ApplicationCases cases;

  CaseController(ApplicationCases cases) {
    this.cases = cases;
  }

  @GetMapping
  ResponseEntity<List<CaseViews.Summary>> list(
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String range,
      @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, SORTABLE, Sort.by(Sort.Direction.DESC, "acceptedAt"));
    return ListResponse.of("cases", cases.search(query.filter(), query.pageable()));
  }

  @GetMapping("/{caseNumber}")
  CaseViews.Detail show(@PathVariable String caseNumber) {
    return cases.detail(caseNumber);
  }

  record Extension(@NotBlank
      @Size(max = 500) String reason) {}

  /** Extends the case's time limit once, with a reason (street heads and county approvers). */
  @PostMapping("/{caseNumber}/extend")
  CaseViews.Detail extend(@PathVariable String caseNumber,
      @Valid @RequestBody Extension extension) {
    cases.extend(caseNumber, extension.reason());
    return cases.detail(caseNumber);
  }

  record Termination(@NotBlank @Size(max = 1000) String reason) {}

  /** Ends the review of a case whose family refuses to cooperate, with the reason (caseworkers, street heads). */
  @PostMapping("/{caseNumber}/termination")
  CaseViews.Detail terminate(@PathVariable String caseNumber, @Valid @RequestBody Termination termination) {
    cases.terminate(caseNumber, termination.reason().trim());
    return cases.detail(caseNumber);
  }

  @GetMapping("/{caseNumber}/diagram")
  CaseViews.Diagram diagram(@PathVariable String caseNumber) {
    return cases.diagram(caseNumber);
  }
}
