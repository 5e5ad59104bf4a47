package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assesses a registered household as declared, under the policy in force where it lives on the day. */
@Service
public class HouseholdEligibility {

  private final HouseholdRegistry registry;
  private final PolicyParameters policy;

  HouseholdEligibility(HouseholdRegistry registry, PolicyParameters policy) {
    this.registry = registry;
    this.policy = policy;
  }

  /** The declared facts of a household assessed on a day, with the income window in force where it lives. */
  @Transactional(readOnly = true)
  public HouseholdFacts facts(long householdId, LocalDate asOf) {
    Household household = registry.require(householdId);
    return HouseholdFacts.of(HouseholdSnapshot.of(household), asOf,
        policy.snapshot(household.communityCode(), asOf).incomeWindowMonths());
  }

  /**
   * Assesses the household's declared facts under the snapshot of its community on {@code asOf}.
   *
   * @throws cn.gov.civilaffairs.assistance.api.ApiException 404 when the caller's scope does not cover it
   */
  @Transactional(readOnly = true)
  public Assessment assess(long householdId, Category category, LocalDate asOf) {
    Household household = registry.require(householdId);
    PolicySnapshot snapshot = policy.snapshot(household.communityCode(), asOf);
    return EligibilityRules.assess(HouseholdFacts.of(HouseholdSnapshot.of(household), asOf,
        snapshot.incomeWindowMonths()), snapshot, category, asOf);
  }
}
