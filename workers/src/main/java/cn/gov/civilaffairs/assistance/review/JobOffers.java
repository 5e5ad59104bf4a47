package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdMember;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Suitable job offers made to members able to work (work obligation). Three refusals in a row by one member start a
 * review of the household, whose proposal removes that member's share.
 */
@Service
@org.springframework.transaction.annotation.Transactional
public class JobOffers {

  private final HouseholdRegistry households;
  private final cn.gov.civilaffairs.assistance.enrolment.Enrolments enrolments;
  private final ReviewRecords records;
  private final PeriodicReviews reviews;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final java.time.ZoneId zone;

  JobOffers(HouseholdRegistry households, cn.gov.civilaffairs.assistance.enrolment.Enrolments enrolments,
      ReviewRecords records, PeriodicReviews reviews, JdbcTemplate jdbc,
      AuditLog audit, Clock clock,
      @org.springframework.beans.factory.annotation.Value("${app.zone}") java.time.ZoneId zone) {
    this.households = households;
    this.enrolments = enrolments;
    this.records = records;
    this.reviews = reviews;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  public record Offer(long id, long memberId, LocalDate offeredOn, String employer, String position, boolean refused,
      String note, String recordedBy, Instant recordedAt) {}

  /** The offer as recorded, and the review it started (third refusal in a row), if any. */
  public record Recorded(Offer offer, String reviewCaseNumber) {}

  /**
   * Records an offer, or refuses it with {@code violations} (the request's constraint violations) and every
   * problem of the offer itself, all at once.
   */
  Recorded record(long householdId, Long memberId, LocalDate offeredOn, String employer, String position,
      boolean refused, String note, Violations violations) {
    Household household = households.require(householdId);
    // "Today" where the offer was made (app.zone), not the server's default zone.
    if (offeredOn != null && offeredOn.isAfter(LocalDate.now(clock.withZone(zone)))) {
      violations.add("offeredOn", "DATE_IN_FUTURE");
    }
    HouseholdMember member = memberId == null ? null : household.activeMembers().stream()
        .filter(m -> memberId.equals(m.id())).findFirst().orElse(null);
    if (memberId != null && member == null) {
      violations.add("memberId", "UNKNOWN_MEMBER");
    } else if (member != null && member.workAbility() == WorkAbility.NONE) {
      violations.add("memberId", "NOT_ABLE_TO_WORK");
    }
    violations.throwIfAny();
    Long id = jdbc.queryForObject("""
        insert into job_offers (household_id, member_id, offered_on, employer, position, refused, note, recorded_by,
          recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, householdId, memberId,
        java.sql.Date.valueOf(offeredOn), employer, position, refused, note, DataScope.actor(),
        Timestamp.from(clock.instant()));
    audit.record(AuditLog.Entry.of("JOB_OFFER_RECORDED", "job-offer", id).in(household.communityCode())
        .change(null, Map.of("memberId", memberId, "refused", refused)));
    String review = null;
    if (refused && enrolments.current(householdId).isPresent()
        && records.membersRefusingWork(householdId).contains(memberId)) {
      review = reviews.start(householdId, ReviewReason.WORK_REFUSAL, null, member.name() + " 连续3次拒绝推荐工作")
          .orElse(null);
    }
    return new Recorded(ofHousehold(householdId).stream().filter(o -> o.id() == id).findFirst().orElseThrow(),
        review);
  }

  List<Offer> ofHousehold(long householdId) {
    households.require(householdId);
    return jdbc.query("""
        select id, member_id, offered_on, employer, position, refused, note, recorded_by, recorded_at
        from job_offers where household_id = ? order by offered_on desc, id desc""", (rs, i) -> new Offer(
        rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
        rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()), householdId);
  }
}
