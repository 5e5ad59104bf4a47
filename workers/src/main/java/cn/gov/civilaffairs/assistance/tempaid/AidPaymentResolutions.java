package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ways out of a failed temporary-aid payment besides a plain retry: a change of payee to another active member
 * of the aided person's household (the case's household, wherever it is registered), proposed by one user and
 * approved by another (four-eyes), audited with the payee before and after (resident IDs masked); or closing the
 * request unpaid with its reason. Until a change is approved the payee is the applicant; a closed request is never
 * paid.
 */
@Service
@Transactional
public class AidPaymentResolutions {

  static final int MAX_TEXT = 1000;

  private final JdbcTemplate jdbc;
  private final CaseTimeline timeline;
  private final AuditLog audit;
  private final UserDirectory users;
  private final Clock clock;

  AidPaymentResolutions(JdbcTemplate jdbc, CaseTimeline timeline, AuditLog audit, UserDirectory users, Clock clock) {
    this.jdbc = jdbc;
    this.timeline = timeline;
    this.audit = audit;
    this.users = users;
    this.clock = clock;
  }

  /** A member of the aided person's household as the screens show them: name, relation, masked resident ID. */
  public record Member(long memberId, String name, String relation, String residentIdMasked, boolean active) {}

  /** A proposed change of payee and its decision; people by name. */
  public record PayeeChange(long id, Member from, Member to, String reason, String proposedBy,
      String proposedByName, Instant proposedAt, String status, String decidedBy, String decidedByName,
      Instant decidedAt, String opinion) {

    public boolean pending() {
      return "PROPOSED".equals(status);
    }
  }

  /** The request closed unpaid: when, by whom and why. */
  public record Closure(Instant closedAt, String closedBy, String closedByName, String reason) {}

  /**
   * What the failed-payment step and the case's page show: the payee now, the members who could be paid instead,
   * every change of payee (the pending one first in {@code pending}) and the closure, if any.
   */
  public record Resolution(Member payee, List<Member> candidates, PayeeChange pending, List<PayeeChange> changes,
      Closure closure) {}

  @Transactional(readOnly = true)
  public Resolution of(String caseNumber) {
    Member payee = payee(caseNumber);
    List<PayeeChange> changes = changes(caseNumber);
    return new Resolution(payee, candidates(caseNumber, payee.memberId()),
        changes.stream().filter(PayeeChange::pending).findFirst().orElse(null), changes,
        closure(caseNumber).orElse(null));
  }

  /** Who is paid now: the payee of the last approved change, else the applicant. */
  @Transactional(readOnly = true)
  public Member payee(String caseNumber) {
    return member(payeeMemberId(caseNumber));
  }

  long payeeMemberId(String caseNumber) {
    return jdbc.query("""
        select coalesce((select to_member_id from temporary_aid_payee_changes where case_number = c.case_number
          and status = 'APPROVED' order by decided_at desc, id desc limit 1), c.applicant_member_id)
        from cases c where c.case_number = ?""", (rs, i) -> rs.getLong(1), caseNumber).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND"));
  }

  /** The active members of the aided person's household other than the payee now. */
  List<Member> candidates(String caseNumber, long payeeMemberId) {
    return jdbc.query("""
        select m.* from household_members m join cases c on c.household_id = m.household_id
        where c.case_number = ? and m.active and m.id <> ? order by m.id""", AidPaymentResolutions::member,
        caseNumber, payeeMemberId);
  }

  /** Whether the member may become the case's payee: an active member of its household, not the payee now. */
  Optional<String> payeeProblem(String caseNumber, long memberId) {
    long payee = payeeMemberId(caseNumber);
    if (memberId == payee) {
      return Optional.of("SAME_PAYEE");
    }
    return candidates(caseNumber, payee).stream().anyMatch(m -> m.memberId() == memberId) ? Optional.empty()
        : Optional.of("PAYEE_NOT_ACTIVE_MEMBER");
  }

  Optional<PayeeChange> pendingChange(String caseNumber) {
    return changes(caseNumber).stream().filter(PayeeChange::pending).findFirst();
  }

  /** Records the proposal made at the failed-payment step (task {@code taskId}); the payee stays until approved. */
  void propose(AppUser user, String caseNumber, String taskId, long toMemberId, String reason) {
    requireOpen(caseNumber);
    Member from = payee(caseNumber);
    Member to = member(toMemberId);
    Long id = jdbc.queryForObject("""
        insert into temporary_aid_payee_changes (case_number, from_member_id, to_member_id, reason, proposal_task_id,
          proposed_by, proposed_at, status) values (?, ?, ?, ?, ?, ?, ?, 'PROPOSED') returning id""", Long.class,
        caseNumber, from.memberId(), to.memberId(), reason, taskId, user.username(), Timestamp.from(clock.instant()));
    timeline.record(caseNumber, "payee-change:" + id + ":proposed", "AID_PAYEE_CHANGE_PROPOSED", null,
        user.username(), "提出变更收款人：" + from.name() + " → " + to.name() + "，理由：" + reason);
    audit.record(AuditLog.Entry.of("TEMPORARY_AID_PAYEE_CHANGE_PROPOSED", "temporary_aid_payee_change", id)
        .inCase(caseNumber).change(Map.of("payee", shown(from)), Map.of("proposedPayee", shown(to), "reason", reason)));
  }

  /**
   * The approval step's decision on the pending change (task {@code taskId}): approved, the next attempt pays the
   * new payee; refused, the payee stays. The proposer may not decide (403 {@code SEPARATION_OF_DUTIES}).
   */
  void decide(AppUser user, String caseNumber, String taskId, boolean approve, String opinion) {
    PayeeChange change = pendingChange(caseNumber)
        .orElseThrow(() -> ApiException.conflict("NO_PAYEE_CHANGE_PENDING", Map.of()));
    requireOtherThanProposer(user, change);
    jdbc.update("""
        update temporary_aid_payee_changes set status = ?, decision_task_id = ?, decided_by = ?, decided_at = ?,
          opinion = ? where id = ? and status = 'PROPOSED'""", approve ? "APPROVED" : "REJECTED", taskId,
        user.username(), Timestamp.from(clock.instant()), opinion, change.id());
    String who = "（提出：" + change.proposedByName() + "，" + (approve ? "批准" : "审批") + "：" + nameOf(user.username())
        + "）";
    timeline.record(caseNumber, "payee-change:" + change.id() + ":decided",
        approve ? "AID_PAYEE_CHANGED" : "AID_PAYEE_CHANGE_REJECTED", null, user.username(), approve
            ? "收款人由 " + change.from().name() + " 变更为 " + change.to().name() + who
            : "不同意将收款人变更为 " + change.to().name() + who + (opinion == null ? "" : "：" + opinion));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("payee", shown(approve ? change.to() : change.from()));
    after.put("proposedBy", change.proposedBy());
    after.put("decision", approve ? "APPROVE" : "REJECT");
    if (opinion != null) {
      after.put("opinion", opinion);
    }
    audit.record(AuditLog.Entry.of(approve ? "TEMPORARY_AID_PAYEE_CHANGED" : "TEMPORARY_AID_PAYEE_CHANGE_REJECTED",
        "temporary_aid_payee_change", change.id()).inCase(caseNumber)
        .change(Map.of("payee", shown(change.from())), after));
  }

  /** 403 {@code SEPARATION_OF_DUTIES} when the user proposed the change they would decide. */
  void requireOtherThanProposer(AppUser user, PayeeChange change) {
    if (change.proposedBy().equals(user.username())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "SEPARATION_OF_DUTIES", List.of(),
          Map.of("rule", "PAYEE_CHANGE_PROPOSER_MAY_NOT_APPROVE"));
    }
  }

  /** Closes the request unpaid with its reason: nothing is paid on it any more, the case ends. */
  void close(AppUser user, String caseNumber, String reason) {
    requireOpen(caseNumber);
    jdbc.update("update temporary_aid_requests set closed_at = ?, closed_by = ?, close_reason = ? "
        + "where case_number = ? and closed_at is null", Timestamp.from(clock.instant()), user.username(), reason,
        caseNumber);
    timeline.record(caseNumber, "closed-unpaid", "AID_CLOSED_UNPAID", null, user.username(),
        "未发放结案，原因：" + reason);
    audit.record(AuditLog.Entry.of("TEMPORARY_AID_CLOSED_UNPAID", "temporary_aid_request", caseNumber)
        .inCase(caseNumber).change(null, Map.of("reason", reason, "payee", shown(payee(caseNumber)))));
  }

  /** 409 {@code AID_REQUEST_CLOSED} once the request was closed unpaid. */
  void requireOpen(String caseNumber) {
    if (closure(caseNumber).isPresent()) {
      throw ApiException.conflict("AID_REQUEST_CLOSED", Map.of());
    }
  }

  Optional<Closure> closure(String caseNumber) {
    return jdbc.query("select closed_at, closed_by, close_reason from temporary_aid_requests "
        + "where case_number = ? and closed_at is not null", (rs, i) -> new Closure(
        rs.getTimestamp(1).toInstant(), rs.getString(2), nameOf(rs.getString(2)), rs.getString(3)), caseNumber)
        .stream().findFirst();
  }

  private List<PayeeChange> changes(String caseNumber) {
    return jdbc.query("select * from temporary_aid_payee_changes where case_number = ? order by id desc",
        (rs, i) -> new PayeeChange(rs.getLong("id"), member(rs.getLong("from_member_id")),
            member(rs.getLong("to_member_id")), rs.getString("reason"), rs.getString("proposed_by"),
            nameOf(rs.getString("proposed_by")), rs.getTimestamp("proposed_at").toInstant(), rs.getString("status"),
            rs.getString("decided_by"), nameOf(rs.getString("decided_by")), instant(rs, "decided_at"),
            rs.getString("opinion")), caseNumber);
  }

  private Member member(long memberId) {
    return jdbc.queryForObject("select * from household_members where id = ?", AidPaymentResolutions::member,
        memberId);
  }

  private String nameOf(String username) {
    return username == null ? null : users.find(username).map(AppUser::displayName).orElse(username);
  }

  /** The payee as the audit log keeps them: name and masked resident ID. */
  private static Map<String, Object> shown(Member member) {
    return Map.of("memberId", member.memberId(), "name", member.name(), "residentId", member.residentIdMasked());
  }

  private static Member member(ResultSet rs, int row) throws SQLException {
    return new Member(rs.getLong("id"), rs.getString("name"), rs.getString("relation"),
        ResidentIds.mask(rs.getString("resident_id")), rs.getBoolean("active"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
