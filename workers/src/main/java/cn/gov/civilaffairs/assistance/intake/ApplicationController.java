package cn.gov.civilaffairs.assistance.intake;

import cn.gov.civilaffairs.assistance.api.ConstraintNames;
import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.CaseViews;
import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.intake.AcceptanceWindow.Acceptance;
import java.net.URI;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApplicationController {

  private final AcceptanceWindow window;
  private final ApplicationCases cases;
  private final MaterialsChecklist checklist;
  private final ConstraintNames constraints;

  ApplicationController(AcceptanceWindow window, ApplicationCases cases, MaterialsChecklist checklist,
      ConstraintNames constraints) {
    this.window = window;
    this.cases = cases;
    this.checklist = checklist;
    this.constraints = constraints;
  }

  /**
   * Files an application. 201 with the new case; with an {@code Idempotency-Key} seen before, 200 with the case
   * that key created.
   */
  @PostMapping("/api/applications")
  ResponseEntity<CaseViews.Detail> file(
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody ApplicationForm form) {
    // No @Valid: the window checks the constraints together with everything else, to tell every problem at once.
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      new Violations().add("Idempotency-Key", "SIZE").throwIfAny();
    }
    Acceptance acceptance = window.replay(idempotencyKey, form)
        .orElseGet(() -> acceptOrReplay(form, idempotencyKey));
    String caseNumber = acceptance.acceptedCase().caseNumber();
    return ResponseEntity.status(acceptance.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/cases/" + caseNumber))
        .body(cases.detail(caseNumber));
  }

  private Acceptance acceptOrReplay(ApplicationForm form, String idempotencyKey) {
    try {
      return window.accept(form, idempotencyKey);
    } catch (DataIntegrityViolationException race) {
      // A concurrent twin with the same key won the race; answer with what it created.
      if (idempotencyKey != null && constraints.codeFor(race).isPresent()) {
        return window.replay(idempotencyKey, form).orElseThrow(() -> race);
      }
      throw race;
    }
  }

  /** The materials checklist of a category, for the window's form. */
  @GetMapping("/api/intake/checklists/{category}")
  List<MaterialsChecklist.Item> checklist(@PathVariable Category category) {
    return checklist.itemsFor(category);
  }
}
