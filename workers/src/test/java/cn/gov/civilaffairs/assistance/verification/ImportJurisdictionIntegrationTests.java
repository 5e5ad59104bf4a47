package cn.gov.civilaffairs.assistance.verification;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.membersOf;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.aResidentId;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.csv;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Imports are scoped to their importer's jurisdiction and additive: a county auditor's extract covers the households
 * of their district only, and for a person the newest extract of a source whose jurisdiction contains their household
 * answers (an extract of another district never counts for them). Extract dates lie in 2025, after the suite's
 * baseline extracts (2025-01-01) and before every other test's, so that no other import is newer for these people.
 */
class ImportJurisdictionIntegrationTests extends IntegrationTest {

  private static final String WAGES_HEADER = "resident_id,employer,month,amount";

  @Autowired
  VerificationReports reports;

  @Test
  void aCountyAuditorsImportLeavesWhatAnOlderExtractSaidAboutAnotherDistrictsHouseholds()
      throws SourceUnavailableException {
    ensureUser("auditor.import.110105", "110105", Role.COUNTY_AUDITOR);
    ensureUser("auditor.import.110108", "110108", Role.COUNTY_AUDITOR);
    Household chaoyang = applyAsACouple("110105001001");
    Household haidian = applyAsACouple("110108001001");
    var older = importAs("auditor.import.110105", "2025-03-01", csv(WAGES_HEADER,
        chaoyang.head + ",某物业公司,2025-01,3800", chaoyang.head + ",某物业公司,2025-02,3800"));
    var newer = importAs("auditor.import.110108", "2025-03-10", csv(WAGES_HEADER,
        haidian.head + ",某超市,2025-02,2000"));

    assertThat(older.getStatusCode()).as("%s", older.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(newer.getStatusCode()).as("%s", newer.getBody()).isEqualTo(HttpStatus.CREATED);
    VerificationReport.Content chaoyangFindings = reports.compare(chaoyang.id, LocalDate.of(2025, 3, 20));
    assertThat(wagesOf(chaoyangFindings, chaoyang.head).extractDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(wagesOf(chaoyangFindings, chaoyang.head).items()).extracting(FoundItem::amount)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("3800"), new BigDecimal("3800"));
    assertThat(wagesOf(chaoyangFindings, chaoyang.spouse).items()).isEmpty();
    VerificationReport.Content haidianFindings = reports.compare(haidian.id, LocalDate.of(2025, 3, 20));
    assertThat(wagesOf(haidianFindings, haidian.head).extractDate()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(wagesOf(haidianFindings, haidian.head).items()).extracting(FoundItem::amount)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2000"));
    assertThat(newer.getBody()).containsEntry("jurisdictionCode", "110108");
  }

  @Test
  void refusesACountyAuditorsFileWithRowsOfPeopleOfAnotherDistrictListingEveryLineAndStoresNothing() {
    ensureUser("auditor.import.110108", "110108", Role.COUNTY_AUDITOR);
    Household chaoyang = applyAsACouple("110105001001");
    Household haidian = applyAsACouple("110108001001");
    int importsBefore = count("select count(*) from verification_imports");

    var response = importAs("auditor.import.110108", "2025-04-01", csv(WAGES_HEADER,
        haidian.head + ",某超市,2025-02,2000",
        chaoyang.head + ",某物业公司,2025-02,3800",
        aResidentId() + ",某公司,2025-03,1000",
        chaoyang.spouse + ",某物业公司,2025-13,100"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "EXTRACT_ROWS_INVALID");
    assertThat(errors(response)).extracting(e -> e.get("field"), e -> e.get("code")).containsExactly(
        tuple("rows[3].resident_id", "OUTSIDE_JURISDICTION"),
        tuple("rows[5].month", "INVALID_MONTH"),
        tuple("rows[5].resident_id", "OUTSIDE_JURISDICTION"));
    assertThat(count("select count(*) from verification_imports")).isEqualTo(importsBefore);
    assertThat(count("select count(*) from verification_records where resident_id in (?, ?)", haidian.head,
        chaoyang.head)).isZero();
  }

  @Test
  void aCityWideImportReplacesOlderOnesForEveryoneItCovers() throws SourceUnavailableException {
    ensureUser("auditor.import.110105", "110105", Role.COUNTY_AUDITOR);
    ensureUser("admin.import", "110000", Role.ADMIN);
    Household chaoyang = applyAsACouple("110105001001");
    Household haidian = applyAsACouple("110108001001");
    assertThat(importAs("auditor.import.110105", "2025-05-01", csv(WAGES_HEADER,
        chaoyang.head + ",某物业公司,2025-04,3800")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    var cityWide = importAs("admin.import", "2025-05-10", csv(WAGES_HEADER, haidian.head + ",某超市,2025-04,2000"));

    assertThat(cityWide.getStatusCode()).as("%s", cityWide.getBody()).isEqualTo(HttpStatus.CREATED);
    SourceAnswer wagesOfChaoyangHead = wagesOf(reports.compare(chaoyang.id, LocalDate.of(2025, 5, 20)),
        chaoyang.head);
    assertThat(wagesOfChaoyangHead.extractDate()).isEqualTo(LocalDate.of(2025, 5, 10));
    assertThat(wagesOfChaoyangHead.items()).isEmpty();
    assertThat(wagesOf(reports.compare(chaoyang.id, LocalDate.of(2025, 5, 9)), chaoyang.head).items())
        .extracting(FoundItem::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("3800"));
    assertThat(wagesOf(reports.compare(haidian.id, LocalDate.of(2025, 5, 20)), haidian.head).items())
        .extracting(FoundItem::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2000"));
    assertThat(cityWide.getBody()).containsEntry("jurisdictionCode", "110000");
  }

  private record Household(long id, String head, String spouse) {}

  private Household applyAsACouple(String communityCode) {
    Map<String, Object> application = aDibaoApplicationOfANewCouple(communityCode);
    @SuppressWarnings("unchecked")
    var members = membersOf((Map<String, Object>) application.get("household"));
    var response = post("/api/applications", application);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return new Household(((Number) response.getBody().get("householdId")).longValue(),
        (String) members.get(0).get("residentId"), (String) members.get(1).get("residentId"));
  }

  private ResponseEntity<Map<String, Object>> importAs(String username, String extractDate, byte[] file) {
    return as(username).exchange("/api/verification/imports", HttpMethod.POST,
        upload("wages", extractDate, "wages.csv", file), JSON_OBJECT);
  }

  /** What the wages source said about the member, as the comparison shows it. */
  private static SourceAnswer wagesOf(VerificationReport.Content content, String residentId) {
    var member = content.members().stream().filter(m -> m.residentId().equals(ResidentIds.mask(residentId))).findFirst()
        .orElseThrow();
    var wages = member.sources().stream().filter(s -> s.source().equals("wages")).findFirst().orElseThrow();
    return new SourceAnswer(SourceCode.WAGES, wages.extractDate(), wages.items());
  }
}
