package cn.gov.civilaffairs.assistance.documents;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import java.time.LocalDate;
import java.util.List;

/**
 * 不予批准通知书: every reason for the refusal, and the applicant's remedies — administrative reconsideration
 * within 60 days ({@code reconsiderationBody}) or a lawsuit within 6 months ({@code court}).
 */
public record RefusalNotice(String documentNumber, String caseNumber, String applicantName, String categoryName,
    LocalDate appliedOn, List<String> reasons, String authority, LocalDate decidedOn, String reconsiderationBody,
    String court) implements DocumentTemplate {

  public static final String KIND = "REFUSAL_NOTICE";

  public RefusalNotice {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A refusal states its reasons");
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return categoryName + "不予批准通知书";
  }

  @Override
  public CaseDocument document() {
    return CaseDocument.titled(title())
        .number(documentNumber)
        .footer(authority + " " + title() + " " + caseNumber)
        .to(applicantName)
        .paragraph("你于" + ChineseText.date(appliedOn) + "提出的" + categoryName + "申请（受理编号：" + caseNumber
            + "），经家庭经济状况核对、入户调查和审核，不符合" + categoryName + "条件，决定不予批准。理由如下：")
        .numbered(reasons)
        .paragraph("如对本决定不服，可以自收到本通知书之日起60日内向" + reconsiderationBody + "申请行政复议，"
            + "也可以自收到本通知书之日起6个月内直接向" + court + "提起行政诉讼。")
        .paragraph("家庭经济状况发生变化、符合条件时，可以重新提出申请。")
        .signatures(Signature.sealOf(authority, decidedOn))
        .build();
  }
}
