package cn.gov.civilaffairs.assistance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.documents.AssistanceAgreement.MeasureLine;
import cn.gov.civilaffairs.assistance.documents.AssistanceAgreement.Member;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agreement rendered to PDF and read back: parties, household, goals, measures by help, duties, signatures. */
class AssistanceAgreementPdfTests {

  private static final CaseDocumentPdf PDF = new CaseDocumentPdf(new CjkFonts(""));

  @Test
  void agreementNamesThePartiesGoalsMeasuresByHelpKindDutiesAndSignatureLines() {
    byte[] pdf = PDF.render(anAgreement().document());

    String text = Pdfs.text(pdf);
    assertThat(text).contains("脱贫帮扶协议书", "建外街道办事处", "刘洋", "光华里5号楼101", "王芳", "配偶", "刘晓梅", "子女",
        "户主6个月内实现就业", "帮就业", "推荐就业岗位", "人力资源社会保障部门", "2027年3月1日", "帮入学", "协调入学", "教育部门",
        "帮就医", "医疗救助", "全家", "结对帮扶干部", "张网格", "第2版", "2027年6月30日", "是否签订本协议不影响已批准的救助待遇",
        "接受合适的就业推荐", "甲方责任", "乙方权利", "乙方义务", "乙方（户主）", "（盖章）");
    assertThat(text.indexOf("帮就业")).isLessThan(text.indexOf("帮入学"));
    assertThat(text.indexOf("帮入学")).isLessThan(text.indexOf("帮就医"));
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void anAgreementWithoutMeasuresIsNotWritten() {
    assertThatThrownBy(() -> new AssistanceAgreement("号", "DB-1", 1, "建外街道办事处", "刘洋", "光华里", List.of(),
        List.of("就业"), List.of(), null, List.of(), LocalDate.of(2027, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static AssistanceAgreement anAgreement() {
    return new AssistanceAgreement("建外帮扶〔2026〕第7号", "DB-110105001-2026-000042", 2, "建外街道办事处", "刘洋",
        "光华里5号楼101", List.of(new Member("刘洋", "户主"), new Member("王芳", "配偶"), new Member("刘晓梅", "子女")),
        List.of("户主6个月内实现就业", "刘晓梅按时入学"),
        List.of(new MeasureLine("帮就业", "刘洋", "推荐就业岗位", "人力资源社会保障部门", LocalDate.of(2027, 3, 1)),
            new MeasureLine("帮入学", "刘晓梅", "协调入学", "教育部门", LocalDate.of(2027, 2, 15)),
            new MeasureLine("帮就医", null, "医疗救助", "医疗保障部门", LocalDate.of(2027, 1, 31))),
        "张网格", List.of("接受合适的就业推荐"), LocalDate.of(2027, 6, 30));
  }
}
