package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.applications.CaseTimeline;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.tasks.TaskCompletions;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's filings (备案) of paid emergency aid: each paid emergency case is filed once with the summary the
 * county needs; the county auditor accepts it or queries the street, whose head answers. Review and paperwork
 * status are read from the case's completed steps, so they are right however the steps were completed.
 */
@Service
@Transactional
public class TemporaryAidFilings {

  static final String REVIEW_STEP = "UserTask_ReviewFiling";
  static final String ANSWER_STEP = "UserTask_AnswerFilingQuery";
  static final String PAPERWORK_STEP = "UserTask_CompletePaperwork";
  static final Set<String> SORTABLE = Set.of("id", "filedAt", "paidAt", "amountPaid", "caseNumber");
  static final Set<String> REVIEW_STATUSES = Set.of("FILED", "QUERIED", "ANSWERED", "ACCEPTED");
  static final Set<String> PAPERWORK_STATUSES = Set.of("PENDING", "OVERDUE", "COMPLETED");
  private static final int MAX_TEXT = 2000;

  private final JdbcTemplate jdbc;
  private final DataScope scope;
  private final CaseTimeline timeline;
  private final TaskService engineTasks;
  private final TaskCompletions completions;
  private final Clock clock;

  TemporaryAidFilings(JdbcTemplate jdbc, DataScope scope, CaseTimeline timeline, TaskService engineTasks,
      TaskCompletions completions, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.timeline = timeline;
    this.engineTasks = engineTasks;
    this.completions = completions;
    this.clock = clock;
  }

  /** A filing as the county sees it: the summary as filed, and the review and paperwork status now. */
  public record Filing(long id, String caseNumber, String streetCode, String streetName, String districtCode,
      String personName, String personIdMasked, String aidType, String reason, String reasonDetail, String aidForm,
      BigDecimal amountPaid, Instant paidAt, Instant paperworkDueAt, Instant filedAt, String reviewStatus,
      String query, String answer, String paperworkStatus, Instant paperworkCompletedAt,
      boolean paperworkDueProvisional) {}

  /**
   * Files a paid emergency case with the county of its street. Idempotent: a case is filed once.
   *
   * @return the filing's id
   */
  public long file(String caseNumber, String streetCode, String districtCode, Instant paperworkDueAt) {
    Map<String, Object> summary = jdbc.queryForMap("""
        select m.name, m.resident_id, r.aid_type, r.reason, r.reason_detail, r.aid_form, p.amount, p.recorded_at
        from temporary_aid_requests r
          join cases c on c.case_number = r.case_number
          join household_members m on m.id = c.applicant_member_id
          join temporary_aid_payments p on p.case_number = r.case_number and p.source = 'RESERVE_FUND'
            and p.status = 'PAID'
        where r.case_number = ? order by p.id limit 1""", caseNumber);
    jdbc.update("""
        insert into temporary_aid_filings (case_number, street_code, district_code, person_name, person_id_masked,
          aid_type, reason, reason_detail, aid_form, amount_paid, paid_at, paperwork_due_at, filed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_number) do nothing""",
        caseNumber, streetCode, districtCode, summary.get("name"), ResidentIds.mask((String) summary.get("resident_id")),
        summary.get("aid_type"), summary.get("reason"), summary.get("reason_detail"), summary.get("aid_form"),
        summary.get("amount"), summary.get("recorded_at"),
        paperworkDueAt == null ? null : Timestamp.from(paperworkDueAt), Timestamp.from(clock.instant()));
    long id = jdbc.queryForObject("select id from temporary_aid_filings where case_number = ?", Long.class,
        caseNumber);
    timeline.record(caseNumber, "filed-with-county", "FILED_WITH_COUNTY", null, "system",
        "先行救助已报区县备案，发放金额 " + ((BigDecimal) summary.get("amount")).toPlainString() + " 元");
    return id;
  }

  /**
   * Filings in the caller's scope. Filters: {@code reviewStatus}, {@code paperworkStatus}, {@code streetCode},
   * {@code districtCode}, {@code q} (case number), {@code paidFrom}/{@code paidTo} (ISO days, paid at).
   */
  @Transactional(readOnly = true)
  public Page<Filing> search(Map<String, Object> filter, Pageable page) {
    List<Object> arguments = new ArrayList<>();
    String where = where(filter, arguments);
    Long total = jdbc.queryForObject("select count(*) from (" + select(where) + ") f", Long.class,
        arguments.toArray());
    String order = page.getSort().stream().findFirst().map(o -> column(o.getProperty()) + " "
        + (o.isAscending() ? "asc" : "desc")).orElse("filed_at desc");
    List<Object> paged = new ArrayList<>(arguments);
    String limit = "";
    if (page.isPaged()) {
      limit = " limit ? offset ?";
      paged.add(page.getPageSize());
      paged.add(page.getOffset());
    }
    List<Filing> rows = jdbc.query("select * from (" + select(where) + ") f order by " + order + ", id desc" + limit,
        this::filing, paged.toArray());
    return new PageImpl<>(rows, page, total == null ? 0 : total);
  }

  /** Every filing of the filter, for the export (at most 10,000 rows). */
  @Transactional(readOnly = true)
  public List<Filing> all(Map<String, Object> filter) {
    return search(filter, org.springframework.data.domain.PageRequest.of(0, 10_000,
        Sort.by(Sort.Direction.DESC, "filedAt"))).getContent();
  }

  @Transactional(readOnly = true)
  public Filing require(long id) {
    List<Object> arguments = new ArrayList<>();
    String where = where(Map.of(), arguments) + " and f0.id = ?";
    arguments.add(id);
    return jdbc.query(select(where), this::filing, arguments.toArray()).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound("FILING_NOT_FOUND"));
  }

  /** The county auditor accepts the filing (completes the review step of the case). */
  public Filing accept(AppUser user, long id, String remark) {
    Filing filing = require(id);
    Map<String, Object> data = new java.util.HashMap<>(Map.of("filingReview", "ACCEPT"));
    if (remark != null && !remark.isBlank()) {
      data.put("query", checked(remark, "remark", false));
    }
    completeStep(user, filing, REVIEW_STEP, data);
    return require(id);
  }

  /** The county auditor queries the street about the filing; the street head answers. */
  public Filing query(AppUser user, long id, String query) {
    Filing filing = require(id);
    completeStep(user, filing, REVIEW_STEP, Map.of("filingReview", "QUERY", "query", checked(query, "query", true)));
    return require(id);
  }

  /** The street head answers the county's query; the filing goes back to the county's review. */
  public Filing answer(AppUser user, long id, String answer) {
    Filing filing = require(id);
    completeStep(user, filing, ANSWER_STEP, Map.of("answer", checked(answer, "answer", true)));
    return require(id);
  }

  private void completeStep(AppUser user, Filing filing, String step, Map<String, Object> data) {
    Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(filing.caseNumber())
        .taskDefinitionKey(step).singleResult();
    if (task == null) {
      throw ApiException.conflict(step.equals(REVIEW_STEP) ? "FILING_NOT_AWAITING_REVIEW"
          : "FILING_NOT_QUERIED", Map.of("reviewStatus", filing.reviewStatus()));
    }
    completions.complete(user, task.getId(), data);
  }

  private static String checked(String text, String field, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw ApiException.invalid(List.of(FieldViolation.of(field, "REQUIRED")));
      }
      return null;
    }
    if (text.length() > MAX_TEXT) {
      throw ApiException.invalid(List.of(FieldViolation.of(field, "SIZE")));
    }
    return text.strip();
  }

  private String where(Map<String, Object> filter, List<Object> arguments) {
    StringBuilder where = new StringBuilder(" where true");
    Optional<String> visible = scope.pathPrefix();
    if (visible.isPresent()) {
      where.append(" and s.path like ?");
      arguments.add(visible.get() + "%");
    }
    List<FieldViolation> invalid = new ArrayList<>();
    for (String field : List.of("streetCode", "districtCode")) {
      Object value = filter.get(field);
      if (value != null && !value.toString().isBlank()) {
        where.append(field.equals("streetCode") ? " and f0.street_code = ?" : " and f0.district_code = ?");
        arguments.add(value.toString());
      }
    }
    Object q = filter.get("q");
    if (q != null && !q.toString().isBlank()) {
      where.append(" and f0.case_number like ?");
      arguments.add("%" + q.toString().trim() + "%");
    }
    for (String field : List.of("paidFrom", "paidTo")) {
      Object value = filter.get(field);
      if (value != null && !value.toString().isBlank()) {
        try {
          java.time.LocalDate day = java.time.LocalDate.parse(value.toString());
          where.append(field.equals("paidFrom") ? " and f0.paid_at >= ?" : " and f0.paid_at < ?");
          arguments.add(Timestamp.valueOf((field.equals("paidFrom") ? day : day.plusDays(1)).atStartOfDay()));
        } catch (java.time.format.DateTimeParseException e) {
          invalid.add(FieldViolation.of("filter." + field, "INVALID_VALUE"));
        }
      }
    }
    Object review = filter.get("reviewStatus");
    if (review != null && !review.toString().isBlank()) {
      if (!REVIEW_STATUSES.contains(review.toString())) {
        invalid.add(FieldViolation.of("filter.reviewStatus", "INVALID_VALUE"));
      }
      where.append(" and ").append(REVIEW_STATUS).append(" = ?");
      arguments.add(review.toString());
    }
    Object paperwork = filter.get("paperworkStatus");
    if (paperwork != null && !paperwork.toString().isBlank()) {
      if (!PAPERWORK_STATUSES.contains(paperwork.toString())) {
        invalid.add(FieldViolation.of("filter.paperworkStatus", "INVALID_VALUE"));
      }
      where.append(" and ").append(PAPERWORK_STATUS).append(" = ?");
      arguments.add(Timestamp.from(clock.instant()));
      arguments.add(paperwork.toString());
    }
    if (!invalid.isEmpty()) {
      throw ApiException.invalid(invalid);
    }
    return where.toString();
  }

  private static final String REVIEW_STATUS = """
      (case when lr.step is null then 'FILED' when lr.step = 'UserTask_AnswerFilingQuery' then 'ANSWERED'
        when lr.data ->> 'filingReview' = 'ACCEPT' then 'ACCEPTED' else 'QUERIED' end)""";

  private static final String PAPERWORK_STATUS = """
      (case when pw.completed_at is not null then 'COMPLETED'
        when f0.paperwork_due_at is not null and f0.paperwork_due_at < ? then 'OVERDUE' else 'PENDING' end)""";

  private String select(String where) {
    return """
        select f0.*, s.name as street_name, %s as review_status,
          lq.data ->> 'query' as last_query, la.data ->> 'answer' as last_answer, pw.completed_at as paperwork_completed_at,
          exists (select 1 from provisional_deadlines pd where pd.kind = 'AID_PAPERWORK'
            and pd.ref = f0.case_number and pd.provisional) as paperwork_due_provisional
        from temporary_aid_filings f0
          join jurisdictions s on s.code = f0.street_code
          left join lateral (select t.step, t.data from task_completions t where t.case_number = f0.case_number
            and t.step in ('UserTask_ReviewFiling', 'UserTask_AnswerFilingQuery')
            order by t.completed_at desc, t.task_id desc limit 1) lr on true
          left join lateral (select t.data from task_completions t where t.case_number = f0.case_number
            and t.step = 'UserTask_ReviewFiling' and t.data ->> 'filingReview' = 'QUERY'
            order by t.completed_at desc limit 1) lq on true
          left join lateral (select t.data from task_completions t where t.case_number = f0.case_number
            and t.step = 'UserTask_AnswerFilingQuery' order by t.completed_at desc limit 1) la on true
          left join lateral (select t.completed_at from task_completions t where t.case_number = f0.case_number
            and t.step = 'UserTask_CompletePaperwork' order by t.completed_at limit 1) pw on true
        """.formatted(REVIEW_STATUS) + where;
  }

  private static String column(String property) {
    return switch (property) {
      case "filedAt" -> "filed_at";
      case "paidAt" -> "paid_at";
      case "amountPaid" -> "amount_paid";
      case "caseNumber" -> "case_number";
      default -> "id";
    };
  }

  private Filing filing(ResultSet rs, int row) throws SQLException {
    Instant due = instant(rs, "paperwork_due_at");
    Instant completed = instant(rs, "paperwork_completed_at");
    String paperwork = completed != null ? "COMPLETED"
        : due != null && due.isBefore(clock.instant()) ? "OVERDUE" : "PENDING";
    return new Filing(rs.getLong("id"), rs.getString("case_number"), rs.getString("street_code"),
        rs.getString("street_name"), rs.getString("district_code"), rs.getString("person_name"),
        rs.getString("person_id_masked"), rs.getString("aid_type"), rs.getString("reason"),
        rs.getString("reason_detail"), rs.getString("aid_form"), rs.getBigDecimal("amount_paid"),
        instant(rs, "paid_at"), due, instant(rs, "filed_at"), rs.getString("review_status"),
        rs.getString("last_query"), rs.getString("last_answer"), paperwork, completed,
        due != null && rs.getBoolean("paperwork_due_provisional"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
