package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Verifies the economy of the case's household (家庭经济状况核对). Variables: {@code householdId}, optional
 * {@code verificationRound} (default 1; 2 is the re-check after a contest) and {@code verificationAsOf} (ISO date,
 * default today). A source that does not answer fails the job: retried, then an incident.
 */
@Component
class VerifyHouseholdEconomyWorker implements JobWorker {

  private final VerificationReports reports;
  private final Clock clock;
  private final ZoneId zone;

  VerifyHouseholdEconomyWorker(VerificationReports reports, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.reports = reports;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public String topic() {
    return Topics.VERIFY_HOUSEHOLD_ECONOMY;
  }

  @Override
  public JobResult handle(Job job) throws SourceUnavailableException {
    long householdId = Long.parseLong(job.requiredString("householdId"));
    int round = job.variable("verificationRound").map(v -> Integer.parseInt(v.toString())).orElse(1);
    LocalDate asOf = job.variable("verificationAsOf").map(v -> LocalDate.parse(v.toString()))
        .orElseGet(() -> LocalDate.now(clock.withZone(zone)));
    VerificationReport report = reports.verify(job.businessKey(), householdId, round, asOf);
    return JobResult.completed(Map.of("verificationReportId", report.id(), "verificationPassed", report.passed()));
  }
}
