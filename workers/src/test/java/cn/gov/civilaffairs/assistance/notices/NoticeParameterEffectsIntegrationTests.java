package cn.gov.civilaffairs.assistance.notices;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The 公示 lasts the street's notice.days and stops the case's clock unless the district counts it toward the time
 * limit (notice.countsTowardSla): street 110186001 publishes for 10 days in district 110186, which counts the
 * period; 110105001 keeps the defaults (7 days, not counted).
 */
class NoticeParameterEffectsIntegrationTests extends IntegrationTest {

  private static final String ADMIN = "params.admin";

  @Autowired
  PublicNotices notices;

  @Autowired
  NoticePolicy policy;

  private String street;

  @BeforeEach
  void aStreetWithLongerNoticesInADistrictThatCountsThem() {
    street = OwnDistricts.aDistrictWithOneStreet(jdbc, "110186");
    ensureUser(ADMIN, "110000", Role.ADMIN);
    OwnDistricts.setParameter(jdbc, as(ADMIN), street, "notice.days", 10, "2025-01-01");
    OwnDistricts.setParameter(jdbc, as(ADMIN), "110186", "notice.countsTowardSla", true, "2025-01-01");
  }

  @Test
  @ProvesParameter("notice.days")
  void publishesForTheStreetsNumberOfDays() {
    PublicNotices.Notice longer = publish(accept(street + "001"));
    PublicNotices.Notice usual = publish(accept("110105001001"));

    assertThat(ChronoUnit.DAYS.between(longer.startsOn(), longer.endsOn()) + 1).isEqualTo(10);
    assertThat(ChronoUnit.DAYS.between(usual.startsOn(), usual.endsOn()) + 1).isEqualTo(7);
  }

  @Test
  @ProvesParameter("notice.countsTowardSla")
  void stopsTheCasesClockDuringTheNoticeOnlyWhereItDoesNotCount() {
    String counted = accept(street + "001");
    String paused = accept("110105001001");

    publish(counted);
    publish(paused);

    assertThat(count("select count(*) from case_clock_pauses where case_number = ?", counted)).isZero();
    assertThat(count("select count(*) from case_clock_pauses where case_number = ?", paused)).isEqualTo(1);
  }

  private PublicNotices.Notice publish(String caseNumber) {
    return notices.publish(caseNumber, 1, policy.termsFor(caseNumber));
  }

  private String accept(String community) {
    ResponseEntity<Map<String, Object>> accepted = post("/api/applications",
        aDibaoApplicationOfANewCouple(community));
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) accepted.getBody().get("caseNumber");
  }
}
