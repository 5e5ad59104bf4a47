package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.Household;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.HouseholdSnapshot;
import cn.gov.civilaffairs.assistance.policy.PolicyParameters;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.verification.VerificationReport;
import cn.gov.civilaffairs.assistance.verification.VerificationReports;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses a registered household under the policy in force where it lives on the day: its current facts next to
 * the newest verification report of its cases, as a case assessment counts them.
 */
@Service
public class HouseholdEligibility {

  private final HouseholdRegistry registry;
  private final PolicyParameters policy;
  private final VerificationReports reports;

  HouseholdEligibility(HouseholdRegistry registry, PolicyParameters policy, VerificationReports reports) {
    this.registry = registry;
    this.policy = policy;
    this.reports = reports;
  }

  /**
   * The counted facts: the household's current declaration assessed on {@code asOf} (the income window of the
   * policy), next to what {@code report} found (null: the declaration alone). Every assessment goes through here.
   */
  static HouseholdFacts counted(HouseholdSnapshot household, LocalDate asOf, PolicySnapshot snapshot,
      VerificationReport report) {
    HouseholdFacts facts = HouseholdFacts.of(household, asOf, snapshot.incomeWindowMonths());
    return report == null ? facts : facts.withFound(report.foundFigures(facts.incomeWindow()));
  }

  /** The declared facts of a household assessed on a day, with the income window in force where it lives. */
  @Transactional(readOnly = true)
  public HouseholdFacts facts(long householdId, LocalDate asOf) {
    Household household = registry.require(householdId);
    return counted(HouseholdSnapshot.of(household), asOf, policy.snapshot(household.communityCode(), asOf), null);
  }

  /**
   * Assesses the household's current facts, next to the newest verification report of its cases, under the
   * snapshot of its community on {@code asOf}.
   *
   * @throws cn.gov.civilaffairs.assistance.api.ApiException 404 when the caller's scope does not cover it
   */
  @Transactional(readOnly = true)
  public Assessment assess(long householdId, Category category, LocalDate asOf) {
    Household household = registry.require(householdId);
    PolicySnapshot snapshot = policy.snapshot(household.communityCode(), asOf);
    HouseholdFacts facts = counted(HouseholdSnapshot.of(household), asOf, snapshot,
        reports.newestOfHousehold(householdId).orElse(null));
    return EligibilityRules.assess(facts, snapshot, category, asOf);
  }
}
