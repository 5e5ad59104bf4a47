package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.policy.ProvisionalDeadlines;
import cn.gov.civilaffairs.assistance.policy.WorkingDayCalendar;
import cn.gov.civilaffairs.assistance.policy.WorkingDays;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The street's temporary-aid terms in force on a day, from its policy parameters and working-day calendar. */
@Service
public class TemporaryAidTerms {

  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 30);

  private final PolicyParameters policy;
  private final WorkingDayCalendar calendar;
  private final ProvisionalDeadlines provisional;
  private final ZoneId zone;

  TemporaryAidTerms(PolicyParameters policy, WorkingDayCalendar calendar, ProvisionalDeadlines provisional,
      @Value("${app.zone}") ZoneId zone) {
    this.policy = policy;
    this.calendar = calendar;
    this.provisional = provisional;
    this.zone = zone;
  }

  /** What routes a request: amounts in yuan, the street head's approval due in hours from {@code now}. */
  public record Limits(BigDecimal streetCeiling, BigDecimal conferenceThreshold, Instant approvalDueAt) {}

  public Limits limitsFor(String streetCode, Instant now) {
    PolicySnapshot snapshot = policy.snapshot(streetCode, now.atZone(zone).toLocalDate());
    return new Limits(snapshot.aidStreetCeiling(), snapshot.aidConferenceThreshold(),
        now.plus(Duration.ofHours(snapshot.aidEmergencyApprovalHours())));
  }

  /**
   * The end of the last working day by which paperwork of the case's aid paid at {@code paidAt} must be complete;
   * marked provisional (and recomputed when the official schedule is entered) when it reaches into a year whose
   * official holiday schedule is not entered yet.
   */
  public Instant paperworkDueAt(String caseNumber, String streetCode, Instant paidAt) {
    LocalDate day = paidAt.atZone(zone).toLocalDate();
    int days = policy.snapshot(streetCode, day).aidPaperworkDays();
    for (int attempt = 0; ; attempt++) {
      WorkingDays workingDays = calendar.workingDays();
      LocalDate dueDay = workingDays.addWorkingDays(day, days);
      Instant due = dueDay.atTime(END_OF_WORKING_DAY).atZone(zone).toInstant();
      // Answers false once, at most, when the year was entered while this transaction computed: compute again.
      if (provisional.mark(new ProvisionalDeadlines.Marker(ProvisionalDeadlines.AID_PAPERWORK, caseNumber,
          caseNumber, TemporaryAidFilings.PAPERWORK_STEP, workingDays.provisionalYears(day, dueDay), paidAt, due,
          null)) || attempt > 0) {
        return due;
      }
    }
  }
}
