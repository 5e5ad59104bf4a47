package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The temporary-aid request of each case (type, reason, amount, form of aid) and the repeat rule: the same person
 * aided for the same reason within the street's {@code aid.sameReasonMonths} (12 by default) is flagged, and
 * refused unless the clerk records a new reason.
 */
@Service
@Transactional
public class TemporaryAidRequests {

  private final JdbcTemplate jdbc;
  private final CaseTimeline timeline;
  private final PolicyParameters policy;
  private final Clock clock;
  private final ZoneId zone;

  TemporaryAidRequests(JdbcTemplate jdbc, CaseTimeline timeline, PolicyParameters policy, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.policy = policy;
    this.clock = clock;
    this.zone = zone;
  }

  /** A case's request as recorded. */
  public record Request(String caseNumber, String streetCode, TemporaryAidDetails details, String recordedBy,
      Instant recordedAt, Instant repeatCheckedAt, String repeatOfCase) {}

  /** The outcome of the repeat check: the earlier aided case of the same person and reason, if any. */
  public record RepeatCheck(boolean repeated, String earlierCase) {}

  /** The process variables the temporary-aid process routes on, from details the window recorded. */
  public static Map<String, Object> processVariables(TemporaryAidDetails details) {
    return Map.of("aidType", details.aidType().name(), "reason", details.reason().name(),
        "amountRequested", details.amountRequested().doubleValue(), "aidForm", details.aidForm().name());
  }

  /** Records the request of a case accepted at the window (in the accepting transaction). */
  public void record(String caseNumber, String streetCode, TemporaryAidDetails details) {
    jdbc.update("""
        insert into temporary_aid_requests (case_number, street_code, aid_type, reason, reason_detail,
          amount_requested, aid_form, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (case_number) do nothing""", caseNumber, streetCode, details.aidType().name(),
        details.reason().name(), details.reasonDetail(), details.amountRequested(), details.aidForm().name(),
        DataScope.actor(), Timestamp.from(clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<Request> find(String caseNumber) {
    return jdbc.query("select * from temporary_aid_requests where case_number = ?", TemporaryAidRequests::request,
        caseNumber).stream().findFirst();
  }

  public Request require(String caseNumber) {
    return find(caseNumber).orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND"));
  }

  /**
   * Checks whether the case's applicant had aid for the same reason approved or paid within the last
   * {@code aid.sameReasonMonths} months (another case), in force at the case's street today. The window includes
   * the calendar day that many months back (aid paid on 8 December 2025 counts on 8 December 2026 under 12
   * months; aid paid on 7 December 2025 does not). The request is recorded from the process first where the street, not the window, entered it.
   * Idempotent: a repeated check finds the same earlier case and writes the timeline entry once.
   */
  public RepeatCheck checkRepeat(String caseNumber, String streetCode, Map<String, Object> processDetails) {
    Request request = find(caseNumber).orElseGet(() -> {
      record(caseNumber, streetCode, fromProcess(processDetails));
      return require(caseNumber);
    });
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    int months = policy.snapshot(request.streetCode(), today).aidSameReasonMonths();
    Instant since = today.minusMonths(months).atStartOfDay(zone).toInstant();
    Optional<String> earlier = jdbc.query("""
        select r.case_number from temporary_aid_requests r
          join cases c on c.case_number = r.case_number
          join household_members m on m.id = c.applicant_member_id
        where m.resident_id = (select m2.resident_id from cases c2
                join household_members m2 on m2.id = c2.applicant_member_id where c2.case_number = ?)
          and r.reason = ? and r.case_number <> ?
          and (exists (select 1 from temporary_aid_payments p where p.case_number = r.case_number
                 and p.status = 'PAID' and p.recorded_at >= ?)
            or exists (select 1 from task_completions t where t.case_number = r.case_number and t.completed_at >= ?
                 and ((t.step = 'UserTask_ApproveEmergencyAid' and t.data ->> 'emergencyDecision' = 'APPROVE')
                   or (t.step = 'UserTask_ApproveAtCounty' and t.data ->> 'countyDecision' = 'APPROVE'))))
        order by r.recorded_at desc limit 1""", (rs, i) -> rs.getString(1), caseNumber,
        request.details().reason().name(), caseNumber, Timestamp.from(since), Timestamp.from(since))
        .stream().findFirst();
    jdbc.update("update temporary_aid_requests set repeat_checked_at = coalesce(repeat_checked_at, ?), "
        + "repeat_of_case = ? where case_number = ?", Timestamp.from(clock.instant()), earlier.orElse(null),
        caseNumber);
    timeline.record(caseNumber, "repeat-check", earlier.isPresent() ? "AID_REPEAT_FLAGGED" : "AID_REPEAT_CLEARED",
        null, "system", earlier.map(e -> months + " 个月内已因同一事由获得临时救助（" + e + "），须核实是否有新情形")
            .orElse(months + " 个月内未因同一事由获得临时救助"));
    return new RepeatCheck(earlier.isPresent(), earlier.orElse(null));
  }

  private static TemporaryAidDetails fromProcess(Map<String, Object> variables) {
    Object amount = variables.get("amountRequested");
    Object detail = variables.get("reasonDetail");
    return new TemporaryAidDetails(
        TemporaryAidDetails.AidType.valueOf(String.valueOf(variables.get("aidType"))),
        TemporaryAidDetails.Reason.valueOf(String.valueOf(variables.get("reason"))),
        detail == null ? null : detail.toString(),
        new BigDecimal(String.valueOf(amount)).setScale(2, java.math.RoundingMode.HALF_UP),
        TemporaryAidDetails.AidForm.valueOf(String.valueOf(variables.get("aidForm"))));
  }

  private static Request request(ResultSet rs, int row) throws SQLException {
    Timestamp checked = rs.getTimestamp("repeat_checked_at");
    return new Request(rs.getString("case_number"), rs.getString("street_code"), new TemporaryAidDetails(
        TemporaryAidDetails.AidType.valueOf(rs.getString("aid_type")),
        TemporaryAidDetails.Reason.valueOf(rs.getString("reason")), rs.getString("reason_detail"),
        rs.getBigDecimal("amount_requested"), TemporaryAidDetails.AidForm.valueOf(rs.getString("aid_form"))),
        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
        checked == null ? null : checked.toInstant(), rs.getString("repeat_of_case"));
  }
}
