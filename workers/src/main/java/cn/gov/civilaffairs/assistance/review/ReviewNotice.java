package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.documents.CaseDocument;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import cn.gov.civilaffairs.assistance.documents.DocumentTemplate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 核查决定通知书: a decrease, stop or gradual exit decided on a review, with every reason, the amount from which
 * month, and the remedies (administrative reconsideration within 60 days, a lawsuit within 6 months).
 */
record ReviewNotice(String documentNumber, String caseNumber, String headName, String categoryName,
    ReviewOutcome outcome, BigDecimal oldBenefit, BigDecimal newBenefit, YearMonth effectiveMonth,
    YearMonth gradualExitUntil, List<String> reasons, String authority, LocalDate decidedOn,
    String reconsiderationBody, String court) implements DocumentTemplate {

  static final String KIND = "REVIEW_NOTICE";

  ReviewNotice {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A decrease or stop states its reasons");
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return categoryName + switch (outcome) {
      case STOP -> "停发通知书";
      case GRADUAL_EXIT -> "渐退通知书";
      default -> "调整救助金通知书";
    };
  }

  @Override
  public CaseDocument document() {
    String decision = switch (outcome) {
      case STOP -> "决定自" + month(effectiveMonth) + "起停发" + categoryName + "金（原每月 " + oldBenefit + " 元）。";
      case GRADUAL_EXIT -> "你家庭收入因家庭成员就业已超过标准，决定给予渐退期：" + month(effectiveMonth) + "至"
          + month(gradualExitUntil.minusMonths(1)) + "继续按每月 " + oldBenefit + " 元发放，自" + month(gradualExitUntil)
          + "起停发。";
      default -> "决定自" + month(effectiveMonth) + "起将" + categoryName + "金由每月 " + oldBenefit + " 元调整为每月 "
          + newBenefit + " 元。";
    };
    return CaseDocument.titled(title())
        .number(documentNumber)
        .footer(authority + " " + title() + " " + caseNumber)
        .to(headName)
        .paragraph("经对你家庭经济状况的定期核查（核查编号：" + caseNumber + "），" + decision + "理由如下：")
        .numbered(reasons)
        .paragraph("如对本决定不服，可以自收到本通知书之日起60日内向" + reconsiderationBody + "申请行政复议，"
            + "也可以自收到本通知书之日起6个月内直接向" + court + "提起行政诉讼。")
        .signatures(Signature.sealOf(authority, decidedOn))
        .build();
  }

  private static String month(YearMonth month) {
    return month.getYear() + "年" + month.getMonthValue() + "月";
  }
}
