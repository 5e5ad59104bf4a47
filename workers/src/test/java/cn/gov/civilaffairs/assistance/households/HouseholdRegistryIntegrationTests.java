package cn.gov.civilaffairs.assistance.households;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static cn.gov.civilaffairs.assistance.support.Fixtures.headOf;
import static cn.gov.civilaffairs.assistance.support.Fixtures.membersOf;
import static cn.gov.civilaffairs.assistance.support.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

class HouseholdRegistryIntegrationTests extends IntegrationTest {

  @Test
  @SuppressWarnings("unchecked")
  void registersAHouseholdWithMembersIncomesAssetsAndExpenses() {
    Map<String, Object> form = aCoupleIn("110108001001");

    ResponseEntity<Map<String, Object>> created = post("/api/households", form);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> shown = get(created.getHeaders().getLocation().getPath()).getBody();
    assertThat(shown).containsEntry("communityCode", "110108001001");
    List<Map<String, Object>> members = (List<Map<String, Object>>) shown.get("members");
    assertThat(members).extracting(m -> m.get("relation")).containsExactly("HEAD", "SPOUSE");
    assertThat(members.get(0)).doesNotContainKey("residentId");
    assertThat((String) members.get(0).get("residentIdMasked")).matches("110105\\*{8}\\d{3}[0-9X]");
    assertThat(shown).containsEntry("phoneMasked", "138****1234").doesNotContainKey("phone");
    assertThat((List<?>) shown.get("incomes")).hasSize(1);
    assertThat(((List<Map<String, Object>>) shown.get("incomes")).get(0))
        .containsEntry("memberId", members.get(0).get("id")).containsEntry("amount", 6000.0);
    assertThat((List<?>) shown.get("assets")).hasSize(1);
    assertThat(((List<Map<String, Object>>) shown.get("rigidExpenses")).get(0)).containsEntry("amount", 1200.5);
  }

  @Test
  void findsAHouseholdByResidentIdAndMasksItInTheList() {
    Map<String, Object> form = aCoupleIn("110108001002");
    Object id = post("/api/households", form).getBody().get("id");
    String residentId = (String) membersOf(form).get(1).get("residentId");

    ResponseEntity<List<Map<String, Object>>> found = list("/api/households", null, "[0,9]",
        "{\"q\":\"" + residentId + "\"}");

    assertThat(found.getBody()).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("id", id).containsEntry("memberCount", 2);
      assertThat(row.toString()).doesNotContain(residentId).doesNotContain((String) headOf(form).get("residentId"));
    });
    assertThat(found.getHeaders().getFirst("Content-Range")).isEqualTo("households 0-0/1");
  }

  @Test
  void keepsAPersonInOneActiveHouseholdOnly() {
    Map<String, Object> first = aCoupleIn("110108001001");
    post("/api/households", first);
    Map<String, Object> second = aCoupleIn("110108001001");
    membersOf(second).set(1, membersOf(first).get(1));
    second.put("rigidExpenses", List.of());

    ResponseEntity<Map<String, Object>> response = post("/api/households", second);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(response.getBody()).containsEntry("code", "PERSON_IN_OTHER_HOUSEHOLD");
    assertThat(errorFields(response)).containsExactly("members[1].residentId");
    assertThat(count("select count(*) from household_members where resident_id = ?",
        headOf(second).get("residentId"))).isZero();
  }

  @Test
  void letsAMemberLeaveAndJoinAnotherHousehold() {
    Map<String, Object> first = aCoupleIn("110108001001");
    Map<String, Object> registered = post("/api/households", first).getBody();
    @SuppressWarnings("unchecked")
    Object spouseId = ((List<Map<String, Object>>) registered.get("members")).get(1).get("id");

    assertThat(post("/api/households/" + registered.get("id") + "/members/" + spouseId + "/leave", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> second = aCoupleIn("110108001002");
    Map<String, Object> moved = new java.util.HashMap<>(membersOf(first).get(1));
    moved.put("relation", "SPOUSE");
    membersOf(second).set(1, moved);
    second.put("rigidExpenses", List.of());

    assertThat(post("/api/households", second).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void refusesTwoHeadsAnUnknownCommunityAndAnItemOfAStranger() {
    Map<String, Object> form = aCoupleIn("110108001099");
    membersOf(form).get(1).put("relation", "HEAD");
    form.put("assets", List.of(Map.of("memberResidentId", person("x", "OTHER", true).get("residentId"),
        "kind", "VEHICLE", "description", "小汽车", "value", 50000)));

    ResponseEntity<Map<String, Object>> response = post("/api/households", form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(response)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "communityCode:UNKNOWN_COMMUNITY", "members:ONE_HEAD_REQUIRED", "assets[0].memberResidentId:UNKNOWN_MEMBER");
  }

  @Test
  void tellsTheFieldsConstraintsAndTheCrossFieldRulesOfAHouseholdAtOnce() {
    Map<String, Object> form = aCoupleIn("110108001001");
    membersOf(form).get(0).put("name", "");
    membersOf(form).get(1).put("birthDate", "1970-05-05");
    form.put("incomes", List.of(Map.of("kind", "PENSION", "periodStart", "2026-03-01", "periodEnd", "2026-01-31",
        "amount", -1)));

    ResponseEntity<Map<String, Object>> response = post("/api/households", form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(response)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "members[0].name:REQUIRED", "members[1].birthDate:BIRTH_DATE_MISMATCH", "incomes[0].amount:NEGATIVE",
        "incomes[0].periodEnd:PERIOD_ENDS_BEFORE_START");
  }

  @Test
  void tellsEveryProblemOfANewMemberAtOnce() {
    Object id = post("/api/households", aCoupleIn("110108001001")).getBody().get("id");
    Map<String, Object> child = person("小明", "HEAD", true);
    child.put("name", "");
    child.put("birthDate", "1970-05-05");

    ResponseEntity<Map<String, Object>> response = post("/api/households/" + id + "/members", child);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(response)).extracting(e -> e.get("field") + ":" + e.get("code")).containsExactlyInAnyOrder(
        "name:REQUIRED", "birthDate:BIRTH_DATE_MISMATCH", "relation:ONE_HEAD_REQUIRED");
  }

  @Test
  void addsAndRemovesAnIncomeItem() {
    Map<String, Object> form = aCoupleIn("110108001001");
    Object id = post("/api/households", form).getBody().get("id");

    ResponseEntity<Map<String, Object>> added = post("/api/households/" + id + "/incomes", Map.of(
        "memberResidentId", headOf(form).get("residentId"), "kind", "PENSION", "periodStart", "2026-01-01",
        "periodEnd", "2026-03-31", "amount", 900));
    ResponseEntity<Map<String, Object>> negative = post("/api/households/" + id + "/incomes", Map.of(
        "kind", "PENSION", "periodStart", "2026-01-01", "periodEnd", "2026-03-31", "amount", -1));
    ResponseEntity<Void> removed = http.exchange("/api/households/" + id + "/incomes/" + added.getBody().get("id"),
        HttpMethod.DELETE, null, Void.class);

    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat((List<?>) get("/api/households/" + id).getBody().get("incomes")).hasSize(1);
  }

  @Test
  void storesAPdfWithItsChecksumAndServesItBack() throws Exception {
    Object id = post("/api/households", aCoupleIn("110108001001")).getBody().get("id");
    byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

    ResponseEntity<Map<String, Object>> uploaded = upload(id, "INCOME_PROOF", "收入证明.pdf", pdf);

    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(uploaded.getBody()).containsEntry("contentType", "application/pdf")
        .containsEntry("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    ResponseEntity<byte[]> content = http.getForEntity(
        "/api/households/" + id + "/documents/" + uploaded.getBody().get("id") + "/content", byte[].class);
    assertThat(content.getBody()).isEqualTo(pdf);
    assertThat(content.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
  }

  @Test
  void refusesAFileWhoseContentIsNotPdfJpegOrPngWhateverItsName() {
    Object id = post("/api/households", aCoupleIn("110108001001")).getBody().get("id");

    ResponseEntity<Map<String, Object>> response = upload(id, "PHOTO", "photo.png", "<html>hi</html>".getBytes());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(response.getBody()).containsEntry("code", "UNSUPPORTED_FILE_TYPE");
    assertThat(count("select count(*) from household_documents where household_id = ?",
        ((Number) id).longValue())).isZero();
  }

  @Test
  void refusesAFileOverTenMegabytes() {
    Object id = post("/api/households", aCoupleIn("110108001001")).getBody().get("id");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    big[0] = (byte) 0xFF;
    big[1] = (byte) 0xD8;
    big[2] = (byte) 0xFF;

    ResponseEntity<Map<String, Object>> response = upload(id, "PHOTO", "big.jpg", big);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody()).containsEntry("code", "FILE_TOO_LARGE");
  }

  @Test
  void answersNotFoundForAnUnknownHousehold() {
    assertThat(get("/api/households/987654").getBody()).containsEntry("code", "HOUSEHOLD_NOT_FOUND");
  }

  private ResponseEntity<Map<String, Object>> upload(Object householdId, String kind, String name, byte[] bytes) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("kind", kind);
    body.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.exchange("/api/households/" + householdId + "/documents", HttpMethod.POST,
        new HttpEntity<>(body, headers), JSON_OBJECT);
  }
}
