package cn.gov.civilaffairs.assistance.demo;

import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserAdministration;
import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts, all with the password {@value #PASSWORD}: {@code clerk}, {@code caseworker}, {@code reviewer},
 * {@code head} at every street, {@code approver} and {@code auditor} at every district, {@code cadre} at every
 * community ({@code <role>.<code>}), {@code manager.<city>} and {@code admin} at the city.
 */
@Component
@Profile("demo")
@Order(5)
class DemoUsers implements ApplicationRunner {

  static final String PASSWORD = "Demo-2026!";

  private final UserAdministration users;
  private final Jurisdictions jurisdictions;

  DemoUsers(UserAdministration users, Jurisdictions jurisdictions,
      @Value("${spring.datasource.url:}") String datasourceUrl, @Value("${app.demo.force:false}") boolean force) {
    if (!datasourceUrl.isBlank() && !force) {
      throw new IllegalStateException("The demo profile loads demo users with a published password and must not "
          + "run against a configured database (" + datasourceUrl + "). Remove the profile, or set "
          + "app.demo.force=true if this database is a throw-away one.");
    }
    this.users = users;
    this.jurisdictions = jurisdictions;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Jurisdiction place : jurisdictions.all()) {
      String code = place.code();
      switch (place.level()) {
        case CITY -> {
          users.ensure("admin", "系统管理员", PASSWORD, code, EnumSet.of(Role.ADMIN));
          users.ensure("manager." + code, "流程管理员", PASSWORD, code, EnumSet.of(Role.PROCESS_MANAGER));
        }
        case DISTRICT -> {
          users.ensure("approver." + code, place.name() + "审批员", PASSWORD, code, EnumSet.of(Role.COUNTY_APPROVER));
          users.ensure("auditor." + code, place.name() + "备案审查员", PASSWORD, code,
              EnumSet.of(Role.COUNTY_AUDITOR));
        }
        case STREET -> {
          users.ensure("clerk." + code, place.name() + "受理员", PASSWORD, code, EnumSet.of(Role.WINDOW_CLERK));
          users.ensure("caseworker." + code, place.name() + "经办人", PASSWORD, code, EnumSet.of(Role.CASEWORKER));
          // Home investigations need two investigators.
          users.ensure("caseworker2." + code, place.name() + "第二经办人", PASSWORD, code,
              EnumSet.of(Role.CASEWORKER));
          users.ensure("reviewer." + code, place.name() + "审核员", PASSWORD, code,
              EnumSet.of(Role.STREET_REVIEWER));
          users.ensure("head." + code, place.name() + "分管领导", PASSWORD, code, EnumSet.of(Role.STREET_HEAD));
        }
        case COMMUNITY -> users.ensure("cadre." + code, place.name() + "网格员", PASSWORD, code,
            EnumSet.of(Role.GRID_CADRE));
      }
    }
  }
}
