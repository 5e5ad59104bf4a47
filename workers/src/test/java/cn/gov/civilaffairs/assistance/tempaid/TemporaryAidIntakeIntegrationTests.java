package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.Fixtures;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The window takes a temporary-aid request: type, reason, amount, form of aid, wherever the household lives. */
class TemporaryAidIntakeIntegrationTests extends TemporaryAidSupport {

  @Test
  void recordsTheRequestAtTheWindowAndSkipsTheStreetsRecordingStep() {
    String caseNumber = accept(street.application("EMERGENCY", "SUDDEN_ILLNESS", 3000.5));

    awaitTask(caseNumber, "UserTask_ApproveEmergencyAid");

    Map<String, Object> request = jdbc.queryForMap("select * from temporary_aid_requests where case_number = ?",
        caseNumber);
    assertThat(request).containsEntry("aid_type", "EMERGENCY").containsEntry("reason", "SUDDEN_ILLNESS")
        .containsEntry("aid_form", "CASH").containsEntry("street_code", street.code())
        .containsEntry("recorded_by", street.clerk());
    assertThat((BigDecimal) request.get("amount_requested")).isEqualByComparingTo("3000.50");
    assertThat(visited(caseNumber)).contains("ServiceTask_CheckRepeatedReason", "ServiceTask_LookUpAidLimits")
        .doesNotContain("UserTask_AssessHardship");
    assertThat(as(street.head()).exchange("/api/temporary-aid/cases/" + caseNumber, HttpMethod.GET, null,
        JSON_OBJECT).getBody()).extractingByKey("request").asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("caseNumber", caseNumber)
        .containsKey("details");
  }

  @Test
  void refusesIncompleteOrWrongRequestDetailsWithEveryFieldErrorAndStoresNothing() {
    Map<String, Object> application = street.application(null, "OTHER", -5, a -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> aid = (Map<String, Object>) a.get("temporaryAid");
      aid.remove("aidForm");
    });
    int before = count("select count(*) from cases where street_code = ?", street.code());

    ResponseEntity<Map<String, Object>> refused = file(street.clerk(), application);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).containsEntry("code", "VALIDATION_FAILED");
    assertThat(errors(refused)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "temporaryAid.aidType:REQUIRED", "temporaryAid.reasonDetail:REQUIRED",
        "temporaryAid.amountRequested:AMOUNT_NOT_POSITIVE", "temporaryAid.aidForm:REQUIRED");
    assertThat(count("select count(*) from cases where street_code = ?", street.code())).isEqualTo(before);
  }

  @Test
  void refusesAnUnknownReasonAndAnAmountWithMoreThanTwoDecimals() {
    ResponseEntity<Map<String, Object>> unknown = file(street.clerk(),
        street.application("EMERGENCY", "LOTTERY_LOSS", 100));
    ResponseEntity<Map<String, Object>> fractional = file(street.clerk(),
        street.application("EMERGENCY", "ACCIDENT", new BigDecimal("10.005")));

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(unknown)).containsExactly("temporaryAid.reason");
    assertThat(errors(fractional)).extracting(e -> e.get("code")).containsExactly("INVALID_AMOUNT");
  }

  @Test
  void acceptsAnOtherReasonWithItsExplanation() {
    String caseNumber = accept(street.application("EMERGENCY", "OTHER", 800, a -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> aid = (Map<String, Object>) a.get("temporaryAid");
      aid.put("reasonDetail", "  家中失窃，生活无着  ");
    }));

    assertThat(jdbc.queryForObject("select reason_detail from temporary_aid_requests where case_number = ?",
        String.class, caseNumber)).isEqualTo("家中失窃，生活无着");
  }

  @Test
  void refusesRequestDetailsOnAnotherCategory() {
    Map<String, Object> dibao = street.application("EMERGENCY", "ACCIDENT", 100, a -> {
      a.put("category", "DIBAO");
      a.put("materials", Fixtures.DIBAO_MATERIALS);
    });

    ResponseEntity<Map<String, Object>> refused = file(street.clerk(), dibao);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(refused)).extracting(e -> e.get("field") + ":" + e.get("code"))
        .containsExactly("temporaryAid:NOT_ALLOWED_FOR_CATEGORY");
  }

  @Test
  void leavesTheRecordingToTheStreetWhenTheWindowGaveNoDetails() {
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 100, a -> a.remove("temporaryAid")));

    String assess = awaitTask(caseNumber, "UserTask_AssessHardship");
    completed(street.caseworker(), assess, Map.of("aidType", "EMERGENCY", "reason", "DISASTER",
        "amountRequested", 1500, "aidForm", "GOODS", "situation", "房屋被暴雨冲毁"));

    awaitTask(caseNumber, "UserTask_ApproveEmergencyAid");
    assertThat(jdbc.queryForMap("select reason, aid_form, amount_requested from temporary_aid_requests "
        + "where case_number = ?", caseNumber)).containsEntry("reason", "DISASTER").containsEntry("aid_form", "GOODS")
        .satisfies(row -> assertThat((BigDecimal) row.get("amount_requested")).isEqualByComparingTo("1500"));
  }

  @Test
  void acceptsTheRequestWhereTheEmergencyHappenedForAHouseholdRegisteredInAnotherStreet() {
    TemporaryAidStreet home = TemporaryAidStreet.create(jdbc, (u, j, r) -> ensureUser(u, j, r));
    Map<String, Object> registration = Fixtures.aDibaoApplicationOfANewCouple(home.community());
    ResponseEntity<Map<String, Object>> registered = file(home.clerk(), registration);
    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long householdId = ((Number) registered.getBody().get("householdId")).longValue();
    @SuppressWarnings("unchecked")
    Map<String, Object> household = (Map<String, Object>) registration.get("household");
    String spouse = (String) Fixtures.membersOf(household).get(1).get("residentId");

    ResponseEntity<Map<String, Object>> found = as(street.clerk()).exchange("/api/temporary-aid/person-lookup",
        HttpMethod.POST, new HttpEntity<>(Map.of("residentId", spouse), jsonHeaders()), JSON_OBJECT);
    ResponseEntity<Map<String, Object>> aid = file(street.clerk(), street.application("EMERGENCY", "ACCIDENT", 600,
        a -> {
          a.remove("household");
          a.put("householdId", householdId);
          a.put("applicantResidentId", spouse);
        }));
    ResponseEntity<Map<String, Object>> dibao = file(street.clerk(), street.application(null, null, null, a -> {
      a.remove("household");
      a.remove("temporaryAid");
      a.put("category", "DIBAO");
      a.put("materials", Fixtures.DIBAO_MATERIALS);
      a.put("householdId", householdId);
      a.put("applicantResidentId", spouse);
    }));
    ResponseEntity<Map<String, Object>> guessed = file(street.clerk(), street.application("EMERGENCY", "ACCIDENT",
        600, a -> {
          a.remove("household");
          a.put("householdId", householdId);
        }));

    assertThat(found.getBody()).containsEntry("householdId", (int) householdId)
        .containsEntry("registeredElsewhere", true).containsEntry("name", "李秀英");
    assertThat((String) found.getBody().get("residentIdMasked")).contains("*");
    assertThat(aid.getStatusCode()).as("%s", aid.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(aid.getBody()).containsEntry("streetCode", street.code());
    assertThat(dibao.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void answersAPersonNobodyRegisteredWith404AndABadIdWithAFieldError() {
    ResponseEntity<Map<String, Object>> unknown = as(street.clerk()).exchange("/api/temporary-aid/person-lookup",
        HttpMethod.POST, new HttpEntity<>(Map.of("residentId", Fixtures.person("无名", "HEAD", true)
            .get("residentId")), jsonHeaders()), JSON_OBJECT);
    ResponseEntity<Map<String, Object>> bad = as(street.clerk()).exchange("/api/temporary-aid/person-lookup",
        HttpMethod.POST, new HttpEntity<>(Map.of("residentId", wrongCheckCharacter()), jsonHeaders()), JSON_OBJECT);

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).containsEntry("code", "PERSON_NOT_FOUND");
    assertThat(errors(bad)).extracting(e -> e.get("code")).containsExactly("INVALID_RESIDENT_ID");
  }

  private static String wrongCheckCharacter() {
    String valid = (String) Fixtures.person("错号", "HEAD", true).get("residentId");
    return valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
  }
}
