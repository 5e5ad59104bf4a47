package cn.gov.civilaffairs.assistance.agreements;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Plans through HTTP: drafted and changed by the street's caseworker, versioned, audited, paired 1+N. */
class AssistancePlanIntegrationTests extends IntegrationTest {

  private static final String CASEWORKER = "caseworker.plan.110105001";
  private static final String OTHER_STREET = "caseworker.plan.110108001";

  private String caseNumber;
  private long householdId;
  private long headId;

  @BeforeEach
  void anAcceptedCaseOfACouple() {
    ensureUser(CASEWORKER, "110105001", Role.CASEWORKER);
    ensureUser(OTHER_STREET, "110108001", Role.CASEWORKER);
    Map<String, Object> accepted = post("/api/applications", aDibaoApplicationOfANewCouple("110105001002"))
        .getBody();
    caseNumber = (String) accepted.get("caseNumber");
    householdId = ((Number) accepted.get("householdId")).longValue();
    headId = jdbc.queryForObject("select id from household_members where household_id = ? and relation = 'HEAD'",
        Long.class, householdId);
  }

  @Test
  void caseworkerDraftsAPlanWithMeasuresPerMemberAndDefaultDeadlines() {
    ResponseEntity<Map<String, Object>> created = as(CASEWORKER).exchange("/api/agreements/plans",
        HttpMethod.POST, new HttpEntity<>(aPlan(), jsonHeaders()), JSON_OBJECT);

    assertThat(created.getStatusCode().value()).isEqualTo(201);
    Map<String, Object> plan = created.getBody();
    assertThat(plan).containsEntry("version", 1).containsEntry("caseNumber", caseNumber)
        .containsEntry("streetCode", "110105001").containsEntry("catalogueVersion", "2026.1");
    assertThat(measures(plan)).extracting(m -> m.get("measureCode"), m -> m.get("kind"), m -> m.get("status"),
        m -> m.get("departmentName")).containsExactly(
            tuple("EMPLOYMENT_JOB_REFERRAL", "EMPLOYMENT", "PLANNED", "人力资源社会保障部门"),
            tuple("MEDICAL_ASSISTANCE", "MEDICAL", "PLANNED", "医疗保障部门"));
    assertThat(measures(plan).get(0)).containsEntry("memberName", "王建国").containsEntry("dueOn", "2027-03-01");
    assertThat(measures(plan).get(1).get("dueOn")).isNotNull();
    assertThat(count("select count(*) from audit_events where action = 'PLAN_CREATED' and case_number = ?",
        caseNumber)).isEqualTo(1);

    ResponseEntity<Map<String, Object>> again = as(CASEWORKER).exchange("/api/agreements/plans", HttpMethod.POST,
        new HttpEntity<>(aPlan(), jsonHeaders()), JSON_OBJECT);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody()).containsEntry("code", "PLAN_EXISTS").containsEntry("planId", plan.get("id"));
  }

  @Test
  void changingAPlanMakesANewVersionAndKeepsTheOldOne() {
    Map<String, Object> plan = create();
    Map<String, Object> change = Map.of("expectedVersion", 1, "goals", List.of("户主6个月内实现就业", "配偶病情稳定"),
        "obligations", List.of("家庭情况变化及时报告"), "reviewOn", "2027-06-30", "reason", "增加目标",
        "measures", List.of(Map.of("id", measures(plan).get(0).get("id"), "memberId", headId,
            "measureCode", "EMPLOYMENT_JOB_REFERRAL", "dueOn", "2027-04-01")));

    Map<String, Object> changed = put("/api/agreements/plans/" + plan.get("id"), change).getBody();

    assertThat(changed).containsEntry("version", 2).containsEntry("reviewOn", "2027-06-30");
    assertThat(measures(changed)).singleElement().satisfies(m -> assertThat(m)
        .containsEntry("id", measures(plan).get(0).get("id")).containsEntry("dueOn", "2027-04-01"));
    List<Map<String, Object>> versions = as(CASEWORKER).exchange("/api/agreements/plans/" + plan.get("id")
        + "/versions", HttpMethod.GET, null, JSON_ARRAY).getBody();
    assertThat(versions).extracting(v -> v.get("version")).containsExactly(2, 1);
    assertThat(versions.get(1).get("content")).asString().contains("MEDICAL_ASSISTANCE");

    ResponseEntity<Map<String, Object>> stale = put("/api/agreements/plans/" + plan.get("id"), change);
    assertThat(stale.getStatusCode().value()).isEqualTo(409);
    assertThat(stale.getBody()).containsEntry("code", "CONCURRENT_MODIFICATION");
  }

  @Test
  void refusesAPlanWithoutGoalsOrWithAMeasureNotInTheCatalogue() {
    ResponseEntity<Map<String, Object>> refused = as(CASEWORKER).exchange("/api/agreements/plans",
        HttpMethod.POST, new HttpEntity<>(Map.of("caseNumber", caseNumber, "goals", List.of(),
            "measures", List.of(Map.of("measureCode", "FREE_CAR"), Map.of("measureCode", "MEDICAL_ASSISTANCE",
                "memberId", 999999999))), jsonHeaders()), JSON_OBJECT);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(errors(refused)).extracting(e -> e.get("field"), e -> e.get("code")).containsExactlyInAnyOrder(
        tuple("goals", "REQUIRED"),
        tuple("reviewOn", "REQUIRED"),
        tuple("measures[0].measureCode", "UNKNOWN_MEASURE"),
        tuple("measures[1].memberId", "UNKNOWN_MEMBER"));
  }

  @Test
  void aPlanOfAnotherStreetDoesNotExistForItsCaseworkers() {
    Map<String, Object> plan = create();

    var outside = as(OTHER_STREET).exchange("/api/agreements/plans/" + plan.get("id"), HttpMethod.GET, null,
        JSON_OBJECT);
    var draftOutside = as(OTHER_STREET).exchange("/api/agreements/plans", HttpMethod.POST,
        new HttpEntity<>(aPlan(), jsonHeaders()), JSON_OBJECT);

    assertThat(outside.getStatusCode().value()).isEqualTo(404);
    assertThat(outside.getBody()).containsEntry("code", "PLAN_NOT_FOUND");
    assertThat(draftOutside.getStatusCode().value()).isEqualTo(404);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCadreHoldsAtMostTenHouseholdsAndReassignmentKeepsTheHistory() {
    String full = "cadre.full." + UUID.randomUUID().toString().substring(0, 8);
    String free = "cadre.free." + UUID.randomUUID().toString().substring(0, 8);
    ensureUser(full, "110105001001", Role.GRID_CADRE);
    ensureUser(free, "110105001002", Role.GRID_CADRE);
    for (int i = 0; i < 10; i++) {
      Object household = post("/api/households", aCoupleIn("110105001001")).getBody().get("id");
      jdbc.update("insert into cadre_pairings (household_id, cadre, assigned_by, assigned_at) values (?, ?, 't', now())",
          ((Number) household).longValue(), full);
    }
    Map<String, Object> plan = create();
    String cadrePath = "/api/agreements/plans/" + plan.get("id") + "/cadre";

    ResponseEntity<Map<String, Object>> refused = put(cadrePath, Map.of("cadre", full));
    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(refused.getBody()).containsEntry("code", "CADRE_FULL").containsEntry("max", 10);

    assertThat(put(cadrePath, Map.of("cadre", free)).getStatusCode().value()).isEqualTo(200);
    jdbc.update("update cadre_pairings set ended_at = now(), end_reason = 'left' where cadre = ? and id = "
        + "(select min(id) from cadre_pairings where cadre = ?)", full, full);
    Map<String, Object> reassigned = put(cadrePath, Map.of("cadre", full, "reason", "原帮扶干部调离")).getBody();

    assertThat(reassigned).extracting("cadre").extracting("cadre").isEqualTo(full);
    assertThat((List<?>) reassigned.get("cadreHistory")).hasSize(2);
    assertThat(((List<Map<String, Object>>) reassigned.get("cadreHistory")).get(1))
        .containsEntry("cadre", free).containsEntry("endReason", "原帮扶干部调离");
    assertThat(reassigned).containsEntry("version", 3);
    Map<String, Object> load = get("/api/agreements/cadres/" + full + "/households").getBody();
    assertThat(load).containsEntry("households", 10).containsEntry("max", 10);
    assertThat(errors(put(cadrePath, Map.of("cadre", CASEWORKER)))).extracting(e -> e.get("code"))
        .containsExactly("NOT_A_CADRE");
  }

  @Test
  void aMeasureIsTrackedToDoneWithItsEvidence() {
    Map<String, Object> plan = create();
    String path = "/api/agreements/plans/" + plan.get("id") + "/measures/" + measures(plan).get(0).get("id")
        + "/outcome";

    ResponseEntity<Map<String, Object>> noEvidence = as(CASEWORKER).exchange(path, HttpMethod.POST,
        new HttpEntity<>(Map.of("status", "DONE"), jsonHeaders()), JSON_OBJECT);
    Map<String, Object> done = as(CASEWORKER).exchange(path, HttpMethod.POST,
        new HttpEntity<>(Map.of("status", "DONE", "evidenceNote", "已在某物业公司上岗，劳动合同已存档"), jsonHeaders()),
        JSON_OBJECT).getBody();

    assertThat(errorFields(noEvidence)).containsExactly("evidenceNote");
    assertThat(measures(done).get(0)).containsEntry("status", "DONE")
        .containsEntry("evidenceNote", "已在某物业公司上岗，劳动合同已存档");
  }

  @Test
  void everyPlanVersionHasItsAgreementInTheHouseholdFile() {
    Map<String, Object> plan = create();
    String agreementPath = "/api/agreements/plans/" + plan.get("id") + "/agreement";

    Map<String, Object> first = as(CASEWORKER).exchange(agreementPath, HttpMethod.POST, null, JSON_OBJECT).getBody();
    Map<String, Object> replay = as(CASEWORKER).exchange(agreementPath, HttpMethod.POST, null, JSON_OBJECT)
        .getBody();
    put("/api/agreements/plans/" + plan.get("id"), Map.of("goals", List.of("户主3个月内实现就业"),
        "reviewOn", "2027-03-31", "measures", List.of(Map.of("measureCode", "LIVING_ALLOWANCE"))));
    Map<String, Object> second = as(CASEWORKER).exchange(agreementPath, HttpMethod.POST, null, JSON_OBJECT)
        .getBody();

    assertThat(replay.get("id")).isEqualTo(first.get("id"));
    assertThat(second.get("id")).isNotEqualTo(first.get("id"));
    assertThat(jdbc.queryForList("""
        select step from household_documents where household_id = ? and kind = 'ASSISTANCE_AGREEMENT'
        order by id""", String.class, householdId))
        .containsExactly("assistanceAgreement-v1", "assistanceAgreement-v2");
  }

  private Map<String, Object> create() {
    return as(CASEWORKER).exchange("/api/agreements/plans", HttpMethod.POST, new HttpEntity<>(aPlan(),
        jsonHeaders()), JSON_OBJECT).getBody();
  }

  private ResponseEntity<Map<String, Object>> put(String path, Object body) {
    return as(CASEWORKER).exchange(path, HttpMethod.PUT, new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
  }

  private Map<String, Object> aPlan() {
    return Map.of("caseNumber", caseNumber, "goals", List.of("户主6个月内实现就业"),
        "obligations", List.of("家庭情况变化及时报告", "接受合适的就业推荐"), "reviewOn", "2027-06-30",
        "measures", List.of(
            Map.of("memberId", headId, "measureCode", "EMPLOYMENT_JOB_REFERRAL", "dueOn", "2027-03-01",
                "details", Map.of("employer", "朝阳区人力资源市场")),
            Map.of("measureCode", "MEDICAL_ASSISTANCE")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> measures(Map<String, Object> plan) {
    return (List<Map<String, Object>>) plan.get("measures");
  }
}
