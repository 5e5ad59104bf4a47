package cn.gov.civilaffairs.assistance.documents;

import static cn.gov.civilaffairs.assistance.documents.CaseDocument.row;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 审批决定通知书: the approval with the monthly amount, the month payments start and the review schedule
 * ({@code reviewSchedule}, e.g. "每12个月核查一次").
 */
public record ApprovalNotice(String documentNumber, String caseNumber, String applicantName, String categoryName,
    LocalDate appliedOn, int familySize, BigDecimal monthlyAmount, YearMonth startMonth, String reviewSchedule,
    YearMonth firstReview, String authority, LocalDate decidedOn) implements DocumentTemplate {

  public static final String KIND = "APPROVAL_NOTICE";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return categoryName + "审批决定通知书";
  }

  @Override
  public CaseDocument document() {
    return CaseDocument.titled(title())
        .number(documentNumber)
        .footer(authority + " " + title() + " " + caseNumber)
        .to(applicantName)
        .paragraph("你于" + ChineseText.date(appliedOn) + "提出的" + categoryName + "申请（受理编号：" + caseNumber
            + "），经家庭经济状况核对、入户调查、公示和审核，符合" + categoryName + "条件，决定予以批准。")
        .keyValues(row("保障人数", familySize + "人"), row("月保障金额", ChineseText.yuan(monthlyAmount)),
            row("起始月份", ChineseText.month(startMonth) + "起"), row("发放方式", "按月发放至你家指定的社会保障卡或银行账户"),
            row("定期核查", reviewSchedule + "，首次核查约在" + ChineseText.month(firstReview)))
        .heading("告知事项")
        .numbered(List.of(
            "家庭人口、收入、财产等状况发生变化的，应当及时主动向所在街道（乡镇）或社区报告。",
            "你家庭将按照规定接受定期核查，请配合入户调查和家庭经济状况核对。",
            "隐瞒有关情况或者提供虚假材料骗取救助的，将依法停止救助、追回已领取的救助金，并依法承担相应责任。",
            "有劳动能力的家庭成员应当积极就业，无正当理由连续3次拒绝接受介绍的与其健康状况、劳动能力等相适应的工作的，"
                + "将减发或者停发其本人的救助金。",
            "如对本决定不服，可以自收到本通知书之日起60日内依法申请行政复议，或者自收到本通知书之日起6个月内依法"
                + "提起行政诉讼。"))
        .signatures(Signature.sealOf(authority, decidedOn))
        .build();
  }
}
