package cn.gov.civilaffairs.assistance.support;

import cn.gov.civilaffairs.assistance.households.ResidentIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** One-line fixtures for requests. Every person gets a fresh valid resident ID. */
public final class Fixtures {

  private static final AtomicInteger PEOPLE = new AtomicInteger();
  public static final List<String> DIBAO_MATERIALS = List.of("APPLICATION_FORM", "RESIDENT_IDS",
      "HOUSEHOLD_REGISTER", "INCOME_DECLARATION", "ASSET_DECLARATION", "VERIFICATION_AUTHORISATION");

  private Fixtures() {}

  /** A person born on a day no other fixture person was born on, so their ID is unique in the run. */
  public static Map<String, Object> person(String name, String relation, boolean male) {
    LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(PEOPLE.incrementAndGet());
    String first17 = "110105" + birthDate.toString().replace("-", "") + "00" + (male ? "1" : "2");
    Map<String, Object> person = new HashMap<>();
    person.put("name", name);
    person.put("residentId", first17 + ResidentIds.checkCharacter(first17));
    person.put("relation", relation);
    person.put("birthDate", birthDate.toString());
    person.put("sex", male ? "MALE" : "FEMALE");
    person.put("workAbility", "PARTIAL");
    person.put("illness", "NONE");
    person.put("employmentStatus", "UNEMPLOYED");
    person.put("studentStatus", "NONE");
    return person;
  }

  /** A household of a head and a spouse in {@code communityCode}, with one wage income of the head and 800 saved. */
  public static Map<String, Object> aCoupleIn(String communityCode) {
    Map<String, Object> head = person("王建国", "HEAD", true);
    Map<String, Object> spouse = person("李秀英", "SPOUSE", false);
    Map<String, Object> household = new HashMap<>();
    household.put("communityCode", communityCode);
    household.put("address", "永安里" + PEOPLE.get() + "号楼");
    household.put("phone", "13800001234");
    household.put("members", new ArrayList<>(List.of(head, spouse)));
    household.put("incomes", new ArrayList<>(List.of(Map.of("memberResidentId", head.get("residentId"),
        "kind", "WAGES", "periodStart", "2026-01-01", "periodEnd", "2026-06-30", "amount", 6000))));
    // Within the verification's asset tolerance (1,000): no bank needs to report it for the verification to pass.
    household.put("assets", new ArrayList<>(List.of(Map.of("kind", "DEPOSIT", "description", "活期存款",
        "value", 800))));
    household.put("rigidExpenses", new ArrayList<>(List.of(Map.of("memberResidentId", spouse.get("residentId"),
        "kind", "MEDICAL", "periodStart", "2026-01-01", "periodEnd", "2026-06-30", "amount", 1200.50))));
    return household;
  }

  /** A complete 低保 application of a new household of two at the street of {@code communityCode}. */
  public static Map<String, Object> aDibaoApplicationOfANewCouple(String communityCode) {
    Map<String, Object> household = aCoupleIn(communityCode);
    Map<String, Object> application = new HashMap<>();
    application.put("category", "DIBAO");
    application.put("streetCode", communityCode.substring(0, 9));
    application.put("household", household);
    application.put("applicantResidentId", headOf(household).get("residentId"));
    application.put("truthPledgeSigned", true);
    application.put("verificationConsent", true);
    application.put("materials", new ArrayList<>(DIBAO_MATERIALS));
    return application;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> headOf(Map<String, Object> household) {
    return ((List<Map<String, Object>>) household.get("members")).get(0);
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> membersOf(Map<String, Object> household) {
    return (List<Map<String, Object>>) household.get("members");
  }
}
