package cn.gov.civilaffairs.assistance.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A source answered from imported extracts ({@link ImportedExtracts}). */
class ImportedExtractSource implements VerificationSource {

  private final SourceCode source;
  private final ImportedExtracts extracts;

  ImportedExtractSource(SourceCode source, ImportedExtracts extracts) {
    this.source = source;
    this.extracts = extracts;
  }

  @Override
  public SourceCode code() {
    return source;
  }

  @Override
  public SourceAnswer query(String residentId, LocalDate asOf) throws SourceUnavailableException {
    return extracts.answers(Set.of(source), List.of(residentId), asOf).get(source).get(residentId);
  }
}
