package cn.gov.civilaffairs.assistance.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MeasureCatalogueTests {

  private final MeasureCatalogue measures = shipped();

  @Test
  void shipsEveryHelpKindWithItsMeasuresDepartmentsAndDeadlines() {
    assertThat(measures.version()).isEqualTo("2026.1");
    assertThat(measures.catalogue().helps()).extracting(MeasureCatalogue.Help::kind)
        .containsExactly(HelpKind.values());
    assertThat(measures.catalogue().helps()).allSatisfy(help -> assertThat(help.measures()).isNotEmpty());
    assertThat(measures.helpName(HelpKind.EMPLOYMENT)).isEqualTo("帮就业");

    var schooling = measures.find("SCHOOLING_ENROLMENT").orElseThrow();
    assertThat(schooling.kind()).isEqualTo(HelpKind.SCHOOLING);
    assertThat(schooling.departmentName()).isEqualTo("教育部门");
    assertThat(schooling.deadlineDays()).isEqualTo(30);
    assertThat(schooling.fields()).extracting(MeasureCatalogue.Field::code).containsExactly("school");
    assertThat(schooling.needsReferral()).isTrue();
    assertThat(measures.find("LIVING_ALLOWANCE").orElseThrow().needsReferral()).isFalse();
    assertThat(measures.find("NO_SUCH_MEASURE")).isEmpty();
  }

  static MeasureCatalogue shipped() {
    try {
      return new MeasureCatalogue(new ClassPathResource("agreement-measures.yml"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
