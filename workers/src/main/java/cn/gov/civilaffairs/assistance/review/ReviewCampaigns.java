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
import org.springframework.beans.factory.annotation.Value;
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
  private final long leaseSeconds;
  private final ExecutorService starter = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "review-campaigns");
    thread.setDaemon(true);
    return thread;
  });

  ReviewCampaigns(PeriodicReviews reviews, Jurisdictions jurisdictions, JdbcTemplate jdbc, AuditLog audit,
      Clock clock, @Value("${app.review.campaign-lease-seconds:300}") long leaseSeconds) {
    this.leaseSeconds = leaseSeconds;
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
          launched_by, launched_at, scope_path, lease_until)
        values (?, ?, ?, ?, ?, 'STARTING', ?, ?, ?, ?, now() + ?::interval) returning id""", Long.class, name,
        where.districtCode(), selection.streetCode(), selection.category(),
        selection.dueMonth() == null ? null : java.sql.Date.valueOf(selection.dueMonth().atDay(1)), selected,
        user.username(), Timestamp.from(clock.instant()), where.path(), lease());
    audit.record(AuditLog.Entry.of("REVIEW_CAMPAIGN_LAUNCHED", "review-campaign", id).in(where.districtCode())
        .change(null, Map.of("name", name, "selected", selected)));
    starter.submit(() -> startReviews(id, where));
    return get(user, id);
  }

  /**
   * Starts the campaign's reviews batch by batch, renewing the lease after each; returns how many it started. A
   * household the campaign already reviews is skipped, so a resumed campaign starts only the rest.
   */
  int startReviews(long campaignId, Where where) {
    int started = 0;
    boolean interrupted = false;
    try {
      long after = 0;
      List<PeriodicReviews.Candidate> batch;
      while (!(batch = batch(campaignId, where, after)).isEmpty()) {
        if (Thread.currentThread().isInterrupted()) {
          interrupted = true;
          return started;
        }
        started += reviews.startAll(batch, ReviewReason.CAMPAIGN, campaignId, null);
        after = batch.get(batch.size() - 1).enrolmentId();
        jdbc.update("update review_campaigns set lease_until = now() + ?::interval where id = ?", lease(),
            campaignId);
      }
    } catch (RuntimeException e) {
      log.error("Campaign {} stopped after starting {} reviews", campaignId, started, e);
    } finally {
      if (interrupted) {
        // This node is shutting down: give the rest to the next sweep of any node.
        jdbc.update("update review_campaigns set lease_until = null where id = ?", campaignId);
      } else {
        jdbc.update("update review_campaigns set status = 'STARTED', lease_until = null where id = ?", campaignId);
      }
    }
    return started;
  }

  /**
   * Resumes, in the background, every campaign still STARTING whose lease has expired (the node starting it died);
   * returns their ids. Safe on two nodes at once: each campaign is claimed by renewing its lease on a row locked with
   * skip locked, so only one node claims it.
   */
  List<Long> resumeAbandoned() {
    List<Long> resumed = new ArrayList<>();
    Long claimed;
    while ((claimed = claimAbandoned()) != null) {
      long id = claimed;
      Where where = where(id);
      log.info("Resuming campaign {} abandoned while starting", id);
      starter.submit(() -> startReviews(id, where));
      resumed.add(id);
    }
    return resumed;
  }

  private Long claimAbandoned() {
    List<Long> ids = jdbc.queryForList("""
        update review_campaigns set lease_until = now() + ?::interval where id = (
          select id from review_campaigns
          where status = 'STARTING' and (lease_until is null or lease_until < now())
          order by id limit 1 for update skip locked)
        returning id""", Long.class, lease());
    return ids.isEmpty() ? null : ids.get(0);
  }

  private String lease() {
    return leaseSeconds + " seconds";
  }

  private List<PeriodicReviews.Candidate> batch(long campaignId, Where where, long after) {
    List<Object> arguments = new ArrayList<>(List.of(where.arguments()));
    arguments.add(campaignId);
    arguments.add(ReviewReason.CAMPAIGN.name());
    arguments.add(after);
    arguments.add(PeriodicReviews.BATCH_SIZE);
    // The head member and the open-review check come with the batch: two queries fewer per review started.
    return jdbc.query("select e.id, e.household_id, c.street_code, e.category, "
        + PeriodicReviews.headMemberOf("e.household_id") + " " + where.sql()
        + " and not exists (select 1 from cases r where r.campaign_id = ? and r.household_id = e.household_id)"
        + " and not exists (select 1 from cases r where r.household_id = e.household_id and r.review_reason = ?"
        + " and r.status = 'OPEN')"
        + " and e.id > ? order by e.id limit ?", (rs, i) -> new PeriodicReviews.Candidate(rs.getLong(1),
        rs.getLong(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5), true), arguments.toArray());
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
          count(*) filter (where exists (select 1 from review_decisions d where d.case_number = c.case_number
            and d.binding))
            as decided,
          count(*) filter (where c.status = 'CLOSED') as finished
        from cases c left join review_proposals p on p.case_number = c.case_number
        where c.campaign_id = ?""", campaignId);
    Map<String, Integer> outcomes = new java.util.TreeMap<>();
    jdbc.query("""
        select d.outcome, count(*) from cases c join lateral (
          select outcome from review_decisions d where d.case_number = c.case_number and d.binding
          order by decided_at desc, id desc limit 1) d on true
        where c.campaign_id = ? group by d.outcome""",
        rs -> {
          outcomes.put(rs.getString(1), rs.getInt(2));
        }, campaignId);
    return new Progress(((Number) counts.get("started")).intValue(), ((Number) counts.get("verified")).intValue(),
        ((Number) counts.get("decided")).intValue(), ((Number) counts.get("finished")).intValue(), outcomes);
  }

  record Where(String sql, Object[] arguments, String districtCode, String path) {}

  /** The selection of a recorded campaign, as it was when launched (campaigns before the lease: their district). */
  private Where where(long campaignId) {
    return jdbc.queryForObject("""
        select coalesce(k.scope_path, s.path, d.path), k.category, k.due_month, k.district_code
        from review_campaigns k join jurisdictions d on d.code = k.district_code
          left join jurisdictions s on s.code = k.street_code
        where k.id = ?""", (rs, i) -> where(rs.getString(1), rs.getString(2),
        rs.getDate(3) == null ? null : YearMonth.from(rs.getDate(3).toLocalDate()), rs.getString(4)), campaignId);
  }

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
    return where(path, selection.category(), selection.dueMonth(), district);
  }

  private static Where where(String path, String category, YearMonth dueMonth, String district) {
    // Each enrolment probes its case by number (lateral; "offset 0" keeps the planner from turning it back into a
    // join), so a batch walks enrolments in id order and stops at the batch size; as a join, the planner hashed
    // every case of the city and sorted every remaining enrolment once per batch.
    StringBuilder sql = new StringBuilder("""
        from enrolments e
          join lateral (select street_code from cases where case_number = e.case_number offset 0) c on true
        where e.status in ('ACTIVE', 'GRADUAL_EXIT')
          and c.street_code in (select code from jurisdictions where path like ?)""");
    List<Object> arguments = new ArrayList<>(List.of(path + "%"));
    if (category != null) {
      sql.append(" and e.category = ?");
      arguments.add(category);
    }
    if (dueMonth != null) {
      sql.append(" and e.next_review_on >= ? and e.next_review_on < ?");
      LocalDate first = dueMonth.atDay(1);
      arguments.add(java.sql.Date.valueOf(first));
      arguments.add(java.sql.Date.valueOf(first.plusMonths(1)));
    }
    return new Where(sql.toString(), arguments.toArray(), district, path);
  }

  @PreDestroy
  void stop() {
    starter.shutdownNow();
  }
}
