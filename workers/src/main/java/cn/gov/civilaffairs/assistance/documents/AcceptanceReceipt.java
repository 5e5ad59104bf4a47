package cn.gov.civilaffairs.assistance.documents;

import static cn.gov.civilaffairs.assistance.documents.CaseDocument.row;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 受理回执: given to the applicant at the window. {@code agentName} is null when the applicant came in person;
 * {@code dueOn} is null when the holiday calendar cannot tell the day yet; {@code dueProvisional} when it was
 * computed on a year whose holiday schedule is not published yet (the receipt says so).
 */
public record AcceptanceReceipt(String caseNumber, String applicantName, String agentName, String categoryName,
    String office, LocalDate acceptedOn, List<String> materialsReceived, int timeLimitWorkingDays, LocalDate dueOn,
    String clerk, boolean dueProvisional) implements DocumentTemplate {

  public AcceptanceReceipt(String caseNumber, String applicantName, String agentName, String categoryName,
      String office, LocalDate acceptedOn, List<String> materialsReceived, int timeLimitWorkingDays, LocalDate dueOn,
      String clerk) {
    this(caseNumber, applicantName, agentName, categoryName, office, acceptedOn, materialsReceived,
        timeLimitWorkingDays, dueOn, clerk, false);
  }

  public static final String KIND = "ACCEPTANCE_RECEIPT";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return "社会救助申请受理回执";
  }

  @Override
  public CaseDocument document() {
    String limit = "自受理之日起" + timeLimitWorkingDays + "个工作日内办结"
        + (dueOn == null ? "" : "（预计" + ChineseText.date(dueOn) + "前" + (dueProvisional ? "；" + dueOn.getYear()
            + "年节假日安排尚未公布，暂按法定节假日计算，公布后以重新计算的日期为准" : "") + "）")
        + "；情况特殊的，经批准可适当延长，并告知申请人";
    List<CaseDocument.KeyValue> rows = new ArrayList<>(List.of(row("受理编号", caseNumber),
        row("申请人", applicantName)));
    if (agentName != null) {
      rows.add(row("委托代理人", agentName));
    }
    rows.addAll(List.of(row("申请类别", categoryName), row("受理机关", office),
        row("受理日期", ChineseText.date(acceptedOn)), row("已收材料", String.join("、", materialsReceived)),
        row("办理时限", limit)));
    return CaseDocument.titled(title())
        .number("受理编号：" + caseNumber)
        .footer(office + " 受理回执 " + caseNumber + "　请妥善保管本回执，查询办理进度时出示")
        .to(applicantName)
        .paragraph("您于" + ChineseText.date(acceptedOn) + "提出的" + categoryName + "申请，经审查，申请材料齐全，"
            + "符合受理条件，本机关予以受理。现将有关事项告知如下：")
        .keyValues(rows.toArray(CaseDocument.KeyValue[]::new))
        .heading("告知事项")
        .numbered(List.of(
            "申请人已签署诚信承诺书，承诺所填写和提供的家庭人口、收入、财产等信息真实、完整。如有虚报、隐瞒、"
                + "伪造，将依法取消救助资格、追回已领取的救助金，并记入社会信用记录。",
            "申请人及共同生活的家庭成员已书面授权民政部门及家庭经济状况核对机构查询、核对其家庭收入和财产状况，"
                + "核对结果作为审核确认的依据。",
            "本机关将自受理之日起3个工作日内启动入户调查和家庭经济状况核对，请保持联系电话畅通，配合入户调查。",
            "审核过程中，拟给予救助的家庭将在所在社区公示7日；审核确认结果将书面告知申请人。",
            "如有疑问，请向受理机关咨询，或拨打民政服务热线12349。"))
        .signatures(Signature.signedBy("受理人", clerk, acceptedOn), Signature.sealOf(office, acceptedOn))
        .build();
  }
}
