package cn.gov.civilaffairs.assistance.verification;

import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.aResidentId;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.csv;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.upload;
import static cn.gov.civilaffairs.assistance.verification.ExtractFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Imports of extracts over HTTP into the real database: formats, row errors, all-or-nothing, idempotency. */
class ExtractImportIntegrationTests extends IntegrationTest {

  private static final String EXTRACT_DATE = "2026-10-31";

  @Test
  void importsACsvExtractAndShowsIt() {
    String first = aResidentId();
    String second = aResidentId();

    var response = importFile("wages", EXTRACT_DATE, "wages.csv", csv(
        "resident_id,employer,month,amount",
        first + ",某某物业公司,2026-09,2300.50",
        "\"" + second.toLowerCase() + "\",\"某某餐饮, 分店\",2026-10,1800"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> imported = response.getBody();
    assertThat(imported).containsEntry("source", "wages").containsEntry("extractDate", EXTRACT_DATE)
        .containsEntry("rows", 2).containsEntry("importedBy", TESTER).containsKeys("id", "sha256", "importedAt");
    assertThat(imported.get("sha256").toString()).hasSize(64);
    Number id = (Number) imported.get("id");
    assertThat(get("/api/verification/imports/" + id).getBody()).containsEntry("rows", 2);
    assertThat(jdbc.queryForList("select resident_id, kind, amount::text, period from verification_records"
        + " where import_id = ? order by line", id.longValue()))
        .extracting(r -> r.get("resident_id"), r -> r.get("kind"), r -> r.get("amount"), r -> r.get("period"))
        .containsExactly(tuple(first, "WAGES", "2300.50", "2026-09"), tuple(second.toUpperCase(), "WAGES",
            "1800.00", "2026-10"));
    assertThat(count("select count(*) from audit_events where action = 'VERIFICATION_EXTRACT_IMPORTED'"
        + " and entity_id = ?", id.toString())).isEqualTo(1);
    var listed = list("/api/verification/imports", "[\"id\",\"DESC\"]", "[0,9]", "{\"source\":\"wages\"}");
    assertThat(listed.getHeaders().getFirst("Content-Range")).startsWith("imports 0-");
    assertThat(listed.getBody()).extracting(i -> ((Number) i.get("id")).longValue()).contains(id.longValue());
  }

  @Test
  void importsTheFirstSheetOfAnXlsxWithChineseHeadersNumbersAndDates() {
    String owner = aResidentId();
    byte[] workbook = xlsx(List.of(
        List.of("身份证号码", "号牌号码", "车辆类型", "初次登记日期", "评估价值（元）"),
        List.of(owner, "京N12345", "小型轿车", LocalDate.of(2019, 3, 8), 45678.9)));

    var response = importFile("vehicles", EXTRACT_DATE, "车辆.xlsx", workbook);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getBody()).containsEntry("rows", 1);
    Map<String, Object> stored = jdbc.queryForMap("select category, kind, amount::text as amount,"
        + " details->>'registered_on' as registered_on from verification_records where resident_id = ?", owner);
    assertThat(stored).containsEntry("category", "ASSET").containsEntry("kind", "VEHICLE")
        .containsEntry("amount", "45678.90").containsEntry("registered_on", "2019-03-08");
  }

  @Test
  void returnsTheEarlierImportWhenTheSameFileIsSentAgain() {
    byte[] file = csv("resident_id,bank,account,balance", aResidentId() + ",某银行,6222****1234,500.00");
    var first = importFile("banks", EXTRACT_DATE, "banks.csv", file);

    var again = importFile("banks", EXTRACT_DATE, "banks-again.csv", file);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("id", first.getBody().get("id"))
        .containsEntry("fileName", "banks.csv");
    assertThat(count("select count(*) from verification_records where import_id = ?",
        ((Number) first.getBody().get("id")).longValue())).isEqualTo(1);
  }

  @Test
  void reportsEveryBadRowWithItsLineAndStoresNothing() {
    String good = aResidentId();
    int importsBefore = count("select count(*) from verification_imports");

    var response = importFile("wages", EXTRACT_DATE, "wages.csv", csv(
        "resident_id,employer,month,amount",
        good + ",某公司,2026-09,2000",
        "110105199001011234,某公司,2026-09,2000",
        aResidentId() + ",某公司,2026-09,\"2,000\"",
        aResidentId() + ",某公司,2026-9,2000",
        aResidentId() + ",,2026-12,-5",
        aResidentId() + ",某公司,2026-09,2000"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "EXTRACT_ROWS_INVALID").containsEntry("errorCount", 6)
        .containsEntry("rowsRead", 6);
    assertThat(errors(response)).extracting(e -> e.get("field"), e -> e.get("code")).containsExactly(
        tuple("rows[3].resident_id", "INVALID_RESIDENT_ID"),
        tuple("rows[4].amount", "INVALID_AMOUNT"),
        tuple("rows[5].month", "INVALID_MONTH"),
        tuple("rows[6].month", "AFTER_EXTRACT_DATE"),
        tuple("rows[6].amount", "NEGATIVE"),
        tuple("rows[6].employer", "REQUIRED"));
    assertThat(count("select count(*) from verification_imports")).isEqualTo(importsBefore);
    assertThat(count("select count(*) from verification_records where resident_id = ?", good)).isZero();
  }

  @Test
  void storesNothingWhenTheLastRowOfALargeFileIsBad() {
    // more rows than one write batch, so some were written before the bad row was read
    List<String> lines = new ArrayList<>(List.of("resident_id,bank,account,balance"));
    String firstPerson = aResidentId();
    lines.add(firstPerson + ",某银行,6222****0000,1.00");
    for (int i = 1; i < 6000; i++) {
      lines.add(firstPerson + ",某银行,6222****" + String.format("%04d", i) + "," + i);
    }
    lines.add(firstPerson + ",某银行,6222****9999,1.001");

    var response = importFile("banks", EXTRACT_DATE, "banks-large.csv", csv(lines.toArray(String[]::new)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errorFields(response)).containsExactly("rows[6002].balance");
    assertThat(count("select count(*) from verification_records where resident_id = ?", firstPerson)).isZero();
  }

  @Test
  void refusesAFileOfAnotherSourceNamingEveryHeaderProblem() {
    byte[] wagesFile = csv("resident_id,employer,month,amount", aResidentId() + ",某公司,2026-09,2000");

    var response = importFile("banks", EXTRACT_DATE, "wages.csv", wagesFile);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(response.getBody()).containsEntry("code", "EXTRACT_HEADER_INVALID");
    assertThat(errors(response)).extracting(e -> e.get("field"), e -> e.get("code")).containsExactlyInAnyOrder(
        tuple("columns.employer", "UNKNOWN_COLUMN"), tuple("columns.month", "UNKNOWN_COLUMN"),
        tuple("columns.amount", "UNKNOWN_COLUMN"), tuple("columns.bank", "MISSING_COLUMN"),
        tuple("columns.account", "MISSING_COLUMN"), tuple("columns.balance", "MISSING_COLUMN"));
  }

  @Test
  void refusesBadDatesAndAmountsInAnXlsx() {
    byte[] workbook = xlsx(List.of(
        List.of("resident_id", "name", "status", "status_date", "address"),
        List.of(aResidentId(), "张三", "DECEASED", "2026-13-01", "朝阳区"),
        List.of(aResidentId(), "李四", "GONE", LocalDate.of(2026, 10, 1), "朝阳区"),
        List.of("not-an-id", "王五", "NORMAL", "", "朝阳区")));

    var response = importFile("household-registration", EXTRACT_DATE, "户籍.xlsx", workbook);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(response)).extracting(e -> e.get("field"), e -> e.get("code")).containsExactly(
        tuple("rows[2].status_date", "INVALID_DATE"),
        tuple("rows[3].status", "INVALID_CHOICE"),
        tuple("rows[4].resident_id", "INVALID_RESIDENT_ID"));
  }

  @Test
  void refusesAnEmptyFileAndAFileWithOnlyItsHeader() {
    var empty = importFile("tax", EXTRACT_DATE, "tax.csv", new byte[0]);
    var headerOnly = importFile("tax", EXTRACT_DATE, "tax.csv", csv("resident_id,month,income_kind,amount"));
    var emptyWorkbook = importFile("tax", EXTRACT_DATE, "tax.xlsx", xlsx(List.of()));

    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(empty)).extracting(e -> e.get("field"), e -> e.get("code"))
        .containsExactly(tuple("file", "EMPTY_FILE"));
    assertThat(headerOnly.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(headerOnly.getBody()).containsEntry("code", "EXTRACT_EMPTY");
    assertThat(emptyWorkbook.getBody()).containsEntry("code", "EXTRACT_EMPTY");
  }

  @Test
  void refusesAnUnknownSourceAFutureExtractDateAndAFileThatIsNotUtf8() {
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    var unknown = importFile("weather", tomorrow, "x.csv", csv("resident_id", aResidentId()));
    var gbk = importFile("wages", EXTRACT_DATE, "gbk.csv", ("resident_id,employer,month,amount\n"
        + aResidentId() + ",某公司,2026-09,2000\n").getBytes(Charset.forName("GBK")));
    var notAWorkbook = importFile("wages", EXTRACT_DATE, "broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    var openQuote = importFile("wages", EXTRACT_DATE, "quote.csv", csv("resident_id,employer,month,amount",
        aResidentId() + ",\"某公司,2026-09,2000"));

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(errors(unknown)).extracting(e -> e.get("field"), e -> e.get("code")).containsExactly(
        tuple("source", "UNKNOWN_SOURCE"), tuple("extractDate", "DATE_IN_FUTURE"));
    assertThat(gbk.getBody()).containsEntry("code", "EXTRACT_NOT_UTF8_CSV");
    assertThat(notAWorkbook.getBody()).containsEntry("code", "EXTRACT_NOT_XLSX");
    assertThat(openQuote.getBody()).containsEntry("code", "EXTRACT_MALFORMED_CSV");
  }

  @Test
  void letsAdminsAndCountyAuditorsImportAndCaseRolesRead() {
    ensureUser("caseworker.verify", "110105001", Role.CASEWORKER);
    ensureUser("auditor.verify", "110105", Role.COUNTY_AUDITOR);
    byte[] file = csv("resident_id,broker,account,market_value", aResidentId() + ",某证券,****0002,8000");

    var byCaseworker = as("caseworker.verify").exchange("/api/verification/imports", HttpMethod.POST,
        upload("securities", EXTRACT_DATE, "s.csv", file), JSON_OBJECT);
    var byAuditor = as("auditor.verify").exchange("/api/verification/imports", HttpMethod.POST,
        upload("securities", EXTRACT_DATE, "s.csv", file), JSON_OBJECT);
    var sources = as("caseworker.verify").exchange("/api/verification/sources", HttpMethod.GET, null, JSON_ARRAY);

    assertThat(byCaseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byAuditor.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(sources.getBody()).hasSize(11).anySatisfy(source -> {
      assertThat(source).containsEntry("code", "wages").containsEntry("name", "人力资源社会保障（就业与工资）")
          .containsEntry("connector", "IMPORT");
      assertThat((List<?>) source.get("columns")).hasSize(4);
    });
  }

  private ResponseEntity<Map<String, Object>> importFile(String source, String extractDate, String name,
      byte[] content) {
    return http.exchange("/api/verification/imports", HttpMethod.POST, upload(source, extractDate, name, content),
        JSON_OBJECT);
  }

}
