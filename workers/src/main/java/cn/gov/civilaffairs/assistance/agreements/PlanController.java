package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.PlanViews.CadreAssignment;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.CadreLoad;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.MeasureOutcome;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.NewPlan;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.Plan;
import cn.gov.civilaffairs.assistance.agreements.PlanViews.PlanChange;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanController {

  private final AssistancePlans plans;
  private final AgreementDocuments agreements;
  private final AgreementProcesses processes;

  PlanController(AssistancePlans plans, AgreementDocuments agreements, AgreementProcesses processes) {
    this.plans = plans;
    this.agreements = agreements;
    this.processes = processes;
  }

  record ProcessStart(String caseNumber, boolean renewal) {}

  /** Starts the agreement process of a case (first agreement, or {@code renewal} of an enrolled household's plan). */
  @PostMapping("/api/agreements/processes")
  @ResponseStatus(HttpStatus.CREATED)
  AgreementProcesses.Started start(@RequestBody ProcessStart start) {
    return processes.start(start.caseNumber(), start.renewal());
  }

  /** The agreement of the plan's current version, filed in the household file (once per version). */
  @PostMapping("/api/agreements/plans/{id}/agreement")
  HouseholdDocuments.DocumentView generateAgreement(@PathVariable long id) {
    return agreements.generate(id);
  }

  @PostMapping("/api/agreements/plans")
  @ResponseStatus(HttpStatus.CREATED)
  Plan create(@RequestBody NewPlan form) {
    return plans.create(form);
  }

  @GetMapping("/api/agreements/plans/{id}")
  Plan show(@PathVariable long id) {
    return plans.require(id);
  }

  @GetMapping("/api/agreements/households/{householdId}/plan")
  Plan ofHousehold(@PathVariable long householdId) {
    return plans.ofHousehold(householdId);
  }

  @PutMapping("/api/agreements/plans/{id}")
  Plan update(@PathVariable long id, @RequestBody PlanChange change) {
    return plans.update(id, change);
  }

  @GetMapping("/api/agreements/plans/{id}/versions")
  List<PlanViews.Version> versions(@PathVariable long id) {
    return plans.versions(id);
  }

  @PutMapping("/api/agreements/plans/{id}/cadre")
  Plan assignCadre(@PathVariable long id, @RequestBody CadreAssignment assignment) {
    return plans.assignCadre(id, assignment);
  }

  @PostMapping("/api/agreements/plans/{id}/measures/{measureId}/outcome")
  Plan recordOutcome(@PathVariable long id, @PathVariable long measureId, @RequestBody MeasureOutcome outcome) {
    return plans.recordOutcome(id, measureId, outcome);
  }

  @GetMapping("/api/agreements/cadres")
  List<CadreLoad> loads() {
    return plans.loads();
  }

  @GetMapping("/api/agreements/cadres/{username}/households")
  CadreLoad load(@PathVariable String username) {
    return plans.load(username);
  }
}
