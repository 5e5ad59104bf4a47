package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.agreements.ReferralViews.DepartmentOfficer;
import cn.gov.civilaffairs.assistance.agreements.ReferralViews.OfficerAssignment;
import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which department a department officer (部门经办) works for. The role says what they may do, their jurisdiction node
 * where, and this attribute for whom: they see and answer the referrals of that department in their subtree.
 */
@Service
@Transactional
public class DepartmentOfficers {

  private final JdbcTemplate jdbc;
  private final UserDirectory users;
  private final MeasureCatalogue catalogue;
  private final AuditLog audit;
  private final Clock clock;

  DepartmentOfficers(JdbcTemplate jdbc, UserDirectory users, MeasureCatalogue catalogue, AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Sets the department of a user with the role department-officer.
   *
   * @throws ApiException 404 {@code USER_NOT_FOUND}; 422 {@code NOT_A_DEPARTMENT_OFFICER}, {@code UNKNOWN_DEPARTMENT}
   */
  public DepartmentOfficer assign(String username, OfficerAssignment assignment) {
    AppUser user = users.find(username).orElseThrow(() -> ApiException.notFound("USER_NOT_FOUND"));
    if (!user.has(Role.DEPARTMENT_OFFICER)) {
      throw ApiException.invalid(List.of(FieldViolation.of("username", "NOT_A_DEPARTMENT_OFFICER")));
    }
    String department = assignment == null ? null : assignment.department();
    if (department == null || department.isBlank()) {
      throw ApiException.invalid(List.of(FieldViolation.of("department", "REQUIRED")));
    }
    if (!catalogue.catalogue().departments().containsKey(department)) {
      throw ApiException.invalid(List.of(FieldViolation.of("department", "UNKNOWN_DEPARTMENT")));
    }
    Optional<DepartmentOfficer> before = find(username);
    jdbc.update("""
        insert into department_officers (username, department, assigned_by, assigned_at) values (?, ?, ?, ?)
        on conflict (username) do update set department = excluded.department, assigned_by = excluded.assigned_by,
          assigned_at = excluded.assigned_at""", username, department, DataScope.actor(),
        Timestamp.from(clock.instant()));
    DepartmentOfficer after = find(username).orElseThrow();
    audit.record(AuditLog.Entry.of("DEPARTMENT_OFFICER_ASSIGNED", "user", username).in(user.jurisdictionCode())
        .change(before.orElse(null), after));
    return after;
  }

  /** The department of a department officer (404 {@code DEPARTMENT_NOT_SET} when none is set). */
  @Transactional(readOnly = true)
  public DepartmentOfficer require(String username) {
    return find(username).orElseThrow(() -> ApiException.notFound("DEPARTMENT_NOT_SET"));
  }

  @Transactional(readOnly = true)
  public Optional<String> departmentOf(String username) {
    return find(username).map(DepartmentOfficer::department);
  }

  private Optional<DepartmentOfficer> find(String username) {
    return jdbc.query("select * from department_officers where username = ?", (rs, i) -> new DepartmentOfficer(
        rs.getString("username"), rs.getString("department"),
        catalogue.catalogue().departments().getOrDefault(rs.getString("department"), rs.getString("department")),
        rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant()), username).stream().findFirst();
  }
}
