package cn.gov.civilaffairs.assistance.identity;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.Fixtures;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * Every endpoint x every role x in scope / out of scope, from one table written here independently of the
 * security configuration. Users of each role sit at district 110105; "in scope" data lies in street 110105001,
 * "out of scope" data in 110108001.
 */
class AuthorizationMatrixIntegrationTests extends IntegrationTest {

  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> CASE = Role.CASE_ROLES;
  private static final Set<Role> PERSONAL = Role.PERSONAL_DATA_ROLES;
  private static final Set<Role> RESERVE_FUND_READERS =
      EnumSet.of(Role.STREET_HEAD, Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR);
  private static final Set<Role> REFERRAL_READERS = EnumSet.of(Role.CASEWORKER, Role.STREET_REVIEWER,
      Role.STREET_HEAD, Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR, Role.DEPARTMENT_OFFICER);

  private record Rule(String name, HttpMethod method, Supplier<String> inScope, Supplier<String> outOfScope,
      Supplier<Object> body, Set<Role> allowed, int okStatus, int outOfScopeStatus) {}

  private Map<String, Object> inHousehold;
  private Map<String, Object> outHousehold;
  private String inCase;
  private String outCase;

  @BeforeEach
  void createDataInAndOutOfScope() {
    inHousehold = post("/api/households", aCoupleIn("110105001001")).getBody();
    outHousehold = post("/api/households", aCoupleIn("110108001001")).getBody();
    inCase = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105001002")).getBody()
        .get("caseNumber");
    outCase = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110108001002")).getBody()
        .get("caseNumber");
    for (Role role : ALL) {
      ensureUser(userOf(role), "110105", role);
    }
  }

  private List<Rule> table() {
    return List.of(
        rule("list households", HttpMethod.GET, () -> "/api/households", null, null, CASE, 200, 0),
        rule("show household", HttpMethod.GET, () -> "/api/households/" + inHousehold.get("id"),
            () -> "/api/households/" + outHousehold.get("id"), null, CASE, 200, 404),
        rule("register household", HttpMethod.POST, () -> "/api/households", null,
            () -> aCoupleIn("110105001001"), EnumSet.of(Role.WINDOW_CLERK, Role.CASEWORKER), 201, 0),
        rule("reveal resident ID", HttpMethod.POST, () -> memberPath(inHousehold) + "/reveal",
            () -> memberPath(outHousehold) + "/reveal", () -> Map.of(), PERSONAL, 200, 404),
        rule("reveal phone", HttpMethod.POST, () -> "/api/households/" + inHousehold.get("id") + "/reveal-phone",
            () -> "/api/households/" + outHousehold.get("id") + "/reveal-phone", () -> Map.of(), PERSONAL, 200,
            404),
        rule("list cases", HttpMethod.GET, () -> "/api/cases", null, null, CASE, 200, 0),
        rule("show case", HttpMethod.GET, () -> "/api/cases/" + inCase, () -> "/api/cases/" + outCase, null,
            CASE, 200, 404),
        rule("case diagram", HttpMethod.GET, () -> "/api/cases/" + inCase + "/diagram",
            () -> "/api/cases/" + outCase + "/diagram", null, CASE, 200, 404),
        rule("case documents", HttpMethod.GET, () -> "/api/cases/" + inCase + "/documents",
            () -> "/api/cases/" + outCase + "/documents", null, CASE, 200, 404),
        rule("file application", HttpMethod.POST, () -> "/api/applications", () -> "/api/applications",
            () -> aDibaoApplicationOfANewCouple("110105001001"), EnumSet.of(Role.WINDOW_CLERK), 201, 0),
        rule("file application elsewhere", HttpMethod.POST, () -> "/api/applications", null,
            () -> aDibaoApplicationOfANewCouple("110108002001"), EnumSet.of(Role.WINDOW_CLERK), 422, 0),
        rule("materials checklist", HttpMethod.GET, () -> "/api/intake/checklists/DIBAO", null, null, CASE, 200,
            0),
        rule("list users", HttpMethod.GET, () -> "/api/users", null, null, EnumSet.of(Role.ADMIN), 200, 0),
        rule("read audit log", HttpMethod.GET, () -> "/api/audit", null, null,
            EnumSet.of(Role.ADMIN, Role.COUNTY_AUDITOR), 200, 0),
        rule("jurisdictions", HttpMethod.GET, () -> "/api/jurisdictions", null, null, ALL, 200, 0),
        rule("who am I", HttpMethod.GET, () -> "/api/auth/me", null, null, ALL, 200, 0),
        rule("my tasks", HttpMethod.GET, () -> "/api/tasks", null, null, CASE, 200, 0),
        rule("holiday calendar", HttpMethod.GET, () -> "/api/calendar/2026", null, null, ALL, 200, 0),
        rule("policy catalogue", HttpMethod.GET, () -> "/api/policy/catalogue", null, null, ALL, 200, 0),
        rule("policy snapshot", HttpMethod.GET, () -> "/api/policy/snapshot?jurisdiction=110105001", null, null, ALL,
            200, 0),
        rule("set policy parameter", HttpMethod.POST, () -> "/api/policy/parameters", null,
            () -> Map.of("jurisdictionCode", "110105001", "code", "notice.days", "value", 7,
                "effectiveFrom", "2099-01-01", "reason", "权限测试"), EnumSet.of(Role.ADMIN), 201, 0),
        rule("reserve fund balance", HttpMethod.GET, () -> "/api/reserve-funds/110105001",
            () -> "/api/reserve-funds/110108001", null, RESERVE_FUND_READERS, 200, 404),
        rule("reserve fund statement", HttpMethod.GET, () -> "/api/reserve-funds/110105001/statement?month=2026-01",
            () -> "/api/reserve-funds/110108001/statement?month=2026-01", null, RESERVE_FUND_READERS, 200, 404),
        rule("top up reserve fund", HttpMethod.POST, () -> "/api/reserve-funds/110105001/top-ups",
            () -> "/api/reserve-funds/110108001/top-ups", () -> Map.of("amount", 1, "reason", "权限测试"),
            EnumSet.of(Role.COUNTY_APPROVER), 201, 404),
        rule("conflict declarations", HttpMethod.GET, () -> "/api/conflict-of-interest-declarations", null, null,
            EnumSet.of(Role.STREET_HEAD, Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR, Role.ADMIN), 200, 0),
        rule("temporary-aid filings", HttpMethod.GET, () -> "/api/temporary-aid/filings", null, null,
            RESERVE_FUND_READERS, 200, 0),
        rule("temporary-aid filings export", HttpMethod.GET, () -> "/api/temporary-aid/filings/export", null, null,
            RESERVE_FUND_READERS, 200, 0),
        rule("temporary-aid person lookup", HttpMethod.POST, () -> "/api/temporary-aid/person-lookup", null,
            () -> Map.of("residentId", Fixtures.person("查无此人", "HEAD", true).get("residentId")),
            EnumSet.of(Role.WINDOW_CLERK), 404, 0),
        // periodic review (a household that is not enrolled: 409 NOT_ENROLLED once past the role and scope checks)
        rule("report a change for review", HttpMethod.POST, () -> "/api/reviews", () -> "/api/reviews",
            () -> Map.of("householdId", inHousehold.get("id"), "change", "权限测试"),
            EnumSet.of(Role.WINDOW_CLERK, Role.CASEWORKER), 409, 0),
        rule("review of a case", HttpMethod.GET, () -> "/api/cases/" + inCase + "/review",
            () -> "/api/cases/" + outCase + "/review", null, CASE, 200, 404),
        rule("job offers", HttpMethod.GET, () -> "/api/households/" + inHousehold.get("id") + "/job-offers",
            () -> "/api/households/" + outHousehold.get("id") + "/job-offers", null, CASE, 200, 404),
        rule("review campaigns", HttpMethod.GET, () -> "/api/review-campaigns", null, null,
            EnumSet.of(Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR), 200, 0),
        rule("review campaign preview", HttpMethod.GET, () -> "/api/review-campaigns/preview?dueMonth=2099-01", null,
            null, EnumSet.of(Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR), 200, 0),
        rule("launch review campaign", HttpMethod.POST, () -> "/api/review-campaigns", null,
            () -> Map.of("name", "权限测试", "dueMonth", "2099-01"), EnumSet.of(Role.COUNTY_APPROVER), 201, 0),
        rule("field re-check share", HttpMethod.GET,
            () -> "/api/decisions/field-rechecks?districtCode=110105&month=2099-01",
            () -> "/api/decisions/field-rechecks?districtCode=110108&month=2099-01", null,
            EnumSet.of(Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR), 200, 404),
        // referral inbox (allowed roles reach the service: 404 for a referral nobody has)
        rule("referral inbox", HttpMethod.GET, () -> "/api/agreements/referrals", null, null, REFERRAL_READERS,
            200, 0),
        rule("show referral", HttpMethod.GET, () -> "/api/agreements/referrals/0", null, null, REFERRAL_READERS,
            404, 0),
        rule("answer referral", HttpMethod.POST, () -> "/api/agreements/referrals/0/feedback", null,
            () -> Map.of("delivered", true, "note", "权限测试"), EnumSet.of(Role.CASEWORKER, Role.DEPARTMENT_OFFICER),
            404, 0),
        rule("set officer's department", HttpMethod.PUT,
            () -> "/api/agreements/department-officers/" + userOf(Role.DEPARTMENT_OFFICER), null,
            () -> Map.of("department", "HUMAN_RESOURCES"), EnumSet.of(Role.ADMIN), 200, 0),
        rule("officer's department", HttpMethod.GET,
            () -> "/api/agreements/department-officers/" + userOf(Role.DEPARTMENT_OFFICER), null, null,
            EnumSet.of(Role.ADMIN), 200, 0),
        rule("measure catalogue", HttpMethod.GET, () -> "/api/agreements/measure-catalogue", null, null,
            java.util.stream.Stream.concat(CASE.stream(), java.util.stream.Stream.of(Role.ADMIN))
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class))), 200, 0),
        rule("visit log", HttpMethod.GET, () -> "/api/agreements/households/" + inHousehold.get("id") + "/visits",
            () -> "/api/agreements/households/" + outHousehold.get("id") + "/visits", null, CASE, 200, 404),
        rule("cadre loads", HttpMethod.GET, () -> "/api/agreements/cadres", null, null, CASE, 200, 0),
        rule("process catalogue", HttpMethod.GET, () -> "/api/processes", null, null,
            EnumSet.of(Role.PROCESS_MANAGER), 200, 0),
        rule("process migration plan", HttpMethod.GET,
            () -> "/api/process-migrations/plan?source=nope:1:1&target=nope:2:2", null, null,
            EnumSet.of(Role.PROCESS_MANAGER), 404, 0));
  }

  @Test
  void grantsEachEndpointToItsRolesWithinTheirJurisdictionOnly() {
    List<String> mismatches = new ArrayList<>();
    for (Rule rule : table()) {
      int anonymousStatus = call(anonymous, rule.method(), rule.inScope().get(), rule.body());
      if (anonymousStatus != 401) {
        mismatches.add(rule.name() + " anonymous: " + anonymousStatus + " instead of 401");
      }
      for (Role role : ALL) {
        TestRestTemplate client = as(userOf(role));
        int expected = rule.allowed().contains(role) ? rule.okStatus() : 403;
        int actual = call(client, rule.method(), rule.inScope().get(), rule.body());
        if (actual != expected) {
          mismatches.add(rule.name() + " as " + role.code() + ": " + actual + " instead of " + expected);
        }
        if (rule.outOfScope() != null && rule.allowed().contains(role) && rule.outOfScopeStatus() != 0) {
          int outside = call(client, rule.method(), rule.outOfScope().get(), rule.body());
          if (outside != rule.outOfScopeStatus()) {
            mismatches.add(rule.name() + " out of scope as " + role.code() + ": " + outside + " instead of "
                + rule.outOfScopeStatus());
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void hidesOutOfScopeRecordsFromLists() {
    List<Map<String, Object>> cases = as(userOf(Role.CASEWORKER)).exchange(
        listUri("/api/cases", null, "[0,499]", null), HttpMethod.GET, null, JSON_ARRAY).getBody();
    List<Map<String, Object>> households = as(userOf(Role.CASEWORKER)).exchange(
        listUri("/api/households", null, "[0,499]", null), HttpMethod.GET, null, JSON_ARRAY).getBody();

    assertThat(cases).extracting(c -> c.get("caseNumber")).contains(inCase).doesNotContain(outCase);
    assertThat(cases).allSatisfy(c -> assertThat((String) c.get("streetCode")).startsWith("110105"));
    assertThat(households).extracting(h -> h.get("id")).contains(inHousehold.get("id"))
        .doesNotContain(outHousehold.get("id"));
  }

  private int call(TestRestTemplate client, HttpMethod method, String path, Supplier<Object> body) {
    Object payload = body == null ? null : body.get();
    return client.exchange(path, method, payload == null ? null : new HttpEntity<>(payload, jsonHeaders()),
        String.class).getStatusCode().value();
  }

  @SuppressWarnings("unchecked")
  private static String memberPath(Map<String, Object> household) {
    Object memberId = ((List<Map<String, Object>>) household.get("members")).get(0).get("id");
    return "/api/households/" + household.get("id") + "/members/" + memberId;
  }

  private static String userOf(Role role) {
    return "matrix." + role.code();
  }

  private static Rule rule(String name, HttpMethod method, Supplier<String> inScope, Supplier<String> outOfScope,
      Supplier<Object> body, Set<Role> allowed, int okStatus, int outOfScopeStatus) {
    return new Rule(name, method, inScope, outOfScope, body, allowed, okStatus, outOfScopeStatus);
  }
}
