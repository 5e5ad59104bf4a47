package cn.gov.civilaffairs.assistance.review;

import cn.gov.civilaffairs.assistance.households.ResidentIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enrolled households for review tests: registered through the API, then enrolled as an approved 低保 case would
 * have left them (case closed, county approval, enrolment), in streets of their own.
 */
public final class ReviewFixtures {

  private static final AtomicInteger PEOPLE = new AtomicInteger();

  private ReviewFixtures() {}

  /** A street under district 110105 with one community, created unless it exists. */
  public static void aStreet(JdbcTemplate jdbc, String street) {
    jdbc.update("""
        insert into jurisdictions (code, parent_code, level, name, path) values (?, '110105', 'STREET', '核查测试街道', ?)
        on conflict do nothing""", street, "110000/110105/" + street + "/");
    jdbc.update("""
        insert into jurisdictions (code, parent_code, level, name, path) values (?, ?, 'COMMUNITY', '核查测试社区', ?)
        on conflict do nothing""", street + "001", street, "110000/110105/" + street + "/" + street + "001/");
  }

  /** One working-age person able to work, without income, with a fresh resident ID. */
  static Map<String, Object> aPerson(String name) {
    LocalDate birthDate = LocalDate.of(1986, 1, 1).plusDays(PEOPLE.incrementAndGet());
    String first17 = "110105" + birthDate.toString().replace("-", "") + "08" + "1";
    Map<String, Object> person = new HashMap<>();
    person.put("name", name);
    person.put("residentId", first17 + ResidentIds.checkCharacter(first17));
    person.put("relation", "HEAD");
    person.put("birthDate", birthDate.toString());
    person.put("sex", "MALE");
    person.put("workAbility", "PARTIAL");
    person.put("illness", "NONE");
    person.put("employmentStatus", "UNEMPLOYED");
    person.put("studentStatus", "NONE");
    person.put("legalSupport", "NONE");
    return person;
  }

  static Map<String, Object> aHouseholdOf(String street, Map<String, Object> head) {
    Map<String, Object> household = new HashMap<>();
    household.put("communityCode", street + "001");
    household.put("address", "核查里" + PEOPLE.get() + "号");
    household.put("phone", "13900001234");
    household.put("members", new ArrayList<>(List.of(head)));
    return household;
  }

  /** Enrols the household as an approved 低保 case: {@code benefit} a month, next review on {@code nextReview}. */
  static long enrol(JdbcTemplate jdbc, long householdId, String street, String benefit, LocalDate nextReview) {
    long head = jdbc.queryForObject("select min(id) from household_members where household_id = ?", Long.class,
        householdId);
    String caseNumber = "DB-" + street + "-2025-R" + householdId;
    jdbc.update("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id, truth_pledge_signed,
          verification_consent, status, accepted_at, closed_at, outcome)
        values (?, 'DIBAO', ?, ?, ?, true, true, 'CLOSED', now() - interval '1 year', now() - interval '11 months',
          'EndEvent_Approved')""", caseNumber, street, householdId, head);
    Long decision = jdbc.queryForObject("""
        insert into case_decisions (case_number, task_id, kind, level, decision, monthly_benefit, start_month, reasons,
          decided_by, decided_at) values (?, ?, 'DECISION', 'COUNTY', 'APPROVE', ?, ?, '[]', 'fixture',
          now() - interval '11 months') returning id""", Long.class, caseNumber, "fixture-" + caseNumber,
        new java.math.BigDecimal(benefit), java.sql.Date.valueOf(LocalDate.now().withDayOfMonth(1).minusMonths(10)));
    return jdbc.queryForObject("""
        insert into enrolments (household_id, case_number, category, monthly_benefit, start_month, next_review_on,
          status, decision_id, enrolled_at) values (?, ?, 'DIBAO', ?, ?, ?, 'ACTIVE', ?, now() - interval '11 months')
        returning id""", Long.class, householdId, caseNumber, new java.math.BigDecimal(benefit),
        java.sql.Date.valueOf(LocalDate.now().withDayOfMonth(1).minusMonths(10)), java.sql.Date.valueOf(nextReview),
        decision);
  }
}
