package cn.gov.civilaffairs.assistance.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** What a user may do, within their jurisdiction subtree. The code is also the prefix of engine groups. */
public enum Role {
  WINDOW_CLERK("window-clerk", null),
  CASEWORKER("caseworker", JurisdictionLevel.STREET),
  STREET_REVIEWER("street-reviewer", null),
  STREET_HEAD("street-head", null),
  COUNTY_APPROVER("county-approver", null),
  COUNTY_AUDITOR("county-auditor", null),
  GRID_CADRE("grid-cadre", null),
  PROCESS_MANAGER("process-manager", null),
  ADMIN("admin", null),
  /** 部门经办: answers the referrals (转办) of one department (see agreements' department officers). */
  DEPARTMENT_OFFICER("department-officer", null);

  /** Roles that work on households and cases. */
  public static final Set<Role> CASE_ROLES = EnumSet.of(WINDOW_CLERK, CASEWORKER, STREET_REVIEWER, STREET_HEAD,
      COUNTY_APPROVER, COUNTY_AUDITOR, GRID_CADRE);

  /** Roles whose work needs full resident ID numbers and phone numbers (grid cadres see them masked). */
  public static final Set<Role> PERSONAL_DATA_ROLES = EnumSet.of(WINDOW_CLERK, CASEWORKER, STREET_REVIEWER,
      STREET_HEAD, COUNTY_APPROVER, COUNTY_AUDITOR);

  private final String code;
  private final JurisdictionLevel actsUpTo;

  /**
   * {@code actsUpTo}: a community caseworker (社区专干) works the steps the street offers to caseworkers, so they
   * hold the role's groups of every ancestor down from that level and see its records; null where the role acts
   * only where the user sits.
   */
  Role(String code, JurisdictionLevel actsUpTo) {
    this.code = code;
    this.actsUpTo = actsUpTo;
  }

  /** The highest level whose tasks this role also takes from below, or null. */
  public JurisdictionLevel actsUpTo() {
    return actsUpTo;
  }

  @JsonValue
  public String code() {
    return code;
  }

  @JsonCreator
  public static Role of(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown role " + code));
  }

  /** The Spring Security authority of this role. */
  public String authority() {
    return code;
  }

  public static String[] authorities(Set<Role> roles) {
    return roles.stream().map(Role::authority).toArray(String[]::new);
  }
}
