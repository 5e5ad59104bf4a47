package cn.gov.civilaffairs.assistance.modeling;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessMigrationController {

  private final ProcessMigrations migrations;

  ProcessMigrationController(ProcessMigrations migrations) {
    this.migrations = migrations;
  }

  /** The engine's mapping of equal activities from {@code source} to {@code target}, and both versions' steps. */
  @GetMapping("/api/process-migrations/plan")
  ProcessMigrations.Plan plan(@RequestParam String source, @RequestParam String target) {
    return migrations.plan(source, target);
  }

  /** The engine's verdict on a mapping, per instruction, and which running instances it covers. */
  @PostMapping("/api/process-migrations/validation")
  ProcessMigrations.Validation validate(@RequestBody ProcessMigrations.Request request) {
    return migrations.validate(request);
  }

  /** Starts the batch (201); 422 {@code MIGRATION_PLAN_INVALID} with the engine's errors, nothing started. */
  @PostMapping("/api/process-migrations")
  ResponseEntity<ProcessMigrations.Status> start(@RequestBody ProcessMigrations.Request request) {
    return ResponseEntity.status(201).body(migrations.start(request));
  }

  @GetMapping("/api/process-migrations/{id}")
  ProcessMigrations.Status status(@PathVariable long id) {
    return migrations.status(id);
  }

  @GetMapping("/api/process-migrations")
  List<ProcessMigrations.Status> ofSource(@RequestParam String source) {
    return migrations.ofSource(source);
  }
}
