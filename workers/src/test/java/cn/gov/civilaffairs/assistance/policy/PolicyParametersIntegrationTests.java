package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** Inheritance down the tree, effective dates and snapshot versions, through the Java API. */
class PolicyParametersIntegrationTests extends IntegrationTest {

  @Autowired
  PolicyParameters parameters;

  @Test
  void seedsTheCityDefaultsAtStartUp() {
    PolicySnapshot snapshot = parameters.snapshot("110105001001", LocalDate.of(2026, 1, 5));

    assertThat(snapshot.dibaoStandard()).isEqualByComparingTo("1450");
    assertThat(snapshot.values().get(PolicyCatalogue.DIBAO_STANDARD).setAt()).isEqualTo("110000");
    assertThat(snapshot.values().values()).noneMatch(PolicySnapshot.Value::isDefault);
    assertThat(snapshot.version()).startsWith("P:").doesNotContain(";D:");
  }

  @Test
  void letsAStreetOverrideTheCityForItsSubtreeOnly() {
    LocalDate day = LocalDate.of(2040, 1, 1);
    parameters.set(new PolicyParameters.NewValue("110105002", PolicyCatalogue.NOTICE_DAYS, "10", day, "街道延长公示"));

    PolicySnapshot community = parameters.snapshot("110105002001", day);
    PolicySnapshot otherStreet = parameters.snapshot("110105001001", day);

    assertThat(community.noticeDays()).isEqualTo(10);
    assertThat(community.values().get(PolicyCatalogue.NOTICE_DAYS).setAt()).isEqualTo("110105002");
    assertThat(otherStreet.noticeDays()).isEqualTo(7);
    assertThat(otherStreet.values().get(PolicyCatalogue.NOTICE_DAYS).setAt()).isEqualTo("110000");
  }

  @Test
  void appliesANewValueFromItsDayOnNotTheDayBefore() {
    LocalDate change = LocalDate.of(2041, 3, 1);
    parameters.set(new PolicyParameters.NewValue("110108", PolicyCatalogue.DIBAO_STANDARD, "1500.00", change,
        "区低保标准调整"));

    assertThat(parameters.snapshot("110108001", change.minusDays(1)).dibaoStandard()).isEqualByComparingTo("1450");
    assertThat(parameters.snapshot("110108001", change).dibaoStandard()).isEqualByComparingTo("1500");
    assertThat(parameters.snapshot("110108001", change).values().get(PolicyCatalogue.DIBAO_STANDARD).value())
        .isEqualTo("1500");
    assertThat(parameters.snapshot("110105001", change).dibaoStandard()).isEqualByComparingTo("1450");
  }

  @Test
  void changesTheVersionWhenARowInForceIsAdded() {
    LocalDate day = LocalDate.of(2042, 7, 1);
    String before = parameters.snapshot("110108002", day).version();
    String dayBefore = parameters.snapshot("110108002", day.minusDays(1)).version();

    parameters.set(new PolicyParameters.NewValue("110108002", PolicyCatalogue.NOTICE_REPEAT_AFTER_OBJECTION,
        "false", day, "街道规定"));

    assertThat(parameters.snapshot("110108002", day).version()).isNotEqualTo(before);
    assertThat(parameters.snapshot("110108002", day).noticeRepeatAfterObjection()).isFalse();
    assertThat(parameters.snapshot("110108002", day.minusDays(1)).version()).isEqualTo(dayBefore);
    assertThat(parameters.snapshot("110108002", day).version()).isEqualTo(
        parameters.snapshot("110108002", day).version());
  }

  @Test
  void ignoresStoredRowsOfARetiredParameter() {
    LocalDate day = LocalDate.of(2044, 1, 1);
    // what a database of an earlier release holds: a bureau's value of the retired any-kind grade parameter
    Long id = jdbc.queryForObject("""
        insert into policy_parameters (jurisdiction_code, code, value, effective_from, reason, created_by, created_at)
        values ('110105', 'tekun.disabilityMaxGrade', '4', ?, '旧版本参数', 'test', now()) returning id""",
        Long.class, day);

    PolicySnapshot snapshot = parameters.snapshot("110105001", day);

    assertThat(snapshot.values()).doesNotContainKey("tekun.disabilityMaxGrade");
    assertThat(snapshot.version().substring(2).split(";")[0].split("\\.")).doesNotContain(String.valueOf(id));
    assertThat(snapshot.tekunIncapacityMaxGrade(DisabilityKind.PHYSICAL)).isEqualTo(2);
    assertThat(snapshot.tekunIncapacityMaxGrade(DisabilityKind.HEARING)).isZero();
    assertThat(parameters.retiredCodes()).contains("tekun.disabilityMaxGrade")
        .doesNotContain(TekunIncapacityGrades.code(DisabilityKind.PHYSICAL));
    assertThatThrownBy(() -> parameters.set(new PolicyParameters.NewValue("110105", "tekun.disabilityMaxGrade", "3",
        day, "再设旧参数"))).isInstanceOf(ApiException.class);
  }

  @Test
  void letsALaterRowOfTheSameDaySupersedeAnEarlierOne() {
    LocalDate day = LocalDate.of(2043, 1, 1);
    parameters.set(new PolicyParameters.NewValue("110105", PolicyCatalogue.MARGINAL_FACTOR, "1.8", day, "录入"));
    parameters.set(new PolicyParameters.NewValue("110105", PolicyCatalogue.MARGINAL_FACTOR, "1.6", day, "更正"));

    assertThat(parameters.snapshot("110105001", day).marginalFactor()).isEqualByComparingTo(new BigDecimal("1.6"));
  }

  @Test
  void neverUpdatesOrDeletesARow() {
    assertThatThrownBy(() -> jdbc.update("update policy_parameters set value = '1' where code = ?",
        PolicyCatalogue.DIBAO_STANDARD)).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.update("delete from policy_parameters where code = ?",
        PolicyCatalogue.DIBAO_STANDARD)).isInstanceOf(DataAccessException.class);
  }

  @Test
  void refusesAnUnknownJurisdiction() {
    assertThatThrownBy(() -> parameters.snapshot("999999", LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("JURISDICTION_NOT_FOUND"));
  }
}
