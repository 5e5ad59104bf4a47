package cn.gov.civilaffairs.assistance.verification;

import cn.gov.civilaffairs.assistance.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Extract files for tests: CSV text, XLSX workbooks, and the multipart request that uploads one. */
public final class ExtractFiles {

  /** The header of each source's CSV and a row about a person nobody in the tests verifies. */
  public static final Map<String, String[]> HEADER_AND_FILLER = Map.ofEntries(
      Map.entry("household-registration", new String[] {"resident_id,name,status,status_date,address",
          "%s,路人甲,NORMAL,,北京市朝阳区"}),
      Map.entry("real-estate", new String[] {"resident_id,certificate_no,location,area_sqm,usage,assessed_value",
          "%s,京(2020)朝阳区不动产权第0000001号,朝阳区某小区1号楼,60.5,住宅,"}),
      Map.entry("wages", new String[] {"resident_id,employer,month,amount", "%s,某公司,2026-09,5000"}),
      Map.entry("social-insurance", new String[] {"resident_id,benefit,month,amount,payer",
          "%s,CONTRIBUTION,2026-09,800,某公司"}),
      Map.entry("business-registration", new String[] {
          "resident_id,credit_code,company_name,role,registered_capital,status",
          "%s,91110105MA00000000,某商贸有限公司,SHAREHOLDER,100000,存续"}),
      Map.entry("tax", new String[] {"resident_id,month,income_kind,amount,withholder",
          "%s,2026-09,WAGES,5000,某公司"}),
      Map.entry("housing-fund", new String[] {"resident_id,employer,month,deposit,balance",
          "%s,某公司,2026-09,600,12000"}),
      Map.entry("vehicles", new String[] {"resident_id,plate_no,vehicle_type,registered_on,assessed_value",
          "%s,京A00001,小型轿车,2020-05-01,30000"}),
      Map.entry("banks", new String[] {"resident_id,bank,account,balance", "%s,某银行,6222****0001,100"}),
      Map.entry("securities", new String[] {"resident_id,broker,account,market_value", "%s,某证券,****0001,100"}),
      Map.entry("commercial-insurance", new String[] {"resident_id,insurer,policy_no,product,cash_value",
          "%s,某保险,P0001,年金险,100"}));

  private ExtractFiles() {}

  static String aResidentId() {
    return (String) Fixtures.person("无关人员", "HEAD", true).get("residentId");
  }

  static byte[] csv(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A CSV of a source: its header, the given rows, and a row about somebody else (so it is never empty). */
  public static byte[] csvOf(String source, List<String> rows) {
    String[] headerAndFiller = HEADER_AND_FILLER.get(source);
    StringBuilder text = new StringBuilder(headerAndFiller[0]).append('\n');
    rows.forEach(row -> text.append(row).append('\n'));
    text.append(headerAndFiller[1].formatted(aResidentId())).append('\n');
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An XLSX whose first sheet holds the rows; LocalDate cells are real Excel dates, numbers numeric cells. */
  static byte[] xlsx(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("数据");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          var cell = row.createCell(c);
          if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
          } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(money);
          } else if (value != null) {
            cell.setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static HttpEntity<MultiValueMap<String, Object>> upload(String source, Object extractDate, String fileName,
      byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    if (source != null) {
      body.add("source", source);
    }
    if (extractDate != null) {
      body.add("extractDate", extractDate.toString());
    }
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }
}
