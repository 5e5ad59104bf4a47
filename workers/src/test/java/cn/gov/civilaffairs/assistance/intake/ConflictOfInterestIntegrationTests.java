package cn.gov.civilaffairs.assistance.intake;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.membersOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ConflictOfInterestIntegrationTests extends IntegrationTest {

  @Autowired
  TaskService tasks;

  @Test
  @SuppressWarnings("unchecked")
  void registersAnApplicationByACaseworkersRelativeWithTheCounty() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105002002");
    Map<String, Object> spouse = membersOf((Map<String, Object>) application.get("household")).get(1);
    var declared = post("/api/conflict-of-interest-declarations", Map.of("staffName", "陈经办",
        "staffRole", "CASEWORKER", "staffJurisdiction", "110105002", "relativeName", spouse.get("name"),
        "relativeResidentId", spouse.get("residentId"), "relation", "姐妹"));
    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) declared.getBody().get("relativeResidentIdMasked")).contains("********");

    String caseNumber = (String) post("/api/applications", application).getBody().get("caseNumber");

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      Map<String, Object> shown = get("/api/cases/" + caseNumber).getBody();
      assertThat(shown).containsEntry("conflictOfInterest", true);
      assertThat((List<Object>) shown.get("activeSteps")).containsExactly("UserTask_RegisterConflictWithCounty");
    });
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskCandidateGroup("county-approver:110105").count()).isEqualTo(1);
    assertThat(count("select count(*) from case_conflicts cc join cases c on c.id = cc.case_id "
        + "where c.case_number = ?", caseNumber)).isEqualTo(1);
    Map<String, Object> timelineEntry = ((List<Map<String, Object>>) get("/api/cases/" + caseNumber).getBody()
        .get("timeline")).stream().filter(e -> "CONFLICT_OF_INTEREST_REGISTERED".equals(e.get("type")))
        .findFirst().orElseThrow();
    assertThat((String) timelineEntry.get("detail")).contains("陈经办").doesNotContain((String) spouse.get("residentId"));
  }

  @Test
  void tellsEveryProblemOfADeclarationAtOnce() {
    ResponseEntity<Map<String, Object>> refused = post("/api/conflict-of-interest-declarations", Map.of(
        "staffName", "", "staffRole", "CASEWORKER", "staffJurisdiction", "110105999", "relativeName", "某亲属",
        "relativeResidentId", "110105198001010010", "relation", "配偶"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(refused)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "staffName:REQUIRED", "staffJurisdiction:INVALID_VALUE", "relativeResidentId:INVALID_RESIDENT_ID");
  }

  @Test
  void ignoresAWithdrawnDeclaration() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105002002");
    @SuppressWarnings("unchecked")
    Map<String, Object> head = membersOf((Map<String, Object>) application.get("household")).get(0);
    Object declarationId = post("/api/conflict-of-interest-declarations", Map.of("staffName", "刘委员",
        "staffRole", "COMMUNITY_COMMITTEE", "staffJurisdiction", "110105002002", "relativeName", head.get("name"),
        "relativeResidentId", head.get("residentId"), "relation", "兄弟")).getBody().get("id");
    assertThat(post("/api/conflict-of-interest-declarations/" + declarationId + "/withdraw", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String caseNumber = (String) post("/api/applications", application).getBody().get("caseNumber");

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(get("/api/cases/" + caseNumber).getBody()).containsEntry("conflictOfInterest", false));
  }

  @Test
  void checkingACaseTwiceRecordsItOnce(@Autowired ConflictOfInterestRegister register) {
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002001"))
        .getBody().get("caseNumber");
    await().atMost(Duration.ofSeconds(20)).until(() ->
        get("/api/cases/" + caseNumber).getBody().get("conflictOfInterest") != null);

    register.checkCase(caseNumber);

    assertThat(count("select count(*) from case_events e join cases c on c.id = e.case_id "
        + "where c.case_number = ? and e.type = 'NO_CONFLICT_OF_INTEREST'", caseNumber)).isEqualTo(1);
  }
}
