package cn.gov.civilaffairs.assistance.notices;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.casefile.CaseFileDocuments;
import cn.gov.civilaffairs.assistance.decisions.CaseDecisions;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the 公示 of a case and registers objections to it. What is published is the applicant's name, the
 * family size and the monthly amount, nothing else (no ID numbers, incomes or health).
 */
@Service
@Transactional
public class PublicNotices {

  private final JdbcTemplate jdbc;
  private final ApplicationCases cases;
  private final HouseholdRegistry households;
  private final CaseDecisions decisions;
  private final CaseTimeline timeline;
  private final AuditLog audit;
  private final RuntimeService runtime;
  private final DataScope scope;
  private final Clock clock;
  private final ZoneId zone;
  private final CaseFileDocuments documents;

  PublicNotices(CaseFileDocuments documents, JdbcTemplate jdbc, ApplicationCases cases, HouseholdRegistry households, CaseDecisions decisions,
      CaseTimeline timeline, AuditLog audit, RuntimeService runtime, DataScope scope, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.households = households;
    this.decisions = decisions;
    this.timeline = timeline;
    this.audit = audit;
    this.runtime = runtime;
    this.scope = scope;
    this.clock = clock;
    this.zone = zone;
    this.documents = documents;
  }

  /** A notice as published (and as the notice board shows it). */
  public record Notice(long id, String caseNumber, int round, String communityCode, String applicantName,
      int familySize, BigDecimal monthlyAmount, LocalDate startsOn, LocalDate endsOn, String status,
      Long documentId) {}

  public record Objection(long id, long noticeId, String caseNumber, String objector, String content,
      String registeredBy, Instant registeredAt) {}

  /**
   * Publishes the next round of the case's 公示, starting today, for {@code terms.days()} calendar days; when the
   * period does not count toward the time limit, the case's clock stops for it. A replay of the same round
   * returns the notice already published.
   */
  Notice publish(String caseNumber, int round, NoticeTerms terms) {
    Optional<Notice> existing = select("case_number = ? and round = ?", caseNumber, round).stream().findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    AssistanceCase assistanceCase = cases.require(caseNumber);
    Household household = households.require(assistanceCase.householdId());
    String applicant = household.nameOf(assistanceCase.applicantMemberId());
    BigDecimal amount = decisions.latestAssessment(caseNumber).map(CaseDecisions.AssessmentRef::monthlyBenefit)
        .orElse(BigDecimal.ZERO);
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    LocalDate endsOn = today.plusDays(terms.days() - 1L);
    Long id = jdbc.queryForObject("""
        insert into public_notices (case_number, round, community_code, applicant_name, family_size,
          monthly_amount, starts_on, ends_on, status, published_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) returning id""", Long.class, caseNumber, round,
        household.communityCode(), applicant, household.activeMembers().size(), amount, Date.valueOf(today),
        Date.valueOf(endsOn), Timestamp.from(clock.instant()));
    long documentId = documents.publicNotice(caseNumber, round, applicant, household.activeMembers().size(), amount,
        today, endsOn).id();
    jdbc.update("update public_notices set document_id = ? where id = ?", documentId, id);
    if (!terms.countsTowardTimeLimit()) {
      cases.pauseClock(caseNumber, today, endsOn, "公示期间不计入办理时限");
    }
    timeline.record(caseNumber, "notice:" + round, "NOTICE_PUBLISHED", null, "system",
        "公示 " + today + " 至 " + endsOn + "（" + terms.days() + " 日）");
    return select("id = ?", id).get(0);
  }

  /** The first instant after the notice period (the process waits until then). */
  Instant endOf(Notice notice) {
    return notice.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Registers an objection during an open notice period: the period is interrupted and the case goes back to be
   * re-investigated or reviewed.
   */
  /**
   * A notice whose process no longer waits for an objection (its 公示 timer fired, e.g. the demo's shortened
   * timer, before {@code ends_on}) has ended: it is marked ENDED and the objection refused with 409
   * {@code NOTICE_ENDED}, instead of a 503 from the failed correlation that left the notice OPEN.
   */
  @Transactional(noRollbackFor = NoticeEnded.class)
  public Objection registerObjection(String caseNumber, String objector, String content) {
    cases.require(caseNumber);
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    Notice notice = select("case_number = ? and status = 'OPEN' and ends_on >= ? order by round desc", caseNumber,
        Date.valueOf(today)).stream().findFirst()
        .orElseThrow(() -> ApiException.conflict("NOTICE_NOT_OPEN", Map.of()));
    if (runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .messageEventSubscriptionName("ObjectionRegistered").count() == 0) {
      jdbc.update("update public_notices set status = 'ENDED' where id = ? and status = 'OPEN'", notice.id());
      throw new NoticeEnded();
    }
    Instant now = clock.instant();
    String actor = DataScope.actor();
    Long id = jdbc.queryForObject("""
        insert into notice_objections (notice_id, case_number, objector, content, registered_by, registered_at)
        values (?, ?, ?, ?, ?, ?) returning id""", Long.class, notice.id(), caseNumber, objector, content, actor,
        Timestamp.from(now));
    jdbc.update("update public_notices set status = 'INTERRUPTED' where id = ?", notice.id());
    timeline.record(caseNumber, "objection:" + id, "OBJECTION_REGISTERED", null, actor, content);
    audit.record(AuditLog.Entry.of("OBJECTION_REGISTERED", "case", caseNumber).inCase(caseNumber)
        .change(null, Map.of("noticeId", notice.id(), "content", content)));
    try {
      runtime.createMessageCorrelation("ObjectionRegistered").processInstanceBusinessKey(caseNumber)
          .setVariable("objectionRaised", true).correlate();
    } catch (org.operaton.bpm.engine.MismatchingMessageCorrelationException timerFiredMeanwhile) {
      // The timer fired between the check and the correlation: nothing of this objection is kept.
      throw ApiException.conflict("NOTICE_ENDED", Map.of());
    }
    return new Objection(id, notice.id(), caseNumber, objector, content, actor, now);
  }

  /** 409 NOTICE_ENDED, committing the notice's ENDED status. */
  static final class NoticeEnded extends ApiException {
    NoticeEnded() {
      super(org.springframework.http.HttpStatus.CONFLICT, "NOTICE_ENDED", List.of(), Map.of());
    }
  }

  /** The notices of a case, newest round first. */
  @Transactional(readOnly = true)
  public List<Notice> ofCase(String caseNumber) {
    cases.require(caseNumber);
    return select("case_number = ? order by round desc", caseNumber);
  }

  /** The notice board: notices open today in the caller's scope. */
  @Transactional(readOnly = true)
  public List<Notice> openToday() {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    List<Object> arguments = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
    String condition = "status = 'OPEN' and starts_on <= ? and ends_on >= ?";
    Optional<String> prefix = scope.pathPrefix();
    if (prefix.isPresent()) {
      condition += " and community_code in (select code from jurisdictions where path like ?)";
      arguments.add(prefix.get() + "%");
    }
    return select(condition + " order by ends_on, id", arguments.toArray());
  }

  private List<Notice> select(String condition, Object... arguments) {
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    return jdbc.query("""
        select id, case_number, round, community_code, applicant_name, family_size, monthly_amount, starts_on,
          ends_on, status, document_id from public_notices where """ + " " + condition,
        (rs, i) -> {
          LocalDate endsOn = rs.getDate(9).toLocalDate();
          String status = rs.getString(10);
          return new Notice(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
              rs.getInt(6), rs.getBigDecimal(7), rs.getDate(8).toLocalDate(), endsOn,
              "OPEN".equals(status) && endsOn.isBefore(today) ? "ENDED" : status, (Long) rs.getObject(11));
        }, arguments);
  }
}
