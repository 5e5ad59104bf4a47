package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar: read by everyone signed in, replaced per year by administrators. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private final WorkingDayCalendar calendar;
  private final ProvisionalDeadlines provisional;

  CalendarController(WorkingDayCalendar calendar, ProvisionalDeadlines provisional) {
    this.calendar = calendar;
    this.provisional = provisional;
  }

  record DayForm(@NotNull LocalDate day, @NotNull WorkingDays.DayKind kind, @NotBlank @Size(max = 50) String name) {}

  record YearForm(@NotBlank @Size(max = 200) String source, @NotNull List<@Valid DayForm> days) {}

  /** The years whose official schedule has been entered. */
  @GetMapping
  List<Integer> years() {
    return calendar.knownYears();
  }

  /** The year's official schedule, or, with {@code provisional} true, the statutory holidays deadlines use meanwhile. */
  @GetMapping("/{year}")
  WorkingDayCalendar.YearSchedule show(@PathVariable int year) {
    if (year < ProvisionalHolidays.FIRST_YEAR || year > ProvisionalHolidays.LAST_YEAR) {
      return calendar.official(year).orElseThrow(() -> ApiException.notFound("CALENDAR_YEAR_MISSING", year));
    }
    return calendar.schedule(year);
  }

  @PutMapping("/{year}")
  WorkingDayCalendar.YearSchedule replace(@PathVariable int year, @Valid @RequestBody YearForm form) {
    Violations violations = new Violations();
    if (year < 2000 || year > 2100) {
      violations.add("year", "OUT_OF_RANGE");
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < form.days().size(); i++) {
      DayForm day = form.days().get(i);
      if (day.day().getYear() != year) {
        violations.add("days[" + i + "].day", "OUTSIDE_YEAR");
      } else if (!seen.add(day.day())) {
        violations.add("days[" + i + "].day", "DUPLICATE_DAY");
      }
    }
    violations.throwIfAny();
    // Deadlines computed on the year's provisional schedule are recomputed in the same transaction.
    provisional.enterOfficial(new WorkingDayCalendar.YearSchedule(year, form.source(), form.days().stream()
        .map(d -> new WorkingDayCalendar.Day(d.day(), d.kind(), d.name())).toList()));
    return show(year);
  }
}
