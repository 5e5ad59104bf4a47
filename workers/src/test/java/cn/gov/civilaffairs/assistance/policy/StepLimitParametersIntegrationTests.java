package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The county decision and the refusal's delivery are due by the policy parameters that name them
 * (sla.countyDecision, sla.tekunCountyDecision, sla.refusalDelivery), in force at the case's district on the day
 * the step opens; step limits of those steps are refused and ignored. Each test works in a district of its own
 * (parameters are set at district level), on Monday 2 November 2026 (no holiday for three weeks).
 */
class StepLimitParametersIntegrationTests extends IntegrationTest {

  private static final String ADMIN = "params.admin";
  private static final String MONDAY = "2026-11-02T10:00:00+08:00";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @BeforeEach
  void createAdministrator() {
    ensureUser(ADMIN, "110000", Role.ADMIN);
  }

  @Test
  @ProvesParameter("sla.countyDecision")
  void dueDateOfTheCountyDecisionIsTheCountyDecisionParameterInForceAtTheCasesDistrict() {
    String street = aDistrictOfItsOwn("110191");
    setParameter("110191", "sla.countyDecision", 12, "2026-01-01");
    setParameter("110191", "sla.countyDecision", 7, "2026-11-03");

    // 10 working days (the default, district 110105) end on 16 November; 12 on 18 November.
    assertThat(dueOf("UserTask_CountyDecision", "DIBAO", "110105001", MONDAY)).isEqualTo("2026-11-16T17:30+08:00");
    assertThat(dueOf("UserTask_CountyDecision", "DIBAO", street, MONDAY)).isEqualTo("2026-11-18T17:30+08:00");
    assertThat(dueOf("UserTask_CountyDecision", "MARGINAL", street, MONDAY)).isEqualTo("2026-11-18T17:30+08:00");
    // From 3 November the district's 7 days apply: due Thursday 12 November.
    assertThat(dueOf("UserTask_CountyDecision", "DIBAO", street, "2026-11-03T10:00:00+08:00"))
        .isEqualTo("2026-11-12T17:30+08:00");
    // 特困 keeps its own parameter.
    assertThat(dueOf("UserTask_CountyDecision", "TEKUN", street, MONDAY)).isEqualTo("2026-11-23T17:30+08:00");
  }

  @Test
  @ProvesParameter("sla.tekunCountyDecision")
  void dueDateOfATekunCountyDecisionIsTheTekunParameter() {
    String street = aDistrictOfItsOwn("110192");
    setParameter("110192", "sla.tekunCountyDecision", 5, "2026-01-01");

    assertThat(dueOf("UserTask_CountyDecision", "TEKUN", "110105001", MONDAY)).isEqualTo("2026-11-23T17:30+08:00");
    assertThat(dueOf("UserTask_CountyDecision", "TEKUN", street, MONDAY)).isEqualTo("2026-11-09T17:30+08:00");
    assertThat(dueOf("UserTask_CountyDecision", "DIBAO", street, MONDAY)).isEqualTo("2026-11-16T17:30+08:00");
  }

  @Test
  @ProvesParameter("sla.refusalDelivery")
  void dueDateOfTheRefusalsDeliveryIsTheRefusalDeliveryParameter() {
    String street = aDistrictOfItsOwn("110193");
    setParameter("110193", "sla.refusalDelivery", 6, "2026-01-01");

    assertThat(dueOf("UserTask_ConfirmRefusalDelivery", "DIBAO", "110105001", MONDAY))
        .isEqualTo("2026-11-05T17:30+08:00");
    assertThat(dueOf("UserTask_ConfirmRefusalDelivery", "DIBAO", street, MONDAY))
        .isEqualTo("2026-11-10T17:30+08:00");
    assertThat(dueOf("UserTask_ConfirmRefusalDelivery", "TEKUN", street, MONDAY))
        .isEqualTo("2026-11-10T17:30+08:00");
  }

  @Test
  void ignoresStepLimitsOfTheseStepsStoredByEarlierVersions() {
    String street = aDistrictOfItsOwn("110194");
    // What the seed of earlier versions left (and a bureau may have added): none of it counts any more.
    jdbc.update("""
        insert into step_slas (jurisdiction_code, process_key, step_id, working_days, effective_from) values
          (?, 'assistance-application', 'UserTask_CountyDecision', 2, date '2026-01-01'),
          (?, 'assistance-application', 'UserTask_CountyDecision@TEKUN', 2, date '2026-01-01'),
          (?, 'assistance-application', 'UserTask_ConfirmRefusalDelivery', 1, date '2026-01-01')""",
        street, street, street);

    assertThat(dueOf("UserTask_CountyDecision", "DIBAO", street, MONDAY)).isEqualTo("2026-11-16T17:30+08:00");
    assertThat(dueOf("UserTask_CountyDecision", "TEKUN", street, MONDAY)).isEqualTo("2026-11-23T17:30+08:00");
    assertThat(dueOf("UserTask_ConfirmRefusalDelivery", "DIBAO", street, MONDAY))
        .isEqualTo("2026-11-05T17:30+08:00");
  }

  @Test
  void refusesAStepLimitForAStepLimitedByAPolicyParameterNamingTheParameter() {
    int rows = count("select count(*) from step_slas");

    ResponseEntity<Map<String, Object>> county = postAs(ADMIN, "/api/policy/step-slas",
        stepLimit("UserTask_CountyDecision", 8));
    ResponseEntity<Map<String, Object>> tekun = postAs(ADMIN, "/api/policy/step-slas",
        stepLimit("UserTask_CountyDecision@TEKUN", 8));
    ResponseEntity<Map<String, Object>> refusal = postAs(ADMIN, "/api/policy/step-slas",
        stepLimit("UserTask_ConfirmRefusalDelivery", null));
    ResponseEntity<Map<String, Object>> otherStep = postAs(ADMIN, "/api/policy/step-slas",
        stepLimit("UserTask_StreetFirstOpinion", 4));

    assertThat(county.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(county)).singleElement().satisfies(error -> assertThat(error)
        .containsEntry("field", "stepId").containsEntry("code", "SET_AS_POLICY_PARAMETER")
        .containsEntry("message", "该步骤时限由政策参数“县级审批时限”（sla.countyDecision）设定"));
    assertThat(errors(tekun)).singleElement().satisfies(error -> assertThat(error)
        .containsEntry("code", "SET_AS_POLICY_PARAMETER")
        .containsEntry("message", "该步骤时限由政策参数“特困县级审批时限”（sla.tekunCountyDecision）设定"));
    // Everything at once: the missing days and where the limit is set instead.
    assertThat(errors(refusal)).extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactlyInAnyOrder("workingDays REQUIRED", "stepId SET_AS_POLICY_PARAMETER");
    assertThat(errors(refusal)).anySatisfy(error -> assertThat((String) error.get("message"))
        .contains("sla.refusalDelivery"));
    assertThat(otherStep.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(count("select count(*) from step_slas")).isEqualTo(rows + 1);
  }

  private String aDistrictOfItsOwn(String district) {
    return OwnDistricts.aDistrictWithOneStreet(jdbc, district);
  }

  private void setParameter(String jurisdiction, String code, Object value, String from) {
    ResponseEntity<Map<String, Object>> set = postAs(ADMIN, "/api/policy/parameters", Map.of("jurisdictionCode",
        jurisdiction, "code", code, "value", value, "effectiveFrom", from, "reason", "区政府文件"));
    assertThat(set.getStatusCode()).as("%s", set.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private Map<String, Object> stepLimit(String stepId, Integer workingDays) {
    Map<String, Object> body = new HashMap<>();
    body.put("jurisdictionCode", "110108");
    body.put("processKey", "assistance-application");
    body.put("stepId", stepId);
    body.put("workingDays", workingDays);
    body.put("effectiveFrom", "2046-03-01");
    body.put("reason", "区提速");
    return body;
  }

  private ResponseEntity<Map<String, Object>> postAs(String username, String path, Object body) {
    return as(username).exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()), JSON_OBJECT);
  }

  /** The due date of {@code step} opened at {@code created} in a case of {@code category} at {@code street}. */
  private String dueOf(String step, String category, String street, String created) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(created).toInstant()));
    try {
      String instance = runtime.createProcessInstanceByKey("assistance-application")
          .businessKey("XX-" + street + "-" + System.nanoTime())
          .setVariables(Map.of("streetCode", street, "districtCode", street.substring(0, 6), "category", category,
              "householdId", 1L))
          .startBeforeActivity(step).execute().getId();
      Date due = tasks.createTaskQuery().processInstanceId(instance).singleResult().getDueDate();
      runtime.deleteProcessInstance(instance, "test");
      return due == null ? null : OffsetDateTime.ofInstant(due.toInstant(), java.time.ZoneId.of("Asia/Shanghai"))
          .toString();
    } finally {
      ClockUtil.reset();
    }
  }
}
