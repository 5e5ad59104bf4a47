package cn.gov.civilaffairs.assistance.demo;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.intake.AcceptanceWindow;
import cn.gov.civilaffairs.assistance.intake.ApplicationForm;
import cn.gov.civilaffairs.assistance.reservefund.ReserveFunds;
import cn.gov.civilaffairs.assistance.tempaid.TemporaryAidDetails;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Temporary aid in the demo city: the county has funded the four streets' reserve funds, and 陈刚 (registered in
 * 永定路街道) asks for emergency aid at 建外街道 after a sudden illness; the case waits for the street head's approval.
 * Runs after {@link DemoCity}, once.
 */
@Component
@Profile("demo")
@Order(20)
class DemoTemporaryAid implements ApplicationRunner {

  static final List<String> STREETS = List.of("110105001", "110105002", "110108001", "110108002");

  private static final Logger log = LoggerFactory.getLogger(DemoTemporaryAid.class);

  private final ReserveFunds funds;
  private final AcceptanceWindow window;
  private final JdbcTemplate jdbc;

  DemoTemporaryAid(ReserveFunds funds, AcceptanceWindow window, JdbcTemplate jdbc) {
    this.funds = funds;
    this.window = window;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer funded = jdbc.queryForObject("select count(*) from reserve_funds", Integer.class);
    if (funded != null && funded > 0) {
      return;
    }
    STREETS.forEach(street -> funds.topUp(street, new BigDecimal("20000"), "区县拨付街道临时救助备用金"));
    List<Map<String, Object>> chenGang = jdbc.queryForList("select m.household_id, m.resident_id "
        + "from household_members m where m.name = '陈刚' and m.active");
    if (chenGang.size() != 1) {
      log.warn("Demo household of 陈刚 not found; no demo temporary-aid case");
      return;
    }
    long householdId = ((Number) chenGang.get(0).get("household_id")).longValue();
    String residentId = (String) chenGang.get(0).get("resident_id");
    window.accept(new ApplicationForm(Category.TEMPORARY_AID, "110105001", householdId, null, residentId, null, true,
        true, List.of("APPLICATION_FORM", "RESIDENT_IDS", "HARDSHIP_PROOF", "VERIFICATION_AUTHORISATION"),
        new TemporaryAidDetails(TemporaryAidDetails.AidType.EMERGENCY, TemporaryAidDetails.Reason.SUDDEN_ILLNESS,
            null, new BigDecimal("3000"), TemporaryAidDetails.AidForm.CASH)), "demo-temporary-aid-" + residentId);
    org.slf4j.MDC.remove("caseNumber");
    log.info("Loaded demo temporary aid: reserve funds of {} streets, one emergency waiting for the street head",
        STREETS.size());
  }
}
