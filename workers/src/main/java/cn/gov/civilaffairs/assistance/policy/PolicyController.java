package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.api.ListQuery;
import cn.gov.civilaffairs.assistance.api.ListResponse;
import cn.gov.civilaffairs.assistance.api.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy parameters and step limits: read by every case role, set by administrators. Not limited to the caller's
 * subtree: a street sees the city and district values it inherits, and policy is public anyway.
 */
@RestController
@RequestMapping("/api/policy")
class PolicyController {

  private final PolicyParameters parameters;
  private final StepLimits stepLimits;
  private final Clock clock;
  private final ZoneId zone;

  PolicyController(PolicyParameters parameters, StepLimits stepLimits, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.parameters = parameters;
    this.stepLimits = stepLimits;
    this.clock = clock;
    this.zone = zone;
  }

  /** {@code value} as JSON text, number or boolean; it is checked against the catalogue. */
  record ParameterForm(String jurisdictionCode, String code, JsonNode value, LocalDate effectiveFrom,
      String reason) {}

  @GetMapping("/catalogue")
  List<ParameterDefinition> catalogue() {
    return parameters.catalogue();
  }

  @GetMapping("/parameters")
  ResponseEntity<List<PolicyParameters.ParameterRow>> rows(@RequestParam(required = false) String sort,
      @RequestParam(required = false) String range, @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, PolicyParameters.sortFields(),
        Sort.by(Sort.Direction.DESC, "id"));
    return ListResponse.of("parameters", parameters.rows(query));
  }

  /** The values in force in a jurisdiction on a day (default: today), with where each came from. */
  @GetMapping("/snapshot")
  PolicySnapshot snapshot(@RequestParam String jurisdiction,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    return parameters.snapshot(jurisdiction, day != null ? day : LocalDate.now(clock.withZone(zone)));
  }

  @PostMapping("/parameters")
  ResponseEntity<PolicyParameters.ParameterRow> set(@RequestBody ParameterForm form) {
    String value = null;
    if (form.value() != null && !form.value().isNull()) {
      if (!form.value().isValueNode()) {
        new Violations().add("value", "INVALID_VALUE").throwIfAny();
      }
      value = form.value().asText();
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(parameters.set(new PolicyParameters.NewValue(
        form.jurisdictionCode(), form.code(), value, form.effectiveFrom(), form.reason())));
  }

  @GetMapping("/step-slas")
  ResponseEntity<List<StepLimits.StepLimit>> stepLimits(@RequestParam(required = false) String sort,
      @RequestParam(required = false) String range, @RequestParam(required = false) String filter) {
    ListQuery query = ListQuery.parse(sort, range, filter, StepLimits.sortFields(),
        Sort.by(Sort.Direction.DESC, "id"));
    return ListResponse.of("step-slas", stepLimits.rows(query));
  }

  @PostMapping("/step-slas")
  ResponseEntity<StepLimits.StepLimit> setStepLimit(@RequestBody StepLimits.NewStepLimit form) {
    return ResponseEntity.status(HttpStatus.CREATED).body(stepLimits.set(form));
  }
}
