package cn.gov.civilaffairs.assistance.tempaid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The county's summary table of emergency-aid filings (先行救助备案汇总表) as an XLSX workbook. */
final class FilingWorkbook {

  static final List<String> HEADERS = List.of("案件编号", "街道", "救助对象", "身份证号", "救助类型", "救助事由",
      "事由说明", "救助方式", "发放金额（元）", "发放时间", "手续补齐期限", "手续状态", "备案状态");
  private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("EMERGENCY", "急难型"),
      Map.entry("EXPENDITURE", "支出型"), Map.entry("ACCIDENT", "意外事故"), Map.entry("SUDDEN_ILLNESS", "突发重大疾病"),
      Map.entry("DISASTER", "自然灾害"), Map.entry("SPENDING_SHOCK", "生活必需支出突然增加"), Map.entry("OTHER", "其他"),
      Map.entry("CASH", "救助金"), Map.entry("GOODS", "实物"), Map.entry("REFERRAL", "转介服务"),
      Map.entry("PENDING", "待补齐"), Map.entry("OVERDUE", "逾期未补齐"), Map.entry("COMPLETED", "已补齐"),
      Map.entry("FILED", "待审查"), Map.entry("QUERIED", "已质询"), Map.entry("ANSWERED", "街道已答复"),
      Map.entry("ACCEPTED", "已备案"));
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.of("Asia/Shanghai"));

  private FilingWorkbook() {}

  static byte[] of(List<TemporaryAidFilings.Filing> filings) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("先行救助备案");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      int r = 1;
      for (TemporaryAidFilings.Filing f : filings) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(f.caseNumber());
        row.createCell(1).setCellValue(f.streetName());
        row.createCell(2).setCellValue(f.personName());
        row.createCell(3).setCellValue(f.personIdMasked());
        row.createCell(4).setCellValue(label(f.aidType()));
        row.createCell(5).setCellValue(label(f.reason()));
        row.createCell(6).setCellValue(f.reasonDetail() == null ? "" : f.reasonDetail());
        row.createCell(7).setCellValue(label(f.aidForm()));
        row.createCell(8).setCellValue(f.amountPaid().doubleValue());
        row.createCell(9).setCellValue(f.paidAt() == null ? "" : TIME.format(f.paidAt()));
        row.createCell(10).setCellValue(f.paperworkDueAt() == null ? "" : TIME.format(f.paperworkDueAt()));
        row.createCell(11).setCellValue(label(f.paperworkStatus()));
        row.createCell(12).setCellValue(label(f.reviewStatus()));
      }
      for (int i = 0; i < HEADERS.size(); i++) {
        sheet.setColumnWidth(i, 18 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String label(String code) {
    return code == null ? "" : LABELS.getOrDefault(code, code);
  }
}
