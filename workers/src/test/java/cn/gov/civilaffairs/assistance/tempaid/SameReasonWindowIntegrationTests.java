package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.Fixtures;
import cn.gov.civilaffairs.assistance.support.OwnDistricts;
import cn.gov.civilaffairs.assistance.support.ParameterEffectsTest;
import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The same-reason window of temporary aid is {@code aid.sameReasonMonths} in force at the case's district: aid
 * paid to the same person for the same reason on or after the calendar day that many months back flags the new
 * request. District 110195 sets 6 months; 110196 keeps the default 12.
 */
class SameReasonWindowIntegrationTests extends ParameterEffectsTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger CASES = new AtomicInteger();

  @Autowired
  TemporaryAidRequests requests;

  @Test
  @ProvesParameter("aid.sameReasonMonths")
  void flagsAidPaidWithinTheDistrictsSameReasonMonthsOnly() {
    String sixMonths = sixMonthDistrict();
    String twelveMonths = OwnDistricts.aDistrictWithOneStreet(jdbc, "110196");
    ZonedDateTime sevenMonthsAgo = today().minusMonths(7).atTime(LocalTime.NOON).atZone(ZONE);

    assertThat(flagged(twelveMonths, sevenMonthsAgo, "SUDDEN_ILLNESS")).isTrue();
    assertThat(flagged(sixMonths, sevenMonthsAgo, "SUDDEN_ILLNESS")).isFalse();
    assertThat(flagged(sixMonths, today().minusMonths(5).atTime(LocalTime.NOON).atZone(ZONE), "SUDDEN_ILLNESS"))
        .isTrue();
  }

  @Test
  void countsTheDayThatManyMonthsBackAndNotTheDayBefore() {
    String street = sixMonthDistrict();
    LocalDate boundary = today().minusMonths(6);

    assertThat(flagged(street, boundary.atStartOfDay(ZONE), "ACCIDENT")).isTrue();
    assertThat(flagged(street, boundary.plusDays(1).atStartOfDay(ZONE), "ACCIDENT")).isTrue();
    assertThat(flagged(street, boundary.atStartOfDay(ZONE).minusSeconds(1), "ACCIDENT")).isFalse();
    assertThat(flagged(street, boundary.minusDays(1).atTime(LocalTime.NOON).atZone(ZONE), "ACCIDENT")).isFalse();
  }

  @Test
  void saysWhichWindowItCheckedOnTheTimeline() {
    String street = sixMonthDistrict();

    String caseNumber = newRequestAfterAid(street, today().minusMonths(5).atStartOfDay(ZONE), "DISASTER");
    requests.checkRepeat(caseNumber, street, Map.of());

    assertThat(jdbc.queryForObject("""
        select e.detail from case_events e join cases c on c.id = e.case_id
        where c.case_number = ? and e.type = 'AID_REPEAT_FLAGGED'""", String.class, caseNumber))
        .startsWith("6 个月内已因同一事由获得临时救助");
  }

  private String sixMonthDistrict() {
    String street = OwnDistricts.aDistrictWithOneStreet(jdbc, "110195");
    if (count("select count(*) from policy_parameters where jurisdiction_code = '110195'") == 0) {
      ensureUser(ADMIN, "110000", Role.ADMIN);
      ResponseEntity<Map<String, Object>> set = as(ADMIN).exchange("/api/policy/parameters", HttpMethod.POST,
          new HttpEntity<>(Map.of("jurisdictionCode", "110195", "code", "aid.sameReasonMonths", "value", 6,
              "effectiveFrom", "2025-01-01", "reason", "区民政局：同一事由六个月内不重复救助"), jsonHeaders()), JSON_OBJECT);
      assertThat(set.getStatusCode()).as("%s", set.getBody()).isEqualTo(HttpStatus.CREATED);
    }
    return street;
  }

  private static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  private boolean flagged(String street, ZonedDateTime earlierPaidAt, String reason) {
    String caseNumber = newRequestAfterAid(street, earlierPaidAt, reason);
    return requests.checkRepeat(caseNumber, street, Map.of()).repeated();
  }

  /**
   * A person of {@code street} paid temporary aid for {@code reason} at {@code paidAt} in an earlier, closed case,
   * and a new open request of theirs for the same reason; returns the new case's number.
   */
  private String newRequestAfterAid(String street, ZonedDateTime paidAt, String reason) {
    Map<String, Object> person = Fixtures.person("赵临时", "HEAD", true);
    long household = jdbc.queryForObject("""
        insert into households (community_code, address, created_at, updated_at) values (?, '临时救助测试里', now(), now())
        returning id""", Long.class, street + "001");
    long member = jdbc.queryForObject("""
        insert into household_members (household_id, name, resident_id, relation, birth_date, sex, work_ability,
          illness, employment_status, student_status) values (?, ?, ?, 'HEAD', ?, 'MALE', 'PARTIAL', 'NONE',
          'UNEMPLOYED', 'NONE') returning id""", Long.class, household, person.get("name"),
        person.get("residentId"), LocalDate.parse((String) person.get("birthDate")));
    String earlier = aidCase(street, household, member, "CLOSED", reason, paidAt);
    jdbc.update("""
        insert into temporary_aid_payments (case_number, payment_key, source, stage, amount, status, recorded_by,
          recorded_at, payee_member_id) values (?, ?, 'RESERVE_FUND', 1, 800, 'PAID', 'test', ?, ?)""", earlier,
        earlier + ":1", Timestamp.from(paidAt.toInstant()), member);
    return aidCase(street, household, member, "OPEN", reason, ZonedDateTime.now(ZONE));
  }

  private String aidCase(String street, long household, long member, String status, String reason,
      ZonedDateTime acceptedAt) {
    String caseNumber = "LS-" + street + "-" + acceptedAt.getYear() + "-W" + CASES.incrementAndGet() + "-"
        + System.nanoTime() % 1_000_000;
    jdbc.update("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id,
          truth_pledge_signed, verification_consent, status, accepted_at, closed_at)
        values (?, 'TEMPORARY_AID', ?, ?, ?, true, true, ?, ?, ?)""", caseNumber, street, household, member, status,
        Timestamp.from(acceptedAt.toInstant()), status.equals("CLOSED") ? Timestamp.from(acceptedAt.toInstant())
            : null);
    jdbc.update("""
        insert into temporary_aid_requests (case_number, street_code, aid_type, reason, amount_requested, aid_form,
          recorded_by, recorded_at) values (?, ?, 'EMERGENCY', ?, 800, 'CASH', 'test', ?)""", caseNumber, street,
        reason, Timestamp.from(acceptedAt.toInstant()));
    return caseNumber;
  }
}
