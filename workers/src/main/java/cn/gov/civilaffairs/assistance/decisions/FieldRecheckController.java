package cn.gov.civilaffairs.assistance.decisions;

import cn.gov.civilaffairs.assistance.api.Violations;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The share of 特困 cases the county re-checked in the field in a month, for its approvers and auditors. */
@RestController
class FieldRecheckController {

  private final FieldRechecks rechecks;
  private final Clock clock;
  private final ZoneId zone;

  FieldRecheckController(FieldRechecks rechecks, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.rechecks = rechecks;
    this.clock = clock;
    this.zone = zone;
  }

  /** {@code month} as {@code YYYY-MM}, default the current month; outside the caller's jurisdiction 404. */
  @GetMapping("/api/decisions/field-rechecks")
  FieldRechecks.MonthShare share(@RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String month) {
    Violations violations = new Violations();
    if (districtCode == null || districtCode.isBlank()) {
      violations.add("districtCode", "REQUIRED");
    }
    YearMonth parsed = YearMonth.now(clock.withZone(zone));
    if (month != null && !month.isBlank()) {
      try {
        parsed = YearMonth.parse(month.trim());
      } catch (DateTimeParseException e) {
        violations.add("month", "INVALID_VALUE");
      }
    }
    violations.throwIfAny();
    return rechecks.share(districtCode.trim(), parsed);
  }
}
