package cn.gov.civilaffairs.assistance.agreements;

/** Where a measure stands: planned, referred to its department (转办), delivered, or not delivered. */
public enum MeasureStatus {
  PLANNED,
  REFERRED,
  DONE,
  NOT_DONE;

  boolean isFinal() {
    return this == DONE || this == NOT_DONE;
  }
}
