package cn.gov.civilaffairs.assistance.verification;

/**
 * A source cannot answer (no extract on or before the date, timeout, error, circuit open). This is never
 * "nothing found": a verification without every source must not pass.
 */
public class SourceUnavailableException extends Exception {

  private final SourceCode source;

  public SourceUnavailableException(SourceCode source, String message, Throwable cause) {
    super(source.code() + ": " + message, cause);
    this.source = source;
  }

  public SourceUnavailableException(SourceCode source, String message) {
    this(source, message, null);
  }

  public SourceCode source() {
    return source;
  }
}
