package cn.gov.civilaffairs.assistance.demo;

import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.verification.ExtractImports;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/**
 * The other departments' extracts of the demo city, one CSV per source (formats in docs/verification-extracts.md),
 * agreeing with what the demo households declare, so that their verification passes. A source without data on
 * any demo resident still sends a file (with one unrelated resident), since a source that never sent anything is
 * "not answering", not "nothing found".
 */
final class DemoExtracts {

  private final Map<String, List<String>> files = new LinkedHashMap<>();

  DemoExtracts() {
    String outsider = "11010519600101001";
    outsider += ResidentIds.checkCharacter(outsider);
    files.put("household-registration", new ArrayList<>(List.of("resident_id,name,status")));
    files.put("real-estate", lines("resident_id,certificate_no,location,area_sqm,usage",
        outsider + ",京(2019)朝阳区不动产权第0000001号,朝阳区某小区1号楼101,89.5,住宅"));
    files.put("wages", new ArrayList<>(List.of("resident_id,employer,month,amount")));
    files.put("social-insurance", new ArrayList<>(List.of("resident_id,benefit,month,amount,payer")));
    files.put("business-registration", lines("resident_id,credit_code,company_name,role",
        outsider + ",91110105MA00000001,北京某某商贸有限公司,OWNER"));
    files.put("tax", lines("resident_id,month,income_kind,amount", outsider + ",2026-09,WAGES,8000"));
    files.put("housing-fund", lines("resident_id,employer,month,deposit", outsider + ",北京某某商贸有限公司,2026-09,960"));
    files.put("vehicles", lines("resident_id,plate_no,vehicle_type,assessed_value", outsider + ",京A00001,小型轿车,60000"));
    files.put("banks", new ArrayList<>(List.of("resident_id,bank,account,balance")));
    files.put("securities", lines("resident_id,broker,account,market_value", outsider + ",某某证券,****0001,12000"));
    files.put("commercial-insurance", lines("resident_id,insurer,policy_no,cash_value", outsider + ",某某人寿,P0001,3000"));
  }

  private static List<String> lines(String... lines) {
    return new ArrayList<>(List.of(lines));
  }

  /** A demo resident as household registration knows them. */
  DemoExtracts registered(String residentId, String name) {
    files.get("household-registration").add(residentId + "," + name + ",NORMAL");
    return this;
  }

  DemoExtracts wages(String residentId, String employer, YearMonth from, YearMonth to, String monthly) {
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      files.get("wages").add(residentId + "," + employer + "," + month + "," + monthly);
    }
    return this;
  }

  DemoExtracts unemploymentBenefit(String residentId, YearMonth from, YearMonth to, String monthly) {
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      files.get("social-insurance").add(residentId + ",UNEMPLOYMENT_BENEFIT," + month + "," + monthly + ",朝阳区社保中心");
    }
    return this;
  }

  DemoExtracts deposit(String residentId, String bank, String balance) {
    files.get("banks").add(residentId + "," + bank + ",****" + residentId.substring(14) + "," + balance);
    return this;
  }

  /** Imports every file as taken on {@code extractDate}. */
  void importInto(ExtractImports imports, LocalDate extractDate) throws IOException {
    for (Map.Entry<String, List<String>> file : files.entrySet()) {
      if (file.getValue().size() < 2) {
        continue;
      }
      byte[] csv = (String.join("\n", file.getValue()) + "\n").getBytes(StandardCharsets.UTF_8);
      imports.importExtract(file.getKey(), extractDate.toString(), new CsvFile(file.getKey() + ".csv", csv));
    }
  }

  /** An in-memory upload, as the import endpoint receives one. */
  private record CsvFile(String name, byte[] bytes) implements MultipartFile {

    @Override
    public String getName() {
      return "file";
    }

    @Override
    public String getOriginalFilename() {
      return name;
    }

    @Override
    public String getContentType() {
      return "text/csv";
    }

    @Override
    public boolean isEmpty() {
      return bytes.length == 0;
    }

    @Override
    public long getSize() {
      return bytes.length;
    }

    @Override
    public byte[] getBytes() {
      return bytes.clone();
    }

    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public void transferTo(File destination) {
      throw new UnsupportedOperationException("in-memory demo file");
    }
  }
}
