package cn.gov.civilaffairs.assistance.documents;

import static cn.gov.civilaffairs.assistance.documents.CaseDocument.row;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 入户调查记录: what at least two investigators found at the family's home, signed by both and by the family.
 * {@code findings} are topics with observations (住房情况, 家庭成员健康状况, 就业情况, 生活状况...).
 */
public record InvestigationRecord(String caseNumber, String applicantName, String address, LocalDate investigatedOn,
    List<String> investigators, String familyRepresentative, List<Finding> findings, String opinion)
    implements DocumentTemplate {

  public static final String KIND = "INVESTIGATION_RECORD";

  public record Finding(String topic, String observation) {}

  public InvestigationRecord {
    if (investigators.size() < 2) {
      throw new IllegalArgumentException("A home investigation needs at least two investigators: " + investigators);
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return "入户调查记录";
  }

  @Override
  public CaseDocument document() {
    List<Signature> signatures = new ArrayList<>();
    investigators.forEach(name -> signatures.add(Signature.signedBy("调查人", name, investigatedOn)));
    signatures.add(Signature.signedBy("被调查家庭成员", familyRepresentative, investigatedOn));
    return CaseDocument.titled(title())
        .number("受理编号：" + caseNumber)
        .footer("入户调查记录 " + caseNumber + "　内部资料，不得公开")
        .keyValues(row("申请人", applicantName), row("家庭住址", address),
            row("调查日期", ChineseText.date(investigatedOn)), row("调查人员", String.join("、", investigators)),
            row("在场家庭成员", familyRepresentative))
        .heading("一、调查情况")
        .keyValues(findings.stream().map(f -> row(f.topic(), f.observation())).toArray(CaseDocument.KeyValue[]::new))
        .heading("二、调查意见")
        .paragraph(opinion)
        .paragraph("以上记录经被调查家庭成员核对，与实际情况相符。")
        .signatures(signatures.toArray(Signature[]::new))
        .build();
  }
}
