package cn.gov.civilaffairs.assistance.documents;

/**
 * A kind of generated document filled from a plain record. {@link #kind()} is stored as the document kind in the
 * household file; one document of a kind exists per case step.
 */
public interface DocumentTemplate {

  String kind();

  /** The title printed on the document, also the stem of its file name. */
  String title();

  CaseDocument document();
}
