package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/** A street of district 110105 of its own for a test, with one community and its staff. */
record TemporaryAidStreet(String code, String community, String clerk, String caseworker, String reviewer,
    String head) {

  static final String DISTRICT = "110105";
  static final String APPROVER = "aid.approver.110105";
  static final String AUDITOR = "aid.auditor.110105";
  static final String OTHER_AUDITOR = "aid.auditor.110108";
  private static final AtomicInteger STREETS = new AtomicInteger(700);

  interface Staff {
    void ensure(String username, String jurisdiction, Role role);
  }

  static TemporaryAidStreet create(JdbcTemplate jdbc, Staff staff) {
    String code = DISTRICT + STREETS.incrementAndGet();
    String community = code + "001";
    jdbc.update("insert into jurisdictions (code, parent_code, level, name, path) values (?, ?, 'STREET', ?, ?)",
        code, DISTRICT, "临时救助测试街道" + code.substring(6), "110000/110105/" + code + "/");
    jdbc.update("insert into jurisdictions (code, parent_code, level, name, path) values (?, ?, 'COMMUNITY', ?, ?)",
        community, code, "测试社区" + code.substring(6), "110000/110105/" + code + "/" + community + "/");
    TemporaryAidStreet street = new TemporaryAidStreet(code, community, "aid.clerk." + code,
        "aid.caseworker." + code, "aid.reviewer." + code, "aid.head." + code);
    staff.ensure(street.clerk(), code, Role.WINDOW_CLERK);
    staff.ensure(street.caseworker(), code, Role.CASEWORKER);
    staff.ensure(street.reviewer(), code, Role.STREET_REVIEWER);
    staff.ensure(street.head(), code, Role.STREET_HEAD);
    staff.ensure(APPROVER, DISTRICT, Role.COUNTY_APPROVER);
    staff.ensure(AUDITOR, DISTRICT, Role.COUNTY_AUDITOR);
    staff.ensure(OTHER_AUDITOR, "110108", Role.COUNTY_AUDITOR);
    return street;
  }

  /** A temporary-aid application of a new couple of this street; the head applies. */
  Map<String, Object> application(String aidType, String reason, Object amount) {
    return application(aidType, reason, amount, application -> {});
  }

  Map<String, Object> application(String aidType, String reason, Object amount,
      Consumer<Map<String, Object>> change) {
    Map<String, Object> household = Fixtures.aCoupleIn(community);
    Map<String, Object> application = new HashMap<>();
    application.put("category", "TEMPORARY_AID");
    application.put("streetCode", code);
    application.put("household", household);
    application.put("applicantResidentId", Fixtures.headOf(household).get("residentId"));
    application.put("truthPledgeSigned", true);
    application.put("verificationConsent", true);
    application.put("materials", new ArrayList<>(List.of("APPLICATION_FORM", "RESIDENT_IDS", "HARDSHIP_PROOF",
        "VERIFICATION_AUTHORISATION")));
    Map<String, Object> aid = new HashMap<>();
    aid.put("aidType", aidType);
    aid.put("reason", reason);
    aid.put("amountRequested", amount);
    aid.put("aidForm", "CASH");
    application.put("temporaryAid", aid);
    change.accept(application);
    return application;
  }
}
