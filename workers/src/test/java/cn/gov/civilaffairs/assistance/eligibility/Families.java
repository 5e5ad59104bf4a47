package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.eligibility.HouseholdFacts.MemberFacts;
import cn.gov.civilaffairs.assistance.eligibility.HouseholdFacts.Source;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** One-line household facts for rule tests, all on {@link #AS_OF}. */
final class Families {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
  private static final AtomicLong IDS = new AtomicLong();

  private Families() {}

  /** Members with no income of their own; the household's monthly income is given as a whole. */
  static HouseholdFacts withMonthlyIncome(String income, MemberFacts... members) {
    return new HouseholdFacts(AS_OF, List.of(members), new BigDecimal(income), BigDecimal.ZERO, Map.of(),
        BigDecimal.ZERO);
  }

  static HouseholdFacts withRigidSpending(HouseholdFacts facts, String last12Months) {
    return new HouseholdFacts(facts.asOf(), facts.members(), facts.unassignedMonthlyIncome(),
        facts.excludedMonthlyIncome(), facts.assets(), new BigDecimal(last12Months));
  }

  /** An adult able to work partly, no disability, no illness, aged {@code age} on {@link #AS_OF}. */
  static MemberFacts aged(int age) {
    return person(age, WorkAbility.PARTIAL, null, null, Illness.NONE, LegalSupport.ABLE);
  }

  /** Turns {@code age} on {@link #AS_OF} itself (a birthday). */
  static MemberFacts person(int age, WorkAbility workAbility, DisabilityKind disabilityKind, Integer grade,
      Illness illness, LegalSupport legalSupport) {
    long id = IDS.incrementAndGet();
    return new MemberFacts(id, "成员" + id, AS_OF.minusYears(age), disabilityKind, grade, workAbility, illness,
        StudentStatus.NONE, legalSupport, BigDecimal.ZERO, Source.DECLARED);
  }

  /** Turns {@code age} tomorrow: still {@code age - 1} on {@link #AS_OF}. */
  static MemberFacts turningTomorrow(int age, WorkAbility workAbility, LegalSupport legalSupport) {
    long id = IDS.incrementAndGet();
    return new MemberFacts(id, "成员" + id, AS_OF.minusYears(age).plusDays(1), null, null, workAbility,
        Illness.NONE, StudentStatus.NONE, legalSupport, BigDecimal.ZERO, Source.DECLARED);
  }

  /** A person who could be 特困 by age or disability: no work ability, no supporter able to support. */
  static MemberFacts alone(int age) {
    return person(age, WorkAbility.PARTIAL, null, null, Illness.NONE, LegalSupport.NONE);
  }

  static MemberFacts disabled(DisabilityKind kind, int grade, WorkAbility workAbility) {
    return person(40, workAbility, kind, grade, Illness.NONE, LegalSupport.NONE);
  }
}
