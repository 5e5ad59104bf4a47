package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.api.Violations;
import java.math.BigDecimal;

/**
 * What a person asks for at the window: the type of temporary aid, the reason (free text required for
 * {@code OTHER}), the amount and the form of aid.
 */
public record TemporaryAidDetails(AidType aidType, Reason reason, String reasonDetail, BigDecimal amountRequested,
    AidForm aidForm) {

  public enum AidType { EMERGENCY, EXPENDITURE }

  public enum Reason { ACCIDENT, SUDDEN_ILLNESS, DISASTER, SPENDING_SHOCK, OTHER }

  public enum AidForm { CASH, GOODS, REFERRAL }

  static final int MAX_DETAIL = 500;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

  public TemporaryAidDetails {
    reasonDetail = reasonDetail == null || reasonDetail.isBlank() ? null : reasonDetail.strip();
  }

  /** Every problem of the details, reported under {@code prefix} (e.g. {@code temporaryAid.}). */
  public void check(String prefix, Violations violations) {
    if (aidType == null) {
      violations.add(prefix + "aidType", "REQUIRED");
    }
    if (reason == null) {
      violations.add(prefix + "reason", "REQUIRED");
    } else if (reason == Reason.OTHER && reasonDetail == null) {
      violations.add(prefix + "reasonDetail", "REQUIRED");
    }
    if (reasonDetail != null && reasonDetail.length() > MAX_DETAIL) {
      violations.add(prefix + "reasonDetail", "SIZE");
    }
    if (amountRequested == null) {
      violations.add(prefix + "amountRequested", "REQUIRED");
    } else if (amountRequested.signum() <= 0) {
      violations.add(prefix + "amountRequested", "AMOUNT_NOT_POSITIVE");
    } else if (amountRequested.stripTrailingZeros().scale() > 2 || amountRequested.compareTo(MAX_AMOUNT) > 0) {
      violations.add(prefix + "amountRequested", "INVALID_AMOUNT");
    }
    if (aidForm == null) {
      violations.add(prefix + "aidForm", "REQUIRED");
    }
  }
}
