package cn.gov.civilaffairs.assistance.documents;

import static cn.gov.civilaffairs.assistance.documents.CaseDocument.row;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 家庭经济状况核对报告: what each member declared and what each data source returned, and where they differ.
 * An internal document of the household file (it contains incomes), never published.
 */
public record VerificationReport(String caseNumber, String reportNumber, String applicantName, String agency,
    LocalDate requestedOn, LocalDate reportedOn, List<SourceRow> rows, List<String> discrepancies,
    String conclusion) implements DocumentTemplate {

  public static final String KIND = "VERIFICATION_REPORT";

  /**
   * One member's item from one source (公安、人社、不动产、银行...). {@code declared} or {@code verified} is null when
   * the member did not declare it or the source returned nothing.
   */
  public record SourceRow(String memberName, String source, String item, BigDecimal declared, BigDecimal verified) {}

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return "家庭经济状况核对报告";
  }

  @Override
  public CaseDocument document() {
    List<List<String>> table = rows.stream().map(r -> List.of(r.memberName(), r.source(), r.item(),
        amount(r.declared()), amount(r.verified()), difference(r))).toList();
    return CaseDocument.titled(title())
        .number("报告编号：" + reportNumber)
        .footer(agency + " 家庭经济状况核对报告 " + caseNumber + "　内部资料，不得公开")
        .keyValues(row("受理编号", caseNumber), row("申请人", applicantName), row("核对机构", agency),
            row("委托核对日期", ChineseText.date(requestedOn)), row("出具报告日期", ChineseText.date(reportedOn)))
        .heading("一、核对结果（分成员、分数据来源）")
        .table(List.of("家庭成员", "数据来源", "核对事项", "申报金额（元）", "核对金额（元）", "差额（元）"), table)
        .heading("二、申报信息与核对信息不一致的情况")
        .numbered(discrepancies.isEmpty() ? List.of("未发现申报信息与核对信息不一致的情况。") : discrepancies)
        .heading("三、核对结论")
        .paragraph(conclusion)
        .paragraph("申请人对核对结果有异议的，可以在收到告知之日起提供相关证明材料，申请复查。")
        .signatures(Signature.signedBy("核对人", null, reportedOn), Signature.signedBy("复核人", null, reportedOn),
            Signature.sealOf(agency, reportedOn))
        .build();
  }

  private static String amount(BigDecimal value) {
    return value == null ? "—" : ChineseText.yuan(value).replace("元", "");
  }

  private static String difference(SourceRow row) {
    if (row.declared() == null || row.verified() == null) {
      return "—";
    }
    return amount(row.verified().subtract(row.declared()));
  }
}
