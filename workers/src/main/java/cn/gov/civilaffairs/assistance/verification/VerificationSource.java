package cn.gov.civilaffairs.assistance.verification;

import java.time.LocalDate;

/**
 * A connector to one department's data. The default reads the imported extracts; a configured HTTP service
 * replaces it ({@code app.verification.sources.<code>.http.url}); a Spring bean of this type replaces both.
 */
public interface VerificationSource {

  SourceCode code();

  /** What the source knows about the person as of {@code asOf}; empty items when it knows nothing. */
  SourceAnswer query(String residentId, LocalDate asOf) throws SourceUnavailableException;
}
