package cn.gov.civilaffairs.assistance.policy;

import static cn.gov.civilaffairs.assistance.identity.JurisdictionLevel.DISTRICT;
import static cn.gov.civilaffairs.assistance.identity.JurisdictionLevel.STREET;

import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.identity.JurisdictionLevel;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every local policy parameter the system knows: code, labels, unit, type, bounds, shipped default and the lowest
 * jurisdiction level that may set it. Values live in {@code policy_parameters}; the defaults here only apply where
 * no row exists (the seed file loads them as city rows at start-up).
 */
public final class PolicyCatalogue {

  public static final String DIBAO_STANDARD = "dibao.standard";
  public static final String MARGINAL_FACTOR = "marginal.factor";
  public static final String RIGID_TEST = "rigid.test";
  public static final String RIGID_SHARE = "rigid.share";
  public static final String RIGID_K = "rigid.k";
  public static final String RIGID_DISPOSABLE_INCOME = "rigid.disposableIncomePerCapita";
  public static final String RIGID_VALIDITY_MONTHS = "rigid.validityMonths";
  public static final String ASSET_FINANCIAL_MONTHS = "asset.financialMonths";
  public static final String ASSET_VEHICLES = "asset.vehicles";
  public static final String ASSET_REAL_ESTATE = "asset.realEstate";
  public static final String ASSET_BUSINESSES = "asset.businesses";
  public static final String TEKUN_ASSET_FINANCIAL_MONTHS = "tekun.asset.financialMonths";
  public static final String TEKUN_ASSET_VEHICLES = "tekun.asset.vehicles";
  public static final String TEKUN_ASSET_REAL_ESTATE = "tekun.asset.realEstate";
  public static final String TEKUN_ASSET_BUSINESSES = "tekun.asset.businesses";
  public static final String INCOME_WINDOW_MONTHS = "income.windowMonths";
  public static final String TEKUN_INCAPACITY_VISUAL = "tekun.incapacity.visualMaxGrade";
  public static final String TEKUN_INCAPACITY_HEARING = "tekun.incapacity.hearingMaxGrade";
  public static final String TEKUN_INCAPACITY_SPEECH = "tekun.incapacity.speechMaxGrade";
  public static final String TEKUN_INCAPACITY_PHYSICAL = "tekun.incapacity.physicalMaxGrade";
  public static final String TEKUN_INCAPACITY_INTELLECTUAL = "tekun.incapacity.intellectualMaxGrade";
  public static final String TEKUN_INCAPACITY_MENTAL = "tekun.incapacity.mentalMaxGrade";
  public static final String TEKUN_INCAPACITY_MULTIPLE = "tekun.incapacity.multipleMaxGrade";
  public static final String INCREMENT_ELDERLY = "increment.elderly";
  public static final String INCREMENT_ELDERLY_AGE = "increment.elderlyAge";
  public static final String INCREMENT_MINOR = "increment.minor";
  public static final String INCREMENT_SEVERELY_DISABLED = "increment.severelyDisabled";
  public static final String INCREMENT_SERIOUSLY_ILL = "increment.seriouslyIll";
  public static final String TEKUN_BASIC_LIVING_FACTOR = "tekun.basicLivingFactor";
  public static final String TEKUN_RECHECK_SHARE = "tekun.recheckShare";
  public static final String SLA_TOTAL = "sla.total";
  public static final String SLA_EXTENDED = "sla.extended";
  public static final String SLA_DELEGATED = "sla.delegated";
  public static final String SLA_COUNTY_DECISION = "sla.countyDecision";
  public static final String SLA_TEKUN_COUNTY_DECISION = "sla.tekunCountyDecision";
  public static final String SLA_REFUSAL_DELIVERY = "sla.refusalDelivery";
  public static final String NOTICE_DAYS = "notice.days";
  public static final String NOTICE_COUNTS_TOWARD_SLA = "notice.countsTowardSla";
  public static final String NOTICE_REPEAT_AFTER_OBJECTION = "notice.repeatAfterObjection";
  public static final String DECISION_DELEGATED_TO_STREET = "decision.delegatedToStreet";
  public static final String AID_STREET_CEILING_MULTIPLE = "aid.streetCeilingMultiple";
  public static final String AID_EMERGENCY_APPROVAL_HOURS = "aid.emergencyApprovalHours";
  public static final String AID_PAPERWORK_DAYS = "aid.paperworkDays";
  public static final String AID_CONFERENCE_MULTIPLE = "aid.conferenceMultiple";
  public static final String AID_SAME_REASON_MONTHS = "aid.sameReasonMonths";
  public static final String AGREEMENT_MAX_HOUSEHOLDS_PER_CADRE = "agreement.maxHouseholdsPerCadre";
  public static final String AGREEMENT_SIGNING_DAYS = "agreement.signingDays";
  public static final String REVIEW_STABLE_MONTHS = "review.stableMonths";
  public static final String REVIEW_UNSTABLE_MONTHS = "review.unstableMonths";
  public static final String REVIEW_MATERIAL_CHANGE_YUAN = "review.materialChangeYuan";
  public static final String REVIEW_STREET_MAY_CONFIRM = "review.streetMayConfirm";
  public static final String REVIEW_GRADUAL_EXIT_MONTHS = "review.gradualExitMonths";
  public static final String AGREEMENT_VISIT_INTERVAL_DAYS = "agreement.visitIntervalDays";

  private static final Map<String, ParameterDefinition> DEFINITIONS = index(
      decimal(DIBAO_STANDARD, "低保标准", "Minimum living standard", "元/人/月", "1", "100000", "1450", DISTRICT),
      decimal(MARGINAL_FACTOR, "低保边缘倍数", "Near-dibao factor", "倍", "1", "3", "1.5", DISTRICT),
      choice(RIGID_TEST, "刚性支出认定公式", "Rigid-spending formula", List.of("RATIO", "RESIDUAL"), "RATIO", DISTRICT),
      decimal(RIGID_SHARE, "刚性支出占家庭收入比例", "Rigid spending share of income", "比例", "0.01", "1", "0.5",
          DISTRICT),
      decimal(RIGID_K, "刚性支出扣减后收入倍数 k", "Residual income factor k", "倍", "0.1", "5", "1", DISTRICT),
      decimal(RIGID_DISPOSABLE_INCOME, "上年度人均可支配收入", "Last year's disposable income per capita", "元/人/年",
          "1", "1000000", "85000", DISTRICT),
      integer(RIGID_VALIDITY_MONTHS, "刚性支出困难认定有效期", "Rigid-spending recognition validity", "月", 1, 12, 12,
          DISTRICT),
      decimal(ASSET_FINANCIAL_MONTHS, "人均金融资产上限（低保标准月数）", "Financial assets per person (months of standard)",
          "月", "0", "240", "24", DISTRICT),
      integer(ASSET_VEHICLES, "机动车辆上限", "Vehicles allowed", "辆", 0, 10, 0, DISTRICT),
      integer(ASSET_REAL_ESTATE, "住房套数上限", "Homes allowed", "套", 0, 10, 1, DISTRICT),
      integer(ASSET_BUSINESSES, "经营主体上限", "Businesses allowed", "个", 0, 10, 0, DISTRICT),
      decimal(TEKUN_ASSET_FINANCIAL_MONTHS, "特困人均金融资产上限（低保标准月数）",
          "Extreme poverty: financial assets per person (months of standard)", "月", "0", "240", "36", DISTRICT),
      integer(TEKUN_ASSET_VEHICLES, "特困机动车辆上限", "Extreme poverty: vehicles allowed", "辆", 0, 10, 0, DISTRICT),
      integer(TEKUN_ASSET_REAL_ESTATE, "特困住房套数上限", "Extreme poverty: homes allowed", "套", 0, 10, 1, DISTRICT),
      integer(TEKUN_ASSET_BUSINESSES, "特困经营主体上限", "Extreme poverty: businesses allowed", "个", 0, 10, 0,
          DISTRICT),
      integer(INCOME_WINDOW_MONTHS, "收入计算期限（申请前月数）", "Income period (months before the application)", "月", 1,
          24, 12, DISTRICT),
      decimal(INCREMENT_ELDERLY, "分类施保：老年人增发比例", "Increment: elderly (share of standard)", "比例", "0", "1",
          "0.1", DISTRICT),
      integer(INCREMENT_ELDERLY_AGE, "分类施保：老年人年龄", "Increment: elderly from age", "岁", 55, 100, 60, DISTRICT),
      decimal(INCREMENT_MINOR, "分类施保：未成年人增发比例", "Increment: minors (share of standard)", "比例", "0", "1",
          "0.1", DISTRICT),
      decimal(INCREMENT_SEVERELY_DISABLED, "分类施保：重度残疾人增发比例",
          "Increment: severely disabled (share of standard)", "比例", "0", "1", "0.2", DISTRICT),
      decimal(INCREMENT_SERIOUSLY_ILL, "分类施保：重病患者增发比例", "Increment: seriously ill (share of standard)", "比例",
          "0", "1", "0.2", DISTRICT),
      decimal(TEKUN_BASIC_LIVING_FACTOR, "特困基本生活标准（低保标准倍数）",
          "Extreme poverty basic living standard (x standard)", "倍", "1", "3", "1.3", DISTRICT),
      incapacity(DisabilityKind.VISUAL),
      incapacity(DisabilityKind.HEARING),
      incapacity(DisabilityKind.SPEECH),
      incapacity(DisabilityKind.PHYSICAL),
      incapacity(DisabilityKind.INTELLECTUAL),
      incapacity(DisabilityKind.MENTAL),
      incapacity(DisabilityKind.MULTIPLE),
      decimal(TEKUN_RECHECK_SHARE, "特困县级抽查比例", "Extreme poverty county re-check share", "比例", "0.3", "1", "0.3",
          DISTRICT),
      integer(SLA_TOTAL, "办理总时限", "Whole process time limit", "工作日", 1, 90, 30, DISTRICT),
      integer(SLA_EXTENDED, "延长后总时限", "Extended time limit", "工作日", 1, 120, 45, DISTRICT),
      integer(SLA_DELEGATED, "委托街道审批时总时限", "Time limit when decided by the street", "工作日", 1, 90, 20,
          DISTRICT),
      integer(SLA_COUNTY_DECISION, "县级审批时限", "County decision time limit", "工作日", 1, 60, 10, DISTRICT),
      integer(SLA_TEKUN_COUNTY_DECISION, "特困县级审批时限", "Extreme poverty county decision time limit", "工作日", 1, 60,
          15, DISTRICT),
      integer(SLA_REFUSAL_DELIVERY, "不予批准书面说明送达时限", "Refusal reasons delivered within", "工作日", 1, 30, 3,
          DISTRICT),
      integer(NOTICE_DAYS, "公示天数", "Public notice days", "天", 1, 30, 7, STREET),
      bool(NOTICE_COUNTS_TOWARD_SLA, "公示期计入办理时限", "Notice period counts toward the time limit", "false",
          DISTRICT),
      bool(NOTICE_REPEAT_AFTER_OBJECTION, "有异议复核后重新公示", "New notice after an objection", "true", STREET),
      bool(DECISION_DELEGATED_TO_STREET, "审批权委托街道", "Decision delegated to the street", "false", DISTRICT),
      decimal(AID_STREET_CEILING_MULTIPLE, "临时救助街道先行救助上限（月低保标准倍数）",
          "Temporary aid: street ceiling (x monthly standard)", "倍", "1", "20", "3", DISTRICT),
      integer(AID_EMERGENCY_APPROVAL_HOURS, "急难型临时救助街道审批时限", "Emergency aid: street approval within", "小时",
          1, 168, 24, DISTRICT),
      integer(AID_PAPERWORK_DAYS, "先行救助后补齐手续时限", "Emergency aid: paperwork completed within", "工作日", 1, 60,
          5, DISTRICT),
      decimal(AID_CONFERENCE_MULTIPLE, "临时救助一事一议门槛（月低保标准倍数）",
          "Temporary aid: case conference above (x monthly standard)", "倍", "1", "100", "10", DISTRICT),
      integer(AID_SAME_REASON_MONTHS, "同一事由重复申请认定期", "Temporary aid: same-reason window", "月", 1, 36, 12,
          DISTRICT),
      integer(AGREEMENT_MAX_HOUSEHOLDS_PER_CADRE, "帮扶干部结对户数上限（1+N）", "Households per paired cadre (1+N)", "户",
          1, 100, 10, STREET),
      integer(AGREEMENT_SIGNING_DAYS, "帮扶协议签订期限", "Days to sign the assistance agreement", "天", 1, 90, 10,
          DISTRICT),
      integer(REVIEW_STABLE_MONTHS, "定期核查周期（特困、收入稳定家庭）", "Review every (stable households)", "月", 1, 24,
          12, DISTRICT),
      integer(REVIEW_UNSTABLE_MONTHS, "定期核查周期（收入不稳定、有劳动能力成员）", "Review every (unstable income)", "月", 1,
          24, 6, DISTRICT),
      decimal(REVIEW_MATERIAL_CHANGE_YUAN, "核查重大变化门槛（月救助金变化）", "Review: material change from (monthly)", "元",
          "0", "10000", "100", DISTRICT),
      bool(REVIEW_STREET_MAY_CONFIRM, "维持或增发由街道确认", "Review: street confirms unchanged or increase", "true",
          DISTRICT),
      integer(REVIEW_GRADUAL_EXIT_MONTHS, "渐退期", "Gradual exit period", "月", 1, 6, 6, DISTRICT),
      integer(AGREEMENT_VISIT_INTERVAL_DAYS, "帮扶干部走访周期", "Days between a paired cadre's visits", "天", 1, 365,
          30, STREET));

  private PolicyCatalogue() {}

  public static List<ParameterDefinition> all() {
    return List.copyOf(DEFINITIONS.values());
  }

  public static Optional<ParameterDefinition> find(String code) {
    return Optional.ofNullable(code == null ? null : DEFINITIONS.get(code));
  }

  static ParameterDefinition require(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("No policy parameter " + code));
  }

  private static Map<String, ParameterDefinition> index(ParameterDefinition... definitions) {
    Map<String, ParameterDefinition> byCode = new LinkedHashMap<>();
    Arrays.stream(definitions).forEach(d -> byCode.put(d.code(), d));
    return byCode;
  }

  private static ParameterDefinition decimal(String code, String zh, String en, String unit, String min, String max,
      String defaultValue, JurisdictionLevel lowest) {
    return new ParameterDefinition(code, zh, en, unit, ParameterType.DECIMAL, new BigDecimal(min),
        new BigDecimal(max), List.of(), defaultValue, lowest);
  }

  private static ParameterDefinition integer(String code, String zh, String en, String unit, int min, int max,
      int defaultValue, JurisdictionLevel lowest) {
    return new ParameterDefinition(code, zh, en, unit, ParameterType.INTEGER, BigDecimal.valueOf(min),
        BigDecimal.valueOf(max), List.of(), String.valueOf(defaultValue), lowest);
  }

  /**
   * The highest grade of one disability kind deemed unable to work for 特困 (认定办法 art. 5): at least the national
   * value, which is also the default, so a bureau can add grades but never remove one. Set per district like the other
   * 特困 parameters (art. 5 (4) names the province; the catalogue keeps one convention for every local parameter).
   */
  private static ParameterDefinition incapacity(DisabilityKind kind) {
    int national = TekunIncapacityGrades.national(kind);
    return integer(TekunIncapacityGrades.code(kind), "特困无劳动能力认定：" + TekunIncapacityGrades.nameZh(kind)
        + "等级上限（0 = 不认定）", "Extreme poverty incapacity: " + TekunIncapacityGrades.nameEn(kind)
        + " disability up to grade (0 = none)", "级", national, TekunIncapacityGrades.LOWEST_GRADE, national, DISTRICT);
  }

  private static ParameterDefinition bool(String code, String zh, String en, String defaultValue,
      JurisdictionLevel lowest) {
    return new ParameterDefinition(code, zh, en, null, ParameterType.BOOLEAN, null, null, List.of("true", "false"),
        defaultValue, lowest);
  }

  private static ParameterDefinition choice(String code, String zh, String en, List<String> allowed,
      String defaultValue, JurisdictionLevel lowest) {
    return new ParameterDefinition(code, zh, en, null, ParameterType.ENUM, null, null, allowed, defaultValue,
        lowest);
  }
}
