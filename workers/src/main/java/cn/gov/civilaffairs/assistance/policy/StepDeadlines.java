package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Due and follow-up dates of human steps from the per-jurisdiction, per-step working-day limits in force. The
 * nearest jurisdiction up the tree with a limit for the step wins; within it, the newest row already in force.
 * The steps of {@link StepsLimitedByParameters} take their limit from the policy parameter in force instead, and
 * {@code step_slas} rows of theirs are ignored. A step due on a day is due at the end of that working day.
 */
@Service
@Order(3)
public class StepDeadlines implements ApplicationRunner {

  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 30);

  private final JdbcTemplate jdbc;
  private final Jurisdictions jurisdictions;
  private final PolicyParameters parameters;
  private final WorkingDayCalendar calendar;
  private final Resource seed;
  private final ZoneId zone;
  private final int dueSoonWorkingDays;

  StepDeadlines(JdbcTemplate jdbc, Jurisdictions jurisdictions, PolicyParameters parameters,
      WorkingDayCalendar calendar,
      @Value("${app.tasks.sla-seed:classpath:seed/step-slas.csv}") Resource seed, @Value("${app.zone}") ZoneId zone,
      @Value("${app.tasks.due-soon-working-days:2}") int dueSoonWorkingDays) {
    this.jdbc = jdbc;
    this.jurisdictions = jurisdictions;
    this.parameters = parameters;
    this.calendar = calendar;
    this.seed = seed;
    this.zone = zone;
    this.dueSoonWorkingDays = dueSoonWorkingDays;
  }

  /**
   * When a step created at {@code created} is due and when to remind, if the step has a limit;
   * {@code provisionalYears} not empty when computed on a year whose official schedule is not entered yet.
   */
  public record Deadline(ZonedDateTime due, ZonedDateTime followUp, int workingDays, Set<Integer> provisionalYears) {

    public boolean provisional() {
      return !provisionalYears.isEmpty();
    }
  }

  /**
   * When a step created at {@code created} is due and when to remind, by the limit of the first of {@code stepIds}
   * that has one anywhere up the tree (e.g. {@code UserTask_CountyDecision@TEKUN} before
   * {@code UserTask_CountyDecision}); one query for all of them. Empty when none has a limit.
   */
  public Optional<Deadline> forStep(String processKey, List<String> stepIds, String jurisdictionCode,
      ZonedDateTime created) {
    LocalDate today = created.withZoneSameInstant(zone).toLocalDate();
    return workingDaysFor(processKey, stepIds, jurisdictionCode, today).map(days -> {
      WorkingDays workingDays = calendar.workingDays();
      LocalDate due = workingDays.addWorkingDays(today, days);
      LocalDate followUp = due;
      for (int back = 0; back < dueSoonWorkingDays && followUp.isAfter(today); ) {
        followUp = followUp.minusDays(1);
        if (workingDays.isWorkingDay(followUp)) {
          back++;
        }
      }
      return new Deadline(due.atTime(END_OF_WORKING_DAY).atZone(zone),
          followUp.atTime(LocalTime.of(9, 0)).atZone(zone), days, workingDays.provisionalYears(today, due));
    });
  }

  /** The end of the last working day that still counts as due soon, seen from {@code today}. */
  public ZonedDateTime dueSoonLimit(LocalDate today) {
    return calendar.workingDays().addWorkingDays(today, dueSoonWorkingDays).atTime(END_OF_WORKING_DAY).atZone(zone);
  }

  /** Whether a task due at {@code due} counts as due soon on {@code today}. */
  public boolean isDueSoon(LocalDate today, LocalDate due) {
    return !due.isBefore(today) && calendar.workingDays().workingDaysBetween(today, due) <= dueSoonWorkingDays;
  }

  Optional<Integer> workingDaysFor(String processKey, String stepId, String jurisdictionCode, LocalDate day) {
    return workingDaysFor(processKey, List.of(stepId), jurisdictionCode, day);
  }

  Optional<Integer> workingDaysFor(String processKey, List<String> stepIds, String jurisdictionCode,
      LocalDate day) {
    // The node's own limit wins over its ancestors'; one query over the whole chain and all step ids (every task
    // creation asks).
    List<String> chain = new ArrayList<>();
    for (Optional<Jurisdiction> node = jurisdictions.find(jurisdictionCode); node.isPresent();
        node = jurisdictions.find(node.get().parentCode())) {
      chain.add(node.get().code());
    }
    if (chain.isEmpty()) {
      return Optional.empty();
    }
    // A step limited by a policy parameter ends the search: its step rows (older seeds) do not count.
    List<String> byRow = new ArrayList<>();
    Optional<ParameterDefinition> parameter = Optional.empty();
    for (String stepId : stepIds) {
      parameter = StepsLimitedByParameters.parameterFor(processKey, stepId);
      if (parameter.isPresent()) {
        break;
      }
      byRow.add(stepId);
    }
    Map<String, Integer> newestByStepAndNode = new HashMap<>();
    if (!byRow.isEmpty()) {
      jdbc.query("""
          select distinct on (step_id, jurisdiction_code) step_id, jurisdiction_code, working_days from step_slas
          where jurisdiction_code = any(?) and process_key = ? and step_id = any(?) and effective_from <= ?
          order by step_id, jurisdiction_code, effective_from desc, id desc""",
          row -> {
            newestByStepAndNode.put(row.getString(1) + " " + row.getString(2), row.getInt(3));
          }, chain.toArray(String[]::new), processKey, byRow.toArray(String[]::new), day);
    }
    for (String stepId : byRow) {
      for (String node : chain) {
        Integer days = newestByStepAndNode.get(stepId + " " + node);
        if (days != null) {
          return Optional.of(days);
        }
      }
    }
    // Inherited and overridden like every parameter: the value in force at the case's node on the day.
    return parameter.map(p -> parameters.snapshot(jurisdictionCode, day).integer(p.code()));
  }

  /** Loads the shipped defaults for steps that have no row yet. */
  @Override
  public void run(ApplicationArguments args) throws IOException {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(seed.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",");
        if (StepsLimitedByParameters.parameterFor(cells[1].trim(), cells[2].trim()).isPresent()) {
          continue;
        }
        jdbc.update("""
            insert into step_slas (jurisdiction_code, process_key, step_id, working_days, effective_from)
            select ?, ?, ?, ?, ? where not exists (
              select 1 from step_slas where jurisdiction_code = ? and process_key = ? and step_id = ?)""",
            cells[0].trim(), cells[1].trim(), cells[2].trim(), Integer.parseInt(cells[3].trim()),
            LocalDate.parse(cells[4].trim()), cells[0].trim(), cells[1].trim(), cells[2].trim());
      }
    }
  }
}
