package cn.gov.civilaffairs.assistance.documents;

import cn.gov.civilaffairs.assistance.documents.InvestigationRecord.Finding;
import cn.gov.civilaffairs.assistance.documents.PublicNotice.Listed;
import cn.gov.civilaffairs.assistance.documents.VerificationReport.SourceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One filled example of each template, as a street office would fill it. */
final class Samples {

  private Samples() {}

  static AcceptanceReceipt receipt() {
    return new AcceptanceReceipt("DB-110105001-2026-000042", "刘洋", "刘晓梅", "最低生活保障", "建外街道办事处",
        LocalDate.of(2026, 11, 27), List.of("最低生活保障申请书", "家庭成员居民身份证", "户口簿", "家庭收入情况申报",
            "家庭财产情况申报", "家庭经济状况核对授权书", "委托书及代理人身份证"), 30, LocalDate.of(2027, 1, 12), "赵受理");
  }

  static VerificationReport verificationReport() {
    return new VerificationReport("DB-110105001-2026-000042", "核对〔2026〕0042号", "刘洋",
        "朝阳区居民家庭经济状况核对中心", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3), List.of(
            new SourceRow("刘洋", "人力资源社会保障部门", "工资性收入（月）", new BigDecimal("1200"), new BigDecimal("2350.5")),
            new SourceRow("王芳", "不动产登记机构", "住房（套）", BigDecimal.ONE, BigDecimal.ONE),
            new SourceRow("王芳", "银行", "存款余额", null, new BigDecimal("18000"))),
        List.of("刘洋工资性收入核对金额高于申报金额1,150.50元", "王芳未申报银行存款18,000.00元"),
        "申报信息与核对信息不一致，建议告知申请人并复查。");
  }

  static InvestigationRecord investigationRecord() {
    return new InvestigationRecord("DB-110105001-2026-000042", "刘洋", "光华里5号楼101", LocalDate.of(2026, 12, 1),
        List.of("陈调查", "周调查"), "刘洋", List.of(new Finding("住房情况", "租住公房一间，约18平方米"),
            new Finding("就业情况", "申请人失业，配偶灵活就业"), new Finding("生活状况", "家中无大额财产，生活用品简单")),
        "家庭生活困难情况属实。");
  }

  static PublicNotice publicNotice() {
    return new PublicNotice("建外低保公示〔2026〕第12号", "最低生活保障", "建外街道办事处",
        List.of(new Listed("刘洋", 3, new BigDecimal("2150")), new Listed("孙丽", 1, new BigDecimal("725.5"))),
        LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 10), "建外街道社会救助服务窗口", "010-65001234",
        LocalDate.of(2026, 12, 4));
  }

  static ApprovalNotice approvalNotice() {
    return new ApprovalNotice("朝民低保〔2026〕第88号", "DB-110105001-2026-000042", "刘洋", "最低生活保障",
        LocalDate.of(2026, 11, 27), 3, new BigDecimal("2150"), YearMonth.of(2027, 1), "每12个月核查一次",
        YearMonth.of(2027, 12), "北京市朝阳区民政局", LocalDate.of(2026, 12, 18));
  }

  static RefusalNotice refusalNotice() {
    return new RefusalNotice("朝民低保〔2026〕第89号", "DB-110105001-2026-000043", "孙丽", "最低生活保障",
        LocalDate.of(2026, 11, 27), List.of("家庭月人均收入2,310.00元，高于本市最低生活保障标准1,450.00元",
            "家庭成员名下登记机动车一辆，不符合财产状况规定"), "北京市朝阳区民政局", LocalDate.of(2026, 12, 18),
        "北京市朝阳区人民政府", "北京市朝阳区人民法院");
  }
}
