package cn.gov.civilaffairs.assistance.documents;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.CaseStep;
import cn.gov.civilaffairs.assistance.households.HouseholdDocuments.DocumentView;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a case's documents as PDF and keeps them in its household file. Other capabilities fill a template
 * record ({@link AcceptanceReceipt}, {@link VerificationReport}, {@link InvestigationRecord}, {@link PublicNotice},
 * {@link ApprovalNotice}, {@link RefusalNotice}) and call {@link #generate}.
 */
@Service
@Transactional
public class CaseDocuments {

  private final CaseDocumentPdf pdf;
  private final HouseholdRegistry households;
  private final ApplicationCases cases;

  CaseDocuments(CaseDocumentPdf pdf, HouseholdRegistry households, ApplicationCases cases) {
    this.pdf = pdf;
    this.households = households;
    this.cases = cases;
  }

  /**
   * The document of {@code template}'s kind for the case step {@code origin}, generated and stored in the
   * household file of the case the first time, the stored one afterwards (a replayed job, a second request).
   * A later round of the same step (a second 公示 after an objection) is a different step: give it another task
   * id, or a step name with the round, e.g. {@code publicNotice-2}.
   */
  public DocumentView generate(CaseStep origin, DocumentTemplate template) {
    AssistanceCase assistanceCase = cases.require(origin.caseNumber());
    long householdId = assistanceCase.householdId();
    Optional<DocumentView> existing = households.findGenerated(householdId, template.kind(), origin);
    if (existing.isPresent()) {
      return existing.get();
    }
    return households.storeGenerated(householdId, template.kind(), fileName(template, origin),
        pdf.render(template.document()), origin);
  }

  /** The PDF of a template, not stored (previews, tests). */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public byte[] render(DocumentTemplate template) {
    return pdf.render(template.document());
  }

  /** Every document of the case in its household file, uploaded or generated, oldest first. */
  @Transactional(readOnly = true)
  public List<DocumentView> ofCase(String caseNumber) {
    AssistanceCase assistanceCase = cases.require(caseNumber);
    return households.caseDocuments(assistanceCase.householdId(), assistanceCase.caseNumber());
  }

  private static String fileName(DocumentTemplate template, CaseStep origin) {
    return template.title() + "-" + origin.caseNumber() + ".pdf";
  }
}
