package cn.gov.civilaffairs.assistance.demo;

import static cn.gov.civilaffairs.assistance.demo.DemoUsers.PASSWORD;

import cn.gov.civilaffairs.assistance.agreements.DepartmentOfficers;
import cn.gov.civilaffairs.assistance.agreements.ReferralViews.OfficerAssignment;
import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserAdministration;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo department officers (部门经办) who answer the assistance plans' referrals: {@code dept.hr.<district>} for human
 * resources and social security, {@code dept.edu.<district>} for education, at every district.
 */
@Component
@Profile("demo")
@Order(6)
class DemoAgreements implements ApplicationRunner {

  private static final Map<String, String[]> DEPARTMENTS = Map.of(
      "hr", new String[] {"HUMAN_RESOURCES", "人社局经办"},
      "edu", new String[] {"EDUCATION", "教委经办"});

  private final UserAdministration users;
  private final DepartmentOfficers officers;
  private final Jurisdictions jurisdictions;

  DemoAgreements(UserAdministration users, DepartmentOfficers officers, Jurisdictions jurisdictions) {
    this.users = users;
    this.officers = officers;
    this.jurisdictions = jurisdictions;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Jurisdiction district : jurisdictions.all()) {
      if (district.level() != JurisdictionLevel.DISTRICT) {
        continue;
      }
      DEPARTMENTS.forEach((key, department) -> {
        String username = "dept." + key + "." + district.code();
        users.ensure(username, district.name() + department[1], PASSWORD, district.code(),
            EnumSet.of(Role.DEPARTMENT_OFFICER));
        if (officers.departmentOf(username).isEmpty()) {
          officers.assign(username, new OfficerAssignment(department[0]));
        }
      });
    }
  }
}
