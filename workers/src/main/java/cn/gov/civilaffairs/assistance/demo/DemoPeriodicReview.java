package cn.gov.civilaffairs.assistance.demo;

import cn.gov.civilaffairs.assistance.households.EmploymentStatus;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.NewHousehold;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.MemberDetails;
import cn.gov.civilaffairs.assistance.households.Relation;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.households.Sex;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.verification.ExtractImports;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Enrolled households for the periodic review (profile {@code demo}), in 朝外街道's second community: three 低保
 * households approved last year, one paid less than the rules now give (an increase), one unchanged, and one whose
 * new bank extract shows a deposit far above the asset limit (no longer eligible: a stop). Loaded once, after the
 * demo city.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPeriodicReview implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPeriodicReview.class);
  private static final String STREET = "110105002";
  private static final String COMMUNITY = "110105002002";

  private final HouseholdRegistry households;
  private final ExtractImports extracts;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;

  DemoPeriodicReview(HouseholdRegistry households, ExtractImports extracts, JdbcTemplate jdbc, Clock clock,
      @Value("${app.zone}") ZoneId zone) {
    this.households = households;
    this.extracts = extracts;
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer existing = jdbc.queryForObject("select count(*) from households where community_code = ?",
        Integer.class, COMMUNITY);
    if (existing != null && existing > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(zone));
    MemberDetails zhaoQiang = person("赵强", LocalDate.of(1979, 5, 6));
    MemberDetails sunLi = person("孙丽", LocalDate.of(1982, 8, 19));
    MemberDetails zhouJie = person("周杰", LocalDate.of(1977, 12, 3));
    // The bank extract of today: the demo city's deposit again, and 周杰's new one (imported before he is enrolled,
    // so it starts no data-match review of its own; the campaign finds it).
    String zhangWei = "11010519750314021";
    zhangWei += ResidentIds.checkCharacter(zhangWei);
    try {
      new DemoExtracts().deposit(zhangWei, "中国工商银行", "5600").deposit(zhouJie.residentId(), "中国建设银行", "300000")
          .importInto(extracts, today);
    } catch (IOException e) {
      throw new IllegalStateException("Demo review extracts could not be imported", e);
    }
    enrol(register(zhaoQiang, "朝外街道吉祥里10号楼101"), "1450", today);
    enrol(register(sunLi, "朝外街道吉祥里10号楼102"), "1000", today);
    enrol(register(zhouJie, "朝外街道吉祥里10号楼103"), "1450", today);
    log.info("Loaded 3 enrolled households for the periodic review in {}", COMMUNITY);
  }

  private Household register(MemberDetails head, String address) {
    return households.register(new NewHousehold(COMMUNITY, address, "13901020000", List.of(head), List.of(),
        List.of(), List.of()), "");
  }

  /** Enrolled as an approved 低保 case of last year would have left it. */
  private void enrol(Household household, String benefit, LocalDate today) {
    Long head = jdbc.queryForObject("select min(id) from household_members where household_id = ?", Long.class,
        household.id());
    String caseNumber = "DB-" + STREET + "-" + (today.getYear() - 1) + "-R" + household.id();
    LocalDate start = today.withDayOfMonth(1).minusMonths(11);
    jdbc.update("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id, truth_pledge_signed,
          verification_consent, status, accepted_at, closed_at, outcome, outcome_name)
        values (?, 'DIBAO', ?, ?, ?, true, true, 'CLOSED', now() - interval '1 year', now() - interval '1 year',
          'EndEvent_Approved', '批准')""", caseNumber, STREET, household.id(), head);
    Long decision = jdbc.queryForObject("""
        insert into case_decisions (case_number, task_id, kind, level, decision, monthly_benefit, start_month, reasons,
          decided_by, decided_at) values (?, ?, 'DECISION', 'COUNTY', 'APPROVE', ?, ?, '[]', 'approver.110105',
          now() - interval '1 year') returning id""", Long.class, caseNumber, "demo-" + caseNumber,
        new BigDecimal(benefit), Date.valueOf(start));
    jdbc.update("""
        insert into enrolments (household_id, case_number, category, monthly_benefit, start_month, next_review_on,
          status, decision_id, enrolled_at) values (?, ?, 'DIBAO', ?, ?, ?, 'ACTIVE', ?, now() - interval '1 year')""",
        household.id(), caseNumber, new BigDecimal(benefit), Date.valueOf(start),
        Date.valueOf(today.withDayOfMonth(1).plusMonths(1)), decision);
  }

  private static MemberDetails person(String name, LocalDate birthDate) {
    String first17 = "110105" + birthDate.toString().replace("-", "") + "03" + "1";
    return new MemberDetails(name, first17 + ResidentIds.checkCharacter(first17), Relation.HEAD, birthDate, Sex.MALE,
        null, null, WorkAbility.PARTIAL, Illness.NONE, null, EmploymentStatus.UNEMPLOYED, StudentStatus.NONE,
        LegalSupport.NONE);
  }
}
