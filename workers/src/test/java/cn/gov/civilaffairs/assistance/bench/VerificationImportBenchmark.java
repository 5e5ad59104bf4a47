package cn.gov.civilaffairs.assistance.bench;

import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Imports a wages extract of 100,000 rows over HTTP, as CSV and as XLSX (city-wide), and as CSV by a county auditor
 * (every row checked against the district), and prints how long each took (upload, checks, one transaction).
 * Asserts only that each was stored. Run with {@code bin/bench}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class VerificationImportBenchmark extends IntegrationTest {

  private static final int ROWS = 100_000;

  @Test
  void importsAHundredThousandRows() throws IOException {
    StringBuilder csv = new StringBuilder("resident_id,employer,month,amount\n");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000); ByteArrayOutputStream xlsx = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet();
      var header = sheet.createRow(0);
      String[] columns = {"resident_id", "employer", "month", "amount"};
      for (int c = 0; c < columns.length; c++) {
        header.createCell(c).setCellValue(columns[c]);
      }
      for (int i = 0; i < ROWS; i++) {
        String id = residentId(i);
        String amount = String.valueOf(1000 + i % 5000) + ".50";
        csv.append(id).append(",某某人力资源有限公司,2026-10,").append(amount).append('\n');
        var row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(id);
        row.createCell(1).setCellValue("某某人力资源有限公司");
        row.createCell(2).setCellValue("2026-09");
        row.createCell(3).setCellValue(Double.parseDouble(amount));
      }
      workbook.write(xlsx);
      measure("CSV", http, csv.toString().getBytes(StandardCharsets.UTF_8), "wages-100k.csv");
      measure("XLSX", http, xlsx.toByteArray(), "wages-100k.xlsx");
      // A county auditor's import also checks every row's person against the district (one query per 5,000 rows).
      ensureUser("auditor.bench", "110105", Role.COUNTY_AUDITOR);
      measure("CSV (county auditor)", as("auditor.bench"),
          csv.toString().replace(",2026-10,", ",2026-08,").getBytes(StandardCharsets.UTF_8), "wages-100k-110105.csv");
    }
  }

  private void measure(String kind, TestRestTemplate importer, byte[] file, String name) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("source", "wages");
    body.add("extractDate", "2026-10-31");
    body.add("file", new ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    long start = System.nanoTime();
    var response = importer.exchange("/api/verification/imports", HttpMethod.POST, new HttpEntity<>(body, headers),
        JSON_OBJECT);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> imported = response.getBody();
    if (response.getStatusCode().value() != 201 || !Integer.valueOf(ROWS).equals(imported.get("rows"))) {
      throw new IllegalStateException(kind + " import failed: " + response.getStatusCode() + " " + imported);
    }
    System.out.printf("Loaded %,d %s rows (%,d bytes) in %.1f s: p50 n/a, %.0f rows/s%n", ROWS, kind, file.length,
        seconds, ROWS / seconds);
  }

  private static String residentId(int i) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i / 400);
    String first17 = "110105" + birth.toString().replace("-", "") + String.format("%03d", i % 400 + 100);
    return first17 + ResidentIds.checkCharacter(first17);
  }
}
