package cn.gov.civilaffairs.assistance.agreements;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Grid cadres log visits with photos; the plan shows the last visit and flags a household not visited in time. */
class CadreVisitIntegrationTests extends IntegrationTest {

  private static final String CADRE = "visit.cadre.110108002001";
  private static final String CADRE_ELSEWHERE = "visit.cadre.110105001001";
  private static final String CASEWORKER = "visit.caseworker.110108002";
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private long householdId;
  private long planId;

  @BeforeEach
  void aHouseholdWithAPlan() {
    ensureUser(CADRE, "110108002001", Role.GRID_CADRE);
    ensureUser(CADRE_ELSEWHERE, "110105001001", Role.GRID_CADRE);
    ensureUser(CASEWORKER, "110108002", Role.CASEWORKER);
    Map<String, Object> accepted = post("/api/applications", aDibaoApplicationOfANewCouple("110108002001")).getBody();
    householdId = ((Number) accepted.get("householdId")).longValue();
    ResponseEntity<Map<String, Object>> plan = as(CASEWORKER).exchange("/api/agreements/plans", HttpMethod.POST,
        new HttpEntity<>(Map.of("caseNumber", accepted.get("caseNumber"), "goals", List.of("稳定基本生活"),
            "reviewOn", "2027-06-30", "measures", List.of(Map.of("measureCode", "LIVING_ALLOWANCE"))),
            jsonHeaders()), JSON_OBJECT);
    assertThat(plan.getStatusCode().value()).as("%s", plan.getBody()).isEqualTo(201);
    planId = ((Number) plan.getBody().get("id")).longValue();
  }

  @Test
  void aCadreLogsAVisitWithAPhotoAndThePlanShowsIt() {
    ResponseEntity<Map<String, Object>> logged = logVisit(CADRE, today().minusDays(2), "家中",
        "户主在家，已了解求职进展", true);

    assertThat(logged.getStatusCode().value()).as("%s", logged.getBody()).isEqualTo(201);
    assertThat(logged.getBody()).containsEntry("visitor", CADRE).containsEntry("place", "家中");
    assertThat((List<?>) logged.getBody().get("photoDocumentIds")).hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from household_documents where household_id = ? and kind = ?",
        Integer.class, householdId, "VISIT_PHOTO")).isEqualTo(1);
    Map<String, Object> visits = visitStatus(plan());
    assertThat(visits).containsEntry("lastVisitOn", today().minusDays(2).toString())
        .containsEntry("intervalDays", 30).containsEntry("overdue", false);
    Map<String, Object> log = as(CASEWORKER).exchange("/api/agreements/households/" + householdId + "/visits",
        HttpMethod.GET, null, JSON_OBJECT).getBody();
    assertThat((List<?>) log.get("visits")).hasSize(1);
  }

  @Test
  void flagsAHouseholdWhoseLastVisitLiesFurtherBackThanThePeriod() {
    logVisit(CADRE, today().minusDays(31), "社区办公室", "户主来社区反映情况", false);

    assertThat(visitStatus(plan())).containsEntry("lastVisitOn", today().minusDays(31).toString())
        .containsEntry("overdue", true);
    logVisit(CADRE, today(), "家中", "再次走访", false);
    assertThat(visitStatus(plan())).containsEntry("overdue", false);
  }

  @Test
  void refusesAnIncompleteOrFutureVisitAndStoresNothing() {
    ResponseEntity<Map<String, Object>> refused = logVisit(CADRE, today().plusDays(1), " ", null, true);

    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat(((List<Map<String, Object>>) refused.getBody().get("errors")).stream()
        .map(e -> e.get("field") + "=" + e.get("code")).toList())
        .containsExactlyInAnyOrder("visitedOn=DATE_IN_FUTURE", "place=REQUIRED", "notes=REQUIRED");
    assertThat(jdbc.queryForObject("select count(*) from cadre_visits where household_id = ?", Integer.class,
        householdId)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from household_documents where household_id = ? and kind = ?",
        Integer.class, householdId, "VISIT_PHOTO")).isZero();
  }

  @Test
  void onlyACadreWhoseAreaCoversTheHouseholdLogsItsVisits() {
    assertThat(logVisit(CADRE_ELSEWHERE, today(), "家中", "走错了", false).getStatusCode().value())
        .isEqualTo(404);
    assertThat(logVisit(CASEWORKER, today(), "家中", "经办人不记走访", false).getStatusCode().value())
        .isEqualTo(403);
  }

  /** Today where the service works (app.zone), which is ahead of the build machine's UTC in the evening. */
  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private Map<String, Object> plan() {
    return as(CASEWORKER).exchange("/api/agreements/plans/" + planId, HttpMethod.GET, null, JSON_OBJECT).getBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> visitStatus(Map<String, Object> plan) {
    return (Map<String, Object>) plan.get("visits");
  }

  private ResponseEntity<Map<String, Object>> logVisit(String username, LocalDate on, String place, String notes,
      boolean withPhoto) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("visitedOn", on.toString());
    if (place != null) {
      body.add("place", place);
    }
    if (notes != null) {
      body.add("notes", notes);
    }
    if (withPhoto) {
      body.add("photos", new ByteArrayResource(PNG) {
        @Override
        public String getFilename() {
          return "visit.png";
        }
      });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(username).exchange("/api/agreements/households/" + householdId + "/visits", HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON_OBJECT);
  }
}
