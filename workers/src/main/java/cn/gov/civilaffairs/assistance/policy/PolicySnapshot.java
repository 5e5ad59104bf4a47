package cn.gov.civilaffairs.assistance.policy;

import static cn.gov.civilaffairs.assistance.policy.PolicyCatalogue.*;

import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The policy parameters in force in one jurisdiction on one day, each with where it came from.
 *
 * @param version names exactly the rows used: {@code P:} and their ids in ascending order, plus {@code ;D:} and
 *     the codes that fell back to the catalogue default. Rows are never changed, so the same version always means
 *     the same values; a decision stores it.
 */
public record PolicySnapshot(String jurisdictionCode, LocalDate day, String version, Map<String, Value> values) {

  /** One effective value and its provenance; {@code rowId}, {@code setAt} and {@code effectiveFrom} are null for
   * a catalogue default. */
  public record Value(String code, String value, Long rowId, String setAt, LocalDate effectiveFrom) {

    public boolean isDefault() {
      return rowId == null;
    }
  }

  public PolicySnapshot {
    values = Map.copyOf(values);
  }

  /** A snapshot of the given values with every other code at its catalogue default (tests, previews). */
  static PolicySnapshot of(String jurisdictionCode, LocalDate day, Map<String, Value> found) {
    Map<String, Value> all = new LinkedHashMap<>();
    for (ParameterDefinition definition : PolicyCatalogue.all()) {
      Value value = found.get(definition.code());
      all.put(definition.code(), value != null ? value
          : new Value(definition.code(), definition.defaultValue(), null, null, null));
    }
    String rows = all.values().stream().map(Value::rowId).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new)).stream().map(String::valueOf)
        .collect(Collectors.joining("."));
    String defaults = all.values().stream().filter(Value::isDefault).map(Value::code).sorted()
        .collect(Collectors.joining(","));
    // Unmodifiable: snapshots are shared between callers (PolicyParameters keeps them).
    return new PolicySnapshot(jurisdictionCode, day, "P:" + rows + (defaults.isEmpty() ? "" : ";D:" + defaults),
        java.util.Collections.unmodifiableMap(all));
  }

  /** The catalogue defaults only: for rule tests and previews, never for a decision. */
  public static PolicySnapshot defaults(LocalDate day) {
    return of(null, day, Map.of());
  }

  /** A copy with one value replaced (as if set by a row without id): for rule tests and what-if previews. */
  public PolicySnapshot with(String code, String value) {
    ParameterDefinition definition = PolicyCatalogue.require(code);
    definition.problemWith(value).ifPresent(problem -> {
      throw new IllegalArgumentException(code + "=" + value + ": " + problem);
    });
    Map<String, Value> changed = new LinkedHashMap<>(values);
    changed.put(code, new Value(code, definition.canonical(value), null, "what-if", null));
    return new PolicySnapshot(jurisdictionCode, day, version + ";W:" + code + "=" + value, changed);
  }

  public String text(String code) {
    Value value = values.get(code);
    if (value == null) {
      throw new IllegalArgumentException("No policy parameter " + code);
    }
    return value.value();
  }

  public BigDecimal decimal(String code) {
    return new BigDecimal(text(code));
  }

  public int integer(String code) {
    return Integer.parseInt(text(code));
  }

  public boolean bool(String code) {
    return Boolean.parseBoolean(text(code));
  }

  /** 低保 standard, yuan per person per month. */
  public BigDecimal dibaoStandard() {
    return decimal(DIBAO_STANDARD);
  }

  public BigDecimal marginalFactor() {
    return decimal(MARGINAL_FACTOR);
  }

  public RigidTest rigidTest() {
    return RigidTest.valueOf(text(RIGID_TEST));
  }

  public BigDecimal rigidShare() {
    return decimal(RIGID_SHARE);
  }

  public BigDecimal rigidK() {
    return decimal(RIGID_K);
  }

  /** Last year's local per-capita disposable income, yuan per year. */
  public BigDecimal rigidDisposableIncomePerCapita() {
    return decimal(RIGID_DISPOSABLE_INCOME);
  }

  public int rigidValidityMonths() {
    return integer(RIGID_VALIDITY_MONTHS);
  }

  /** Financial assets (deposits, securities) allowed per person, in months of the 低保 standard. */
  public BigDecimal financialAssetMonths() {
    return decimal(ASSET_FINANCIAL_MONTHS);
  }

  /** Months before the month of the application whose income counts (收入计算期限), the divisor of monthly income. */
  public int incomeWindowMonths() {
    return integer(INCOME_WINDOW_MONTHS);
  }

  public int maxVehicles() {
    return integer(ASSET_VEHICLES);
  }

  public int maxRealEstate() {
    return integer(ASSET_REAL_ESTATE);
  }

  public int maxBusinesses() {
    return integer(ASSET_BUSINESSES);
  }

  public BigDecimal tekunFinancialAssetMonths() {
    return decimal(TEKUN_ASSET_FINANCIAL_MONTHS);
  }

  public int tekunMaxVehicles() {
    return integer(TEKUN_ASSET_VEHICLES);
  }

  public int tekunMaxRealEstate() {
    return integer(TEKUN_ASSET_REAL_ESTATE);
  }

  public int tekunMaxBusinesses() {
    return integer(TEKUN_ASSET_BUSINESSES);
  }

  /** 分类施保 for elderly members, as a share of the standard. */
  public BigDecimal incrementElderly() {
    return decimal(INCREMENT_ELDERLY);
  }

  public int incrementElderlyAge() {
    return integer(INCREMENT_ELDERLY_AGE);
  }

  public BigDecimal incrementMinor() {
    return decimal(INCREMENT_MINOR);
  }

  public BigDecimal incrementSeverelyDisabled() {
    return decimal(INCREMENT_SEVERELY_DISABLED);
  }

  public BigDecimal incrementSeriouslyIll() {
    return decimal(INCREMENT_SERIOUSLY_ILL);
  }

  /** 特困 basic living standard as a multiple of the 低保 standard. */
  public BigDecimal tekunBasicLivingFactor() {
    return decimal(TEKUN_BASIC_LIVING_FACTOR);
  }

  /**
   * The highest grade of {@code kind} deemed unable to work for 特困 (认定办法 art. 5), 0 = none: the local value, never
   * below the national one (a row stored below it, e.g. before the catalogue's minimum existed, does not remove it).
   */
  public int tekunIncapacityMaxGrade(DisabilityKind kind) {
    return Math.max(TekunIncapacityGrades.national(kind), integer(TekunIncapacityGrades.code(kind)));
  }

  public BigDecimal tekunRecheckShare() {
    return decimal(TEKUN_RECHECK_SHARE);
  }

  public int slaTotal() {
    return integer(SLA_TOTAL);
  }

  public int slaExtended() {
    return integer(SLA_EXTENDED);
  }

  public int slaDelegated() {
    return integer(SLA_DELEGATED);
  }

  public int noticeDays() {
    return integer(NOTICE_DAYS);
  }

  public boolean noticeCountsTowardSla() {
    return bool(NOTICE_COUNTS_TOWARD_SLA);
  }

  public boolean noticeRepeatAfterObjection() {
    return bool(NOTICE_REPEAT_AFTER_OBJECTION);
  }

  public boolean decisionDelegatedToStreet() {
    return bool(DECISION_DELEGATED_TO_STREET);
  }

  /** The amount a street may approve and pay at once from its reserve fund: a multiple of the monthly standard. */
  public BigDecimal aidStreetCeiling() {
    return dibaoStandard().multiply(decimal(AID_STREET_CEILING_MULTIPLE));
  }

  public int aidEmergencyApprovalHours() {
    return integer(AID_EMERGENCY_APPROVAL_HOURS);
  }

  public int aidPaperworkDays() {
    return integer(AID_PAPERWORK_DAYS);
  }

  /** Above this amount the county's case conference (一事一议) decides before the approval. */
  public BigDecimal aidConferenceThreshold() {
    return dibaoStandard().multiply(decimal(AID_CONFERENCE_MULTIPLE));
  }

  public int aidSameReasonMonths() {
    return integer(AID_SAME_REASON_MONTHS);
  }
}
