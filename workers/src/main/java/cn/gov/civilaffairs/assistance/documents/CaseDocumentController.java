package cn.gov.civilaffairs.assistance.documents;

import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.DocumentView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a case (scoped like the case: 404 outside the caller's jurisdiction). The content is downloaded
 * from the household file: {@code GET /api/households/{householdId}/documents/{id}/content}.
 */
@RestController
class CaseDocumentController {

  private final CaseDocuments documents;

  CaseDocumentController(CaseDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/api/cases/{caseNumber}/documents")
  List<DocumentView> list(@PathVariable String caseNumber) {
    return documents.ofCase(caseNumber);
  }
}
