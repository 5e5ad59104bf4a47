package cn.gov.civilaffairs.assistance.documents;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.headOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.api.Digests;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.CaseStep;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.DocumentView;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CaseDocumentsIntegrationTests extends IntegrationTest {

  @Autowired
  private CaseDocuments documents;

  @Test
  @SuppressWarnings("unchecked")
  void acceptedApplicationHasItsReceiptInTheHouseholdFileAndAmongTheCaseDocuments() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001002");
    String applicant = (String) headOf((Map<String, Object>) application.get("household")).get("name");
    Map<String, Object> accepted = post("/api/applications", application).getBody();
    String caseNumber = (String) accepted.get("caseNumber");
    Object householdId = accepted.get("householdId");

    List<Map<String, Object>> caseDocuments = list("/api/cases/" + caseNumber + "/documents").getBody();
    assertThat(caseDocuments).singleElement().satisfies(receipt -> {
      assertThat(receipt).containsEntry("kind", AcceptanceReceipt.KIND).containsEntry("generated", true)
          .containsEntry("caseNumber", caseNumber).containsEntry("step", "acceptance")
          .containsEntry("contentType", "application/pdf");
      assertThat((String) receipt.get("fileName")).isEqualTo("社会救助申请受理回执-" + caseNumber + ".pdf");
    });
    List<Map<String, Object>> householdFile =
        (List<Map<String, Object>>) get("/api/households/" + householdId).getBody().get("documents");
    assertThat(householdFile).extracting(d -> d.get("id")).containsExactly(caseDocuments.get(0).get("id"));

    ResponseEntity<byte[]> content = http.getForEntity(
        "/api/households/" + householdId + "/documents/" + caseDocuments.get(0).get("id") + "/content", byte[].class);
    assertThat(content.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] pdf = content.getBody();
    assertThat(Digests.sha256(pdf)).isEqualTo(caseDocuments.get(0).get("sha256"));
    assertThat(Pdfs.text(pdf)).contains("社会救助申请受理回执", caseNumber, applicant, "最低生活保障", "建外街道办事处",
        "最低生活保障申请书", "家庭经济状况核对授权书", "诚信承诺书", "30个工作日内办结", TESTER);
    Pdfs.assertCjkFontEmbedded(pdf);
    assertThat(count("select count(*) from audit_events where action = 'DOCUMENT_GENERATED' and case_number = ?",
        caseNumber)).isEqualTo(1);
  }

  @Test
  void replayedAcceptanceKeepsOneReceipt() {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001002");
    String caseNumber = (String) post("/api/applications", application, idempotencyKey("receipt-replay-1"))
        .getBody().get("caseNumber");
    post("/api/applications", application, idempotencyKey("receipt-replay-1"));

    assertThat(list("/api/cases/" + caseNumber + "/documents").getBody()).hasSize(1);
  }

  @Test
  void generatingTheSameKindForTheSameStepTwiceReturnsTheStoredDocument() {
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105001002"))
        .getBody().get("caseNumber");
    CaseStep investigation = new CaseStep(caseNumber, "task-1", "UserTask_InvestigateHousehold");

    DocumentView first = documents.generate(investigation, Samples.investigationRecord());
    DocumentView again = documents.generate(investigation, Samples.investigationRecord());
    DocumentView nextRound = documents.generate(new CaseStep(caseNumber, "task-2", "UserTask_InvestigateHousehold"),
        Samples.investigationRecord());

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.sha256()).isEqualTo(first.sha256());
    assertThat(nextRound.id()).isNotEqualTo(first.id());
    assertThat(count("select count(*) from household_documents where case_number = ? and kind = ?", caseNumber,
        InvestigationRecord.KIND)).isEqualTo(2);
    assertThat(count("select count(*) from audit_events where action = 'DOCUMENT_GENERATED' and case_number = ?",
        caseNumber)).isEqualTo(3);
  }

  @Test
  void caseDocumentsOutsideTheCallersJurisdictionDoNotExist() {
    String elsewhere = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110108001002"))
        .getBody().get("caseNumber");
    ensureUser("caseworker.docs.110105001", "110105001", Role.CASEWORKER);

    ResponseEntity<Map<String, Object>> response = as("caseworker.docs.110105001")
        .exchange("/api/cases/" + elsewhere + "/documents", HttpMethod.GET, null, JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).containsEntry("code", "CASE_NOT_FOUND");
  }
}
