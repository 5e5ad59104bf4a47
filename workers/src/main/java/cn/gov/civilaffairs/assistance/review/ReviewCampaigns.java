package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Campaigns (集中核查): a county user chooses a set of enrolled households (a street, a category, everyone due in a
 * month, within their jurisdiction) and a review is started for each, in batches read by keyset in the background,
 * so the caseload is never held in memory. Progress is counted from the review cases themselves.
 */
@Service
public class ReviewCampaigns {

  private static final Logger log = LoggerFactory.getLogger(ReviewCampaigns.class);

  private final PeriodicReviews reviews;
  private final Jurisdictions jurisdictions;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final ExecutorService starter = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "review-campaigns");
    thread.setDaemon(true);
    return thread;
  });

  ReviewCampaigns(PeriodicReviews reviews, Jurisdictions jurisdictions, JdbcTemplate jdbc, AuditLog audit,
      Clock clock) {
    this.reviews = reviews;
    this.jurisdictions = jurisdictions;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Which households: optional street, category and month in which their next review falls due. */
  public record Selection(String streetCode, String category, YearMonth dueMonth) {}

  public record Campaign(long id, String name, String districtCode, String streetCode, String category,
      String dueMonth, String status, int selected, String launchedBy, Instant launchedAt, Progress progress) {}

  /** Started reviews, those verified (their proposal made), decided, and finished, with outcomes decided. */
  public record Progress(int started, int verified, int decided, int finished, Map<String, Integer> outcomes) {}

  /** How many households the selection holds now (the launch screen's preview). */
  public int preview(AppUser user, Selection selection) {
    Where where = where(user, selection);
    Integer count = jdbc.queryForObject("select count(*) " + where.sql(), Integer.class, where.arguments());
    return count == null ? 0 : count;
  }

  /** Records the campaign and starts its reviews in the background; the answer comes at once. */
  public Campaign launch(AppUser user, String name, Selection selection) {
    Where where = where(user, selection);
    int selected = preview(user, selection);
    Long id = jdbc.queryForObject("""
        insert into review_campaigns (name, district_code, street_code, category, due_month, status, selected,
          launched_by, launched_at) values (?, ?, ?, ?, ?, 'STARTING', ?, ?, ?) returning id""", Long.class, name,
        where.districtCode(), selection.streetCode(), selection.category(),
        selection.dueMonth() == null ? null : java.sql.Date.valueOf(selection.dueMonth().atDay(1)), selected,
        user.username(), Timestamp.from(clock.instant()));
    audit.record(AuditLog.Entry.of("REVIEW_CAMPAIGN_LAUNCHED", "review-campaign", id).in(where.districtCode())
        .change(null, Map.of("name", name, "selected", selected)));
    starter.submit(() -> startReviews(id, where));
    return get(user, id);
  }

  /** Starts the campaign's reviews batch by batch; returns how many it started. */
  int startReviews(long campaignId, Where where) {
    int started = 0;
    try {
      long after = 0;
      List<PeriodicReviews.Candidate> batch;
      while (!(batch = batch(where, after)).isEmpty()) {
        started += reviews.startAll(batch, ReviewReason.CAMPAIGN, campaignId, null);
        after = batch.get(batch.size() - 1).enrolmentId();
      }
    } catch (RuntimeException e) {
      log.error("Campaign {} stopped after starting {} reviews", campaignId, started, e);
    } finally {
      jdbc.update("update review_campaigns set status = 'STARTED' where id = ?", campaignId);
    }
    return started;
  }

  private List<PeriodicReviews.Candidate> batch(Where where, long after) {
    List<Object> arguments = new ArrayList<>(List.of(where.arguments()));
    arguments.add(after);
    arguments.add(PeriodicReviews.BATCH_SIZE);
    return jdbc.query("select e.id, e.household_id, c.street_code, e.category " + where.sql()
        + " and e.id > ? order by e.id limit ?", (rs, i) -> new PeriodicReviews.Candidate(rs.getLong(1),
        rs.getLong(2), rs.getString(3), rs.getString(4)), arguments.toArray());
  }

  /** One campaign with its progress; 404 outside the caller's jurisdiction. */
  public Campaign get(AppUser user, long id) {
    return list(user).stream().filter(c -> c.id() == id).findFirst()
        .orElseThrow(() -> ApiException.notFound("CAMPAIGN_NOT_FOUND"));
  }

  /** The campaigns of the caller's jurisdiction, newest first. */
  public List<Campaign> list(AppUser user) {
    return jdbc.query("""
        select k.id, k.name, k.district_code, k.street_code, k.category, k.due_month, k.status, k.selected,
          k.launched_by, k.launched_at from review_campaigns k join jurisdictions j on j.code = k.district_code
        where j.path like ? order by k.id desc limit 100""", (rs, i) -> new Campaign(rs.getLong(1),
        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getDate(6) == null ? null : YearMonth.from(rs.getDate(6).toLocalDate()).toString(), rs.getString(7),
        rs.getInt(8), rs.getString(9), rs.getTimestamp(10).toInstant(), progress(rs.getLong(1))),
        user.scopePath() + "%");
  }

  private Progress progress(long campaignId) {
    Map<String, Object> counts = jdbc.queryForMap("""
        select count(*) as started,
          count(p.id) as verified,
          count(*) filter (where exists (select 1 from review_decisions d where d.case_number = c.case_number))
            as decided,
          count(*) filter (where c.status = 'CLOSED') as finished
        from cases c left join review_proposals p on p.case_number = c.case_number
        where c.campaign_id = ?""", campaignId);
    Map<String, Integer> outcomes = new java.util.TreeMap<>();
    jdbc.query("""
        select d.outcome, count(*) from cases c join lateral (
          select outcome from review_decisions d where d.case_number = c.case_number
          order by decided_at desc, id desc limit 1) d on true
        where c.campaign_id = ? group by d.outcome""",
        rs -> {
          outcomes.put(rs.getString(1), rs.getInt(2));
        }, campaignId);
    return new Progress(((Number) counts.get("started")).intValue(), ((Number) counts.get("verified")).intValue(),
        ((Number) counts.get("decided")).intValue(), ((Number) counts.get("finished")).intValue(), outcomes);
  }

  record Where(String sql, Object[] arguments, String districtCode) {}

  private Where where(AppUser user, Selection selection) {
    List<FieldViolation> violations = new ArrayList<>();
    Jurisdiction home = jurisdictions.find(user.jurisdictionCode()).orElseThrow();
    String district = home.level() == JurisdictionLevel.DISTRICT ? home.code()
        : jurisdictions.ancestorAt(home.code(), JurisdictionLevel.DISTRICT).map(Jurisdiction::code).orElse(null);
    String path = user.scopePath();
    if (selection.streetCode() != null) {
      var street = jurisdictions.find(selection.streetCode());
      if (street.isEmpty() || street.get().level() != JurisdictionLevel.STREET || !user.covers(street.get().path())) {
        violations.add(FieldViolation.of("streetCode", "UNKNOWN_STREET"));
      } else {
        path = street.get().path();
        district = street.get().parentCode();
      }
    }
    if (selection.category() != null && !List.of(Category.DIBAO.name(), Category.TEKUN.name(),
        Category.MARGINAL.name(), Category.RIGID_EXPENDITURE.name()).contains(selection.category())) {
      violations.add(FieldViolation.of("category", "INVALID_VALUE"));
    }
    if (district == null) {
      violations.add(FieldViolation.of("streetCode", "REQUIRED"));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    StringBuilder sql = new StringBuilder("""
        from enrolments e join cases c on c.case_number = e.case_number
          join jurisdictions j on j.code = c.street_code
        where e.status in ('ACTIVE', 'GRADUAL_EXIT') and j.path like ?""");
    List<Object> arguments = new ArrayList<>(List.of(path + "%"));
    if (selection.category() != null) {
      sql.append(" and e.category = ?");
      arguments.add(selection.category());
    }
    if (selection.dueMonth() != null) {
      sql.append(" and e.next_review_on >= ? and e.next_review_on < ?");
      LocalDate first = selection.dueMonth().atDay(1);
      arguments.add(java.sql.Date.valueOf(first));
      arguments.add(java.sql.Date.valueOf(first.plusMonths(1)));
    }
    return new Where(sql.toString(), arguments.toArray(), district);
  }

  @PreDestroy
  void stop() {
    starter.shutdownNow();
  }
}
