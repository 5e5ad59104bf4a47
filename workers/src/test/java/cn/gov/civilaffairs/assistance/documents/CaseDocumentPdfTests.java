package cn.gov.civilaffairs.assistance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each template rendered to PDF and read back: the Chinese text is there and the CJK font is embedded. */
class CaseDocumentPdfTests {

  private static final CaseDocumentPdf PDF = new CaseDocumentPdf(new CjkFonts(""));
  private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
  private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*\\.\\d{2}");

  @Test
  void acceptanceReceiptNamesTheCaseApplicantMaterialsPledgeAndTimeLimit() {
    byte[] pdf = PDF.render(Samples.receipt().document());

    String text = Pdfs.text(pdf);
    assertThat(text).contains("社会救助申请受理回执", "DB-110105001-2026-000042", "刘洋", "刘晓梅", "最低生活保障",
        "建外街道办事处", "2026年11月27日", "最低生活保障申请书", "户口簿", "家庭经济状况核对授权书", "委托书及代理人身份证", "诚信承诺书",
        "授权民政部门", "30个工作日内办结", "2027年1月12日", "赵受理", "（盖章）", "第1页共1页");
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void acceptanceReceiptSaysADueDayOnAnUnpublishedHolidayScheduleIsProvisional() {
    AcceptanceReceipt r = Samples.receipt();
    AcceptanceReceipt provisional = new AcceptanceReceipt(r.caseNumber(), r.applicantName(), r.agentName(),
        r.categoryName(), r.office(), r.acceptedOn(), r.materialsReceived(), r.timeLimitWorkingDays(), r.dueOn(),
        r.clerk(), true);

    // The PDF text may break lines anywhere: compare without whitespace.
    assertThat(Pdfs.text(PDF.render(provisional.document())).replaceAll("\\s", ""))
        .contains("预计2027年1月12日前；2027年节假日安排尚未公布，暂按法定节假日计算");
    assertThat(Pdfs.text(PDF.render(r.document())).replaceAll("\\s", "")).doesNotContain("尚未公布");
  }

  @Test
  void verificationReportListsEveryMemberAndSourceWithTheDiscrepancies() {
    byte[] pdf = PDF.render(Samples.verificationReport().document());

    String text = Pdfs.text(pdf);
    assertThat(text).contains("家庭经济状况核对报告", "刘洋", "王芳", "人力资源社会保障部门", "不动产登记机构", "银行",
        "1,200.00", "2,350.50", "1,150.50", "18,000.00", "王芳未申报银行存款18,000.00元", "建议告知申请人并复查",
        "核对人", "复核人");
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void investigationRecordHasBothInvestigatorsTheFindingsAndThreeSignatureLines() {
    byte[] pdf = PDF.render(Samples.investigationRecord().document());

    String text = Pdfs.text(pdf);
    assertThat(text).contains("入户调查记录", "陈调查", "周调查", "租住公房一间，约18平方米", "申请人失业，配偶灵活就业",
        "家庭生活困难情况属实", "调查人：陈调查", "调查人：周调查", "被调查家庭成员：刘洋", "2026年12月1日");
    assertThat(text.split("签字：", -1)).hasSize(4);
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void investigationNeedsTwoInvestigators() {
    assertThatThrownBy(() -> new InvestigationRecord("DB-1", "刘洋", "光华里", LocalDate.of(2026, 12, 1),
        List.of("陈调查"), "刘洋", List.of(), "属实")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicNoticeShowsNameFamilySizeAndAmountOnly() {
    byte[] pdf = PDF.render(Samples.publicNotice().document());

    String text = Pdfs.text(pdf);
    assertThat(text).contains("最低生活保障审核确认公示", "刘洋", "3人", "2,150.00元", "孙丽", "1人", "725.50元",
        "2026年12月4日至2026年12月10日（共7日）", "建外街道社会救助服务窗口", "010-65001234", "12349");
    assertThat(RESIDENT_ID.matcher(text).find()).as("no resident ID").isFalse();
    assertThat(AMOUNT.matcher(text).results().map(m -> m.group()).toList())
        .as("no figure but the amounts").containsExactlyInAnyOrder("2,150.00", "725.50");
    assertThat(text).doesNotContain("收入", "身份证", "光华里");
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void approvalNoticeStatesTheMonthlyAmountStartMonthAndReviewSchedule() {
    byte[] pdf = PDF.render(Samples.approvalNotice().document());

    String text = Pdfs.text(pdf);
    assertThat(text).contains("最低生活保障审批决定通知书", "朝民低保〔2026〕第88号", "刘洋", "决定予以批准", "3人",
        "2,150.00元", "2027年1月起", "每12个月核查一次", "2027年12月", "北京市朝阳区民政局", "2026年12月18日");
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void refusalNoticeGivesEveryReasonAndTheRightsToReconsiderationAndSuit() {
    byte[] pdf = PDF.render(Samples.refusalNotice().document());

    String text = Pdfs.text(pdf);
    assertThat(text).contains("最低生活保障不予批准通知书", "孙丽", "决定不予批准",
        "1.家庭月人均收入2,310.00元，高于本市最低生活保障标准1,450.00元", "2.家庭成员名下登记机动车一辆",
        "60日内向北京市朝阳区人民政府申请行政复议", "6个月内直接向北京市朝阳区人民法院提起行政诉讼");
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void refusalWithoutReasonIsNotWritten() {
    assertThatThrownBy(() -> new RefusalNotice("号", "DB-1", "孙丽", "最低生活保障", LocalDate.of(2026, 11, 27),
        List.of(), "民政局", LocalDate.of(2026, 12, 18), "人民政府", "人民法院"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longTablesBreakAcrossPagesWithTheHeaderRepeatedAndEveryPageNumbered() {
    List<List<String>> rows = IntStream.rangeClosed(1, 120)
        .mapToObj(i -> List.of(String.valueOf(i), "成员" + i, "核对事项")).toList();
    byte[] pdf = PDF.render(CaseDocument.titled("核对明细").footer("建外街道办事处")
        .table(List.of("序号", "家庭成员", "事项"), rows).build());

    int pages = Pdfs.pages(pdf);
    String text = Pdfs.text(pdf);
    assertThat(pages).isGreaterThan(1);
    assertThat(text).contains("成员1", "成员120", "第1页共" + pages + "页", "第" + pages + "页共" + pages + "页");
    assertThat(text.split("家庭成员", -1)).hasSize(pages + 1);
    Pdfs.assertCjkFontEmbedded(pdf);
  }

  @Test
  void refusesToStartWithoutTheConfiguredFont() {
    assertThatThrownBy(() -> new CjkFonts("/nowhere/NotoSerifCJK-Regular.ttc"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nowhere/NotoSerifCJK-Regular.ttc does not exist")
        .hasMessageContaining("app.documents.font-path")
        .hasMessageContaining("fonts-noto-cjk");
  }

  @Test
  void refusesAFontWithoutChineseGlyphs() {
    assertThatThrownBy(() -> new CjkFonts("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks Chinese glyphs");
  }

  @Test
  void picksTheSimplifiedChineseFaceOfACollection() {
    assertThat(CjkFonts.simplifiedChineseFace(new String[] {"NotoSerifCJKjp-Regular", "NotoSerifCJKkr-Regular",
        "NotoSerifCJKsc-Regular", "NotoSerifCJKtc-Regular"})).isEqualTo(2);
  }
}
