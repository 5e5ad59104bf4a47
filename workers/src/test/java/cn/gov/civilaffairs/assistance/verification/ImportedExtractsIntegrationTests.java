package cn.gov.civilaffairs.assistance.verification;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static cn.gov.civilaffairs.assistance.support.Fixtures.membersOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Reading several sources about several people at once from imported extracts (dates long before other tests'). */
class ImportedExtractsIntegrationTests extends IntegrationTest {

  private static final String A = "110105200101010011";
  private static final String B = "110105200101010022";
  private static final String C = "110105200101010033";

  @Test
  void readsTheNewestExtractOfEachSourceWithAllItsFilesForEveryPerson() throws SourceUnavailableException {
    long january = anImport("wages", LocalDate.of(2001, 1, 10));
    line(january, A, "500");
    long februaryFirstFile = anImport("wages", LocalDate.of(2001, 2, 10));
    line(februaryFirstFile, A, "900");
    line(februaryFirstFile, B, "300");
    long februarySecondFile = anImport("wages", LocalDate.of(2001, 2, 10));
    line(februarySecondFile, A, "100");
    long banks = anImport("banks", LocalDate.of(2001, 2, 1));
    line(banks, B, "5000");

    var answers = new ImportedExtracts(jdbc).answers(List.of(SourceCode.WAGES, SourceCode.BANKS), List.of(A, B, C),
        LocalDate.of(2001, 2, 15));

    SourceAnswer wagesOfA = answers.get(SourceCode.WAGES).get(A);
    assertThat(wagesOfA.extractDate()).isEqualTo(LocalDate.of(2001, 2, 10));
    assertThat(wagesOfA.items()).extracting(FoundItem::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("900"), new BigDecimal("100"));
    assertThat(answers.get(SourceCode.WAGES).get(B).items()).extracting(FoundItem::amount)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("300"));
    assertThat(answers.get(SourceCode.WAGES).get(C).items()).isEmpty();
    assertThat(answers.get(SourceCode.WAGES).get(C).extractDate()).isEqualTo(LocalDate.of(2001, 2, 10));
    assertThat(answers.get(SourceCode.BANKS).get(B).items()).singleElement()
        .satisfies(item -> assertThat(item.amount()).isEqualByComparingTo("5000"));
    assertThat(answers.get(SourceCode.BANKS).get(A).items()).isEmpty();

    var january20 = new ImportedExtracts(jdbc).answers(List.of(SourceCode.WAGES), List.of(A), LocalDate.of(2001, 1,
        20));
    assertThat(january20.get(SourceCode.WAGES).get(A).items()).extracting(FoundItem::amount)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("500"));
    assertThatThrownBy(() -> new ImportedExtracts(jdbc).answers(List.of(SourceCode.WAGES, SourceCode.BANKS),
        List.of(A), LocalDate.of(2001, 1, 20)))
        .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("banks");
  }

  @Test
  void answersAPersonOnlyFromImportsWhoseJurisdictionContainsTheirHousehold() throws SourceUnavailableException {
    Map<String, Object> application = aDibaoApplicationOfANewCouple("110105001001");
    @SuppressWarnings("unchecked")
    String head = (String) membersOf((Map<String, Object>) application.get("household")).get(0).get("residentId");
    assertThat(post("/api/applications", application).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long otherDistrict = anImport("wages", LocalDate.of(2002, 1, 10), "110108");
    line(otherDistrict, head, "700");

    assertThatThrownBy(() -> new ImportedExtracts(jdbc).answers(List.of(SourceCode.WAGES), List.of(head),
        LocalDate.of(2002, 1, 20)))
        .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("no extract imported on or before");

    long ownStreet = anImport("wages", LocalDate.of(2002, 1, 5), "110105001");
    line(ownStreet, head, "300");
    long newerOtherDistrict = anImport("wages", LocalDate.of(2002, 1, 15), "110108");
    line(newerOtherDistrict, head, "900");
    var answer = new ImportedExtracts(jdbc).answers(List.of(SourceCode.WAGES), List.of(head),
        LocalDate.of(2002, 1, 20)).get(SourceCode.WAGES).get(head);
    assertThat(answer.extractDate()).isEqualTo(LocalDate.of(2002, 1, 5));
    assertThat(answer.items()).extracting(FoundItem::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("300"));
  }

  private long anImport(String source, LocalDate extractDate) {
    return anImport(source, extractDate, "110000");
  }

  private long anImport(String source, LocalDate extractDate, String jurisdictionCode) {
    return jdbc.queryForObject("""
        insert into verification_imports (source, extract_date, sha256, file_name, rows, imported_by, imported_at,
          jurisdiction_code)
        values (?, ?, ?, 'test.csv', 1, 'test', now(), ?) returning id""", Long.class, source, extractDate,
        UUID.randomUUID().toString().replace("-", ""), jurisdictionCode);
  }

  private void line(long importId, String residentId, String amount) {
    jdbc.update("""
        insert into verification_records (import_id, line, resident_id, category, kind, amount, details)
        values (?, (select count(*) + 1 from verification_records where import_id = ?), ?, 'INCOME', 'WAGES', ?,
          '{}')""", importId, importId, residentId, new BigDecimal(amount));
  }
}
