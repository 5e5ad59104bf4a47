package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParameterDefinitionTests {

  private static ParameterDefinition definition(String code) {
    return PolicyCatalogue.find(code).orElseThrow();
  }

  @Test
  void checksValuesAgainstTypeBoundsAndAllowedValues() {
    assertThat(definition(PolicyCatalogue.DIBAO_STANDARD).problemWith("1450.5")).isEmpty();
    assertThat(definition(PolicyCatalogue.DIBAO_STANDARD).problemWith("abc")).contains("NOT_A_NUMBER");
    assertThat(definition(PolicyCatalogue.DIBAO_STANDARD).problemWith("0")).contains("OUT_OF_RANGE");
    assertThat(definition(PolicyCatalogue.SLA_TOTAL).problemWith("30.5")).contains("NOT_AN_INTEGER");
    assertThat(definition(PolicyCatalogue.SLA_TOTAL).problemWith("30.0")).isEmpty();
    assertThat(definition(PolicyCatalogue.NOTICE_COUNTS_TOWARD_SLA).problemWith("yes")).contains("NOT_A_BOOLEAN");
    assertThat(definition(PolicyCatalogue.RIGID_TEST).problemWith("RESIDUAL")).isEmpty();
    assertThat(definition(PolicyCatalogue.RIGID_TEST).problemWith("residual")).contains("NOT_AN_ALLOWED_VALUE");
    assertThat(definition(PolicyCatalogue.TEKUN_RECHECK_SHARE).problemWith("0.29")).contains("OUT_OF_RANGE");
  }

  @Test
  void storesNumbersWithoutSuperfluousZeros() {
    assertThat(definition(PolicyCatalogue.DIBAO_STANDARD).canonical("1450.00")).isEqualTo("1450");
    assertThat(definition(PolicyCatalogue.DIBAO_STANDARD).canonical("1.45E3")).isEqualTo("1450");
    assertThat(definition(PolicyCatalogue.MARGINAL_FACTOR).canonical("1.50")).isEqualTo("1.5");
  }

  @Test
  void letsOnlyTheAllowedLevelsSetAParameter() {
    assertThat(definition(PolicyCatalogue.DECISION_DELEGATED_TO_STREET).settableAt(JurisdictionLevel.DISTRICT))
        .isTrue();
    assertThat(definition(PolicyCatalogue.DECISION_DELEGATED_TO_STREET).settableAt(JurisdictionLevel.STREET))
        .isFalse();
    assertThat(definition(PolicyCatalogue.NOTICE_DAYS).settableAt(JurisdictionLevel.STREET)).isTrue();
  }

  @Test
  void givesEveryParameterAValidDefault() {
    PolicySnapshot defaults = PolicySnapshot.defaults(LocalDate.of(2026, 1, 1));

    assertThat(PolicyCatalogue.all()).allSatisfy(d -> assertThat(d.problemWith(d.defaultValue())).isEmpty());
    assertThat(defaults.dibaoStandard()).isEqualByComparingTo("1450");
    assertThat(defaults.slaTotal()).isEqualTo(30);
    assertThat(defaults.noticeCountsTowardSla()).isFalse();
    assertThat(defaults.rigidTest()).isEqualTo(RigidTest.RATIO);
    assertThat(defaults.version()).startsWith("P:;D:");
  }

  @Test
  void shipsTheTemporaryAidParametersWithTheCeilingsAsMultiplesOfTheStandard() {
    PolicySnapshot defaults = PolicySnapshot.defaults(LocalDate.of(2026, 1, 1));

    assertThat(defaults.aidStreetCeiling()).isEqualByComparingTo("4350");
    assertThat(defaults.aidConferenceThreshold()).isEqualByComparingTo("14500");
    assertThat(defaults.aidEmergencyApprovalHours()).isEqualTo(24);
    assertThat(defaults.aidPaperworkDays()).isEqualTo(5);
    assertThat(defaults.aidSameReasonMonths()).isEqualTo(12);
    assertThat(defaults.with(PolicyCatalogue.AID_STREET_CEILING_MULTIPLE, "4").with(PolicyCatalogue.DIBAO_STANDARD,
        "1500").aidStreetCeiling()).isEqualByComparingTo("6000");
    assertThat(definition(PolicyCatalogue.AID_EMERGENCY_APPROVAL_HOURS).problemWith("0")).contains("OUT_OF_RANGE");
    assertThat(definition(PolicyCatalogue.AID_PAPERWORK_DAYS).problemWith("5.5")).contains("NOT_AN_INTEGER");
    assertThat(definition(PolicyCatalogue.AID_STREET_CEILING_MULTIPLE).settableAt(JurisdictionLevel.STREET)).isFalse();
  }
}
