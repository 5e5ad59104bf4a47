package cn.gov.civilaffairs.assistance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.AssistanceApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile loads a small city a newcomer can explore. Its own context: only this test needs it. */
@SpringBootTest(classes = AssistanceApplication.class)
@ActiveProfiles({"test", "demo"})
class DemoCityIntegrationTests {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DemoCity demoCity;

  @Autowired
  org.operaton.bpm.engine.TaskService tasks;

  @Autowired
  org.operaton.bpm.engine.RuntimeService runtime;

  /** Where {@code DemoPeriodicReview} keeps its enrolled households (tested in DemoPeriodicReviewIntegrationTests). */
  static final String REVIEW_COMMUNITY = "110105002002";

  @Test
  void loadsHouseholdsAndOpenCasesOfSeveralCategoriesOnce() throws Exception {
    // DemoApprovedHousehold walks its own 低保 case in the background, through 公示 and the county's decision, to
    // the assistance plan; once it is there the rest of the city stands still.
    await().atMost(Duration.ofSeconds(120)).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey("UserTask_DraftPlan").taskCandidateGroup("caseworker:110105001").count() == 1);
    String approvedCase = jdbc.queryForObject("select c.case_number from cases c join households h"
        + " on h.id = c.household_id where h.address = ?", String.class, DemoApprovedHousehold.ADDRESS);
    List<Map<String, Object>> cases = jdbc.queryForList("select category, conflict_of_interest from cases"
        + " where household_id not in (select id from households where community_code = ? or address = ?)",
        REVIEW_COMMUNITY, DemoApprovedHousehold.ADDRESS);

    assertThat(cases).extracting(c -> c.get("category"))
        .containsExactlyInAnyOrder("DIBAO", "TEKUN", "RIGID_EXPENDITURE", "TEMPORARY_AID");
    assertThat(jdbc.queryForObject("select count(*) from households where community_code <> ? and address <> ?",
        Integer.class, REVIEW_COMMUNITY, DemoApprovedHousehold.ADDRESS)).isEqualTo(4);
    await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "select count(*) from cases where conflict_of_interest", Integer.class) == 1);

    // One 低保 case has been walked to the county's decision; the others stand where verification left them.
    assertThat(tasks.createTaskQuery().taskDefinitionKey("UserTask_CountyDecision").taskCandidateGroup(
        "county-approver:110105").count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from public_notices where case_number <> ?", Integer.class,
        approvedCase)).isEqualTo(1);
    assertThat(runtime.createIncidentQuery().count()).isZero();
    // Temporary aid (DemoTemporaryAid): funded streets, an emergency waiting for the head of 建外街道.
    assertThat(jdbc.queryForObject("select count(*) from reserve_funds where balance = 20000", Integer.class))
        .isEqualTo(4);
    await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey("UserTask_ApproveEmergencyAid").taskCandidateGroup("street-head:110105001").count() == 1);

    demoCity.run(null);

    assertThat(jdbc.queryForObject("select count(*) from households where community_code <> ? and address <> ?",
        Integer.class, REVIEW_COMMUNITY, DemoApprovedHousehold.ADDRESS)).isEqualTo(4);
  }
}
