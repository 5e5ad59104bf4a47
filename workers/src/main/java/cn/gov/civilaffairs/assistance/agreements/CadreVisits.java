package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.api.Violations;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.policy.PolicyCatalogue;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Visits of grid cadres to households (走访): date, place, notes and photos (kept in the household file). A household
 * not visited within {@code agreement.visitIntervalDays} (counted from its last visit, or from its plan when never
 * visited) is flagged on its plan and in its cadre's list.
 */
@Service
@Transactional
public class CadreVisits {

  static final String PHOTO_KIND = "VISIT_PHOTO";

  private final JdbcTemplate jdbc;
  private final HouseholdRegistry households;
  private final PolicyParameters policy;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;

  CadreVisits(JdbcTemplate jdbc, HouseholdRegistry households, PolicyParameters policy, AuditLog audit, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.households = households;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  public record NewVisit(LocalDate visitedOn, String place, String notes) {}

  public record Visit(long id, long householdId, LocalDate visitedOn, String place, String notes, String visitor,
      Instant recordedAt, List<Long> photoDocumentIds) {}

  /** When the household was last visited, the period that applies, and whether it is overdue. */
  public record VisitStatus(LocalDate lastVisitOn, int intervalDays, LocalDate nextVisitDue, boolean overdue) {}

  public record VisitLog(VisitStatus status, List<Visit> visits) {}

  /**
   * Logs a visit with its photos (JPEG, PNG or PDF, each at most 10 MB); all or nothing.
   *
   * @throws cn.gov.civilaffairs.assistance.api.ApiException 404 outside the caller's scope, 422 field errors, 413/415
   */
  public Visit log(long householdId, NewVisit visit, List<MultipartFile> photos) throws IOException {
    Household household = households.require(householdId);
    Violations violations = new Violations();
    if (visit.visitedOn() == null) {
      violations.add("visitedOn", "REQUIRED");
    } else if (visit.visitedOn().isAfter(today())) {
      violations.add("visitedOn", "DATE_IN_FUTURE");
    }
    text(violations, "place", visit.place(), 200);
    text(violations, "notes", visit.notes(), 2000);
    violations.throwIfAny();
    Long id = jdbc.queryForObject("""
        insert into cadre_visits (household_id, visited_on, place, notes, visitor, recorded_at)
        values (?, ?, ?, ?, ?, ?) returning id""", Long.class, householdId, Date.valueOf(visit.visitedOn()),
        visit.place().trim(), visit.notes().trim(), DataScope.actor(), Timestamp.from(clock.instant()));
    List<Long> documents = new ArrayList<>();
    for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
      HouseholdDocuments.DocumentView stored = households.upload(householdId, PHOTO_KIND, photo);
      jdbc.update("insert into cadre_visit_photos (visit_id, document_id) values (?, ?)", id, stored.id());
      documents.add(stored.id());
    }
    Visit logged = find(id);
    audit.record(AuditLog.Entry.of("CADRE_VISIT_LOGGED", "cadre_visit", id)
        .in(household.communityCode()).change(null, logged));
    return logged;
  }

  /** The household's visits, newest first, with its visit status. */
  @Transactional(readOnly = true)
  public VisitLog of(long householdId) {
    Household household = households.require(householdId);
    List<Visit> visits = jdbc.query("select id from cadre_visits where household_id = ? order by visited_on desc, "
        + "id desc", (rs, i) -> find(rs.getLong(1)), householdId);
    return new VisitLog(status(householdId, household.communityCode(), null), visits);
  }

  /**
   * The visit status of a household: overdue when its last visit, or {@code since} (its plan) when never visited,
   * lies further back than the period of its community.
   */
  @Transactional(readOnly = true)
  public VisitStatus status(long householdId, String jurisdictionCode, LocalDate since) {
    int interval = policy.snapshot(jurisdictionCode, today()).integer(PolicyCatalogue.AGREEMENT_VISIT_INTERVAL_DAYS);
    LocalDate last = jdbc.queryForList("select max(visited_on) from cadre_visits where household_id = ?", Date.class,
        householdId).stream().filter(java.util.Objects::nonNull).findFirst().map(Date::toLocalDate).orElse(null);
    LocalDate from = last != null ? last : since;
    LocalDate due = from == null ? null : from.plusDays(interval);
    boolean overdue = from == null || ChronoUnit.DAYS.between(from, today()) > interval;
    return new VisitStatus(last, interval, due, overdue);
  }

  private Visit find(long id) {
    Map<String, Object> row = jdbc.queryForMap("select * from cadre_visits where id = ?", id);
    List<Long> photos = jdbc.queryForList("select document_id from cadre_visit_photos where visit_id = ? "
        + "order by document_id", Long.class, id);
    return new Visit(id, ((Number) row.get("household_id")).longValue(), ((Date) row.get("visited_on")).toLocalDate(),
        (String) row.get("place"), (String) row.get("notes"), (String) row.get("visitor"),
        ((Timestamp) row.get("recorded_at")).toInstant(), photos);
  }

  private static void text(Violations violations, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      violations.add(field, "REQUIRED");
    } else if (value.trim().length() > max) {
      violations.add(field, "SIZE");
    }
  }

  private LocalDate today() {
    return clock.instant().atZone(zone).toLocalDate();
  }
}
