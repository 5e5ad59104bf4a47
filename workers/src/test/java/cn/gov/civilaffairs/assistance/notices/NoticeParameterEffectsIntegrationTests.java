package cn.gov.civilaffairs.assistance.notices;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 公示 lasts the street's notice.days and stops the case's clock unless the district counts it toward the time
 * limit (notice.countsTowardSla): street 110186001 publishes for 10 days in district 110186, which counts the
 * period; 110105001 keeps the defaults (7 days, not counted).
 */
class NoticeParameterEffectsIntegrationTests extends ParameterEffectsTest {


  @Autowired
  PublicNotices notices;

  @Autowired
  NoticePolicy policy;

  private String street;

  @BeforeEach
  void aStreetWithLongerNoticesInADistrictThatCountsThem() {
    street = OwnDistricts.aDistrictWithOneStreet(jdbc, "110186");
    setParameter(street, "notice.days", 10, "2025-01-01");
    setParameter("110186", "notice.countsTowardSla", true, "2025-01-01");
  }

  @Test
  @ProvesParameter("notice.days")
  void publishesForTheStreetsNumberOfDays() {
    PublicNotices.Notice longer = publish(aDibaoCaseIn(street + "001"));
    PublicNotices.Notice usual = publish(aDibaoCaseIn("110105001001"));

    assertThat(ChronoUnit.DAYS.between(longer.startsOn(), longer.endsOn()) + 1).isEqualTo(10);
    assertThat(ChronoUnit.DAYS.between(usual.startsOn(), usual.endsOn()) + 1).isEqualTo(7);
  }

  @Test
  @ProvesParameter("notice.countsTowardSla")
  void stopsTheCasesClockDuringTheNoticeOnlyWhereItDoesNotCount() {
    String counted = aDibaoCaseIn(street + "001");
    String paused = aDibaoCaseIn("110105001001");

    publish(counted);
    publish(paused);

    assertThat(count("select count(*) from case_clock_pauses where case_number = ?", counted)).isZero();
    assertThat(count("select count(*) from case_clock_pauses where case_number = ?", paused)).isEqualTo(1);
  }

  private PublicNotices.Notice publish(String caseNumber) {
    return notices.publish(caseNumber, 1, policy.termsFor(caseNumber));
  }

}
