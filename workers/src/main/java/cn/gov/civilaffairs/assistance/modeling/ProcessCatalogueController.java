package cn.gov.civilaffairs.assistance.modeling;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessCatalogueController {

  private final ProcessCatalogue catalogue;
  private final ProcessDeployments deployments;
  private final DryRuns dryRuns;

  ProcessCatalogueController(ProcessCatalogue catalogue, ProcessDeployments deployments, DryRuns dryRuns) {
    this.catalogue = catalogue;
    this.deployments = deployments;
    this.dryRuns = dryRuns;
  }

  /** Replays the last completed cases' paths on a model before it is deployed; reports paths that no longer exist. */
  @org.springframework.web.bind.annotation.PostMapping("/api/processes/dry-run")
  DryRuns.Report dryRun(@org.springframework.web.bind.annotation.RequestBody DryRuns.Request request) {
    return dryRuns.run(request);
  }

  /** Every deployed process with its versions, newest first (not paged: a bureau has a handful). */
  @GetMapping("/api/processes")
  ResponseEntity<List<ProcessCatalogue.Process>> processes() {
    List<ProcessCatalogue.Process> processes = catalogue.processes();
    int last = Math.max(0, processes.size() - 1);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_RANGE, "processes 0-" + last + "/" + processes.size())
        .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.CONTENT_RANGE)
        .body(processes);
  }

  /** What the browser modeler's lint needs from the server: topics with workers, roles, screens, forms. */
  @GetMapping("/api/processes/lint-config")
  ProcessDeployments.LintConfig lintConfig() {
    return deployments.lintConfig();
  }

  /** The newest deployed version of a form-js form, for the form editor. */
  @GetMapping(path = "/api/processes/forms/{formKey}", produces = MediaType.APPLICATION_JSON_VALUE)
  String form(@PathVariable String formKey) {
    return deployments.form(formKey);
  }

  @GetMapping("/api/processes/{key}")
  ProcessCatalogue.Process process(@PathVariable String key) {
    return catalogue.process(key);
  }

  /** One version: its BPMN XML, open tasks, active instances and incidents per step, and its incidents. */
  @GetMapping("/api/processes/definitions/{definitionId}")
  ProcessCatalogue.Definition definition(@PathVariable String definitionId) {
    return catalogue.definition(definitionId);
  }
}
