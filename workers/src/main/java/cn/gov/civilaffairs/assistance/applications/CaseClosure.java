package cn.gov.civilaffairs.assistance.applications;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Closes a case when its process ends, in the engine's transaction. Other processes with the case number as business
 * key (the assistance agreement it calls, referrals that outlive it) do not close it. Plain SQL, because the engine calls this while
 * it is being built (no dependency on engine services here).
 */
@Component
class CaseClosure {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  CaseClosure(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void close(String caseNumber, String processInstanceId, String endActivityId, String endActivityName) {
    jdbc.update("""
        update cases set status = 'CLOSED', closed_at = ?, outcome = ?, outcome_name = ?
        where case_number = ? and status = 'OPEN' and (process_instance_id = ? or process_instance_id is null)""",
        Timestamp.from(clock.instant()), endActivityId, endActivityName, caseNumber, processInstanceId);
  }
}
