package cn.gov.civilaffairs.assistance.eligibility;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.eligibility.HouseholdFacts.MemberFacts;
import cn.gov.civilaffairs.assistance.eligibility.HouseholdFacts.Source;
import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.IncomeWindow;
import cn.gov.civilaffairs.assistance.households.LegalSupport;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.policy.PolicySnapshot;
import cn.gov.civilaffairs.assistance.policy.RigidTest;
import cn.gov.civilaffairs.assistance.policy.TekunIncapacityGrades;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national eligibility and benefit rules (DOMAIN.md "Categories") with local thresholds from a
 * {@link PolicySnapshot}. Every test records its figures and a Chinese explanation. Change {@link #RULES_VERSION}
 * with every change of a rule: a decision stores it next to the parameter version.
 */
public final class EligibilityRules {

  public static final String RULES_VERSION = "2026.2";

  /** National 特困 age groups (特困人员认定办法), not local parameters. */
  static final int TEKUN_ELDERLY_AGE = 60;
  static final int TEKUN_MINOR_AGE = 16;
  /** Minors for the 分类施保 increment. */
  static final int MINOR_AGE = 18;
  /** Disability grades 1 and 2 count as severe for the increment. */
  static final int SEVERE_DISABILITY_GRADE = 2;

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal NO_BENEFIT = BigDecimal.ZERO.setScale(2);

  private EligibilityRules() {}

  /**
   * Assesses a household for 低保, 特困, 低保边缘 or 刚性支出困难 on {@code asOf} (ages are taken on that day).
   *
   * @throws IllegalArgumentException for 临时救助, which is decided on the hardship, not by a means test
   */
  public static Assessment assess(HouseholdFacts facts, PolicySnapshot policy, Category category, LocalDate asOf) {
    if (facts.memberCount() == 0) {
      return new Assessment(category, false, NO_BENEFIT, List.of(new TestOutcome("CO_RESIDENT_MEMBERS",
          "共同生活家庭成员", Map.of("members", 0), Outcome.FAILED, "家庭没有在册的共同生活成员，无法计算人均收入")),
          RULES_VERSION, policy.version());
    }
    Means means = new Means(facts, policy, asOf);
    return switch (category) {
      case DIBAO -> dibao(means);
      case MARGINAL -> marginal(means);
      case RIGID_EXPENDITURE -> rigidExpenditure(means);
      case TEKUN -> tekun(means);
      case TEMPORARY_AID -> throw new IllegalArgumentException("临时救助 is decided on the hardship, not by these rules");
    };
  }

  private static Assessment dibao(Means m) {
    List<TestOutcome> tests = new ArrayList<>();
    tests.add(incomeBelowStandard(m));
    tests.addAll(assetTests(m, false));
    boolean eligible = allPassed(tests);
    BigDecimal benefit = NO_BENEFIT;
    if (eligible) {
      TestOutcome calculation = dibaoBenefit(m);
      tests.add(calculation);
      benefit = (BigDecimal) calculation.inputs().get("monthlyBenefit");
    }
    return new Assessment(Category.DIBAO, eligible, benefit, tests, RULES_VERSION, m.policy.version());
  }

  private static Assessment marginal(Means m) {
    List<TestOutcome> tests = new ArrayList<>();
    boolean dibao = dibao(m).eligible();
    tests.add(new TestOutcome("NOT_DIBAO", "不符合低保条件", inputs("perCapitaIncome", m.perCapita(),
        "dibaoStandard", m.standard, "dibaoEligible", dibao), dibao ? Outcome.FAILED : Outcome.PASSED,
        dibao ? "家庭符合低保条件，应按低保办理" : "家庭不符合低保条件"));
    BigDecimal line = m.standard.multiply(m.policy.marginalFactor());
    boolean below = m.income.compareTo(line.multiply(m.members)) < 0;
    tests.add(new TestOutcome("INCOME_BELOW_MARGINAL_LINE", "人均收入低于低保边缘标准", inputs(
        "members", m.members, "monthlyIncome", money(m.income), "perCapitaIncome", m.perCapita(),
        "dibaoStandard", m.standard, "marginalFactor", m.policy.marginalFactor(), "marginalLine", money(line)),
        outcome(below), "家庭人均月收入 " + yuan(m.perCapita()) + (below ? "低于" : "不低于") + "低保边缘标准 "
            + yuan(line) + "（低保标准 " + yuan(m.standard) + " × " + m.policy.marginalFactor().toPlainString()
            + "）" + incomeBasis(m.facts)));
    tests.addAll(assetTests(m, false));
    // 低保边缘 families get special aid (专项救助), not a monthly cash benefit.
    return new Assessment(Category.MARGINAL, allPassed(tests), NO_BENEFIT, tests, RULES_VERSION,
        m.policy.version());
  }

  private static Assessment rigidExpenditure(Means m) {
    List<TestOutcome> tests = new ArrayList<>();
    boolean dibao = dibao(m).eligible();
    boolean marginal = marginal(m).eligible();
    boolean tekun = tekun(m).eligible();
    boolean other = dibao || marginal || tekun;
    tests.add(new TestOutcome("NOT_OTHER_CATEGORY", "不属于低保、特困、低保边缘", inputs("dibaoEligible", dibao,
        "tekunEligible", tekun, "marginalEligible", marginal), outcome(!other),
        other ? "家庭符合" + (dibao ? "低保" : tekun ? "特困" : "低保边缘") + "条件，应按该类别办理"
            : "家庭不符合低保、特困、低保边缘条件"));
    BigDecimal disposable = m.policy.rigidDisposableIncomePerCapita();
    BigDecimal monthlyDisposable = disposable.divide(TWELVE, 2, RoundingMode.HALF_UP);
    boolean below = m.income.multiply(TWELVE).compareTo(disposable.multiply(m.members)) < 0;
    tests.add(new TestOutcome("INCOME_BELOW_DISPOSABLE_INCOME", "人均收入低于上年度人均可支配收入", inputs(
        "perCapitaIncome", m.perCapita(), "disposableIncomePerCapita", disposable,
        "disposableIncomePerCapitaMonthly", monthlyDisposable), outcome(below),
        "家庭人均月收入 " + yuan(m.perCapita()) + (below ? "低于" : "不低于") + "上年度当地人均可支配收入的月均数 "
            + yuan(monthlyDisposable) + "（" + yuan(disposable) + " ÷ 12）"));
    RigidTest formula = m.policy.rigidTest();
    tests.add(rigidRatio(m, formula == RigidTest.RATIO));
    tests.add(rigidResidual(m, formula == RigidTest.RESIDUAL));
    tests.addAll(assetTests(m, false));
    // Recognised families get special aid; DOMAIN.md names no monthly cash benefit for them.
    return new Assessment(Category.RIGID_EXPENDITURE, allPassed(tests), NO_BENEFIT, tests, RULES_VERSION,
        m.policy.version());
  }

  private static TestOutcome rigidRatio(Means m, boolean applies) {
    BigDecimal annualIncome = m.income.multiply(TWELVE);
    BigDecimal share = m.policy.rigidShare();
    BigDecimal threshold = annualIncome.multiply(share);
    Map<String, Object> inputs = inputs("rigidSpendingLast12Months", money(m.facts.rigidSpendingLast12Months()),
        "annualIncome", money(annualIncome), "rigidShare", share, "threshold", money(threshold));
    if (!applies) {
      return new TestOutcome("RIGID_SPENDING_RATIO", "刚性支出占收入比例", inputs, Outcome.NOT_APPLICABLE,
          "本地采用扣减法认定，不适用比例法");
    }
    boolean over = m.facts.rigidSpendingLast12Months().compareTo(threshold) > 0;
    return new TestOutcome("RIGID_SPENDING_RATIO", "刚性支出占收入比例", inputs, outcome(over),
        "近 12 个月刚性支出 " + yuan(m.facts.rigidSpendingLast12Months()) + (over ? "超过" : "未超过") + "家庭年收入 "
            + yuan(annualIncome) + " 的 " + share.toPlainString() + "（" + yuan(threshold) + "）");
  }

  private static TestOutcome rigidResidual(Means m, boolean applies) {
    BigDecimal monthlyRigid = m.facts.rigidSpendingLast12Months().divide(TWELVE, 6, RoundingMode.HALF_UP);
    BigDecimal residual = m.income.subtract(monthlyRigid);
    BigDecimal perCapitaResidual = residual.divide(m.members, 2, RoundingMode.HALF_UP);
    BigDecimal k = m.policy.rigidK();
    BigDecimal line = k.multiply(m.standard);
    Map<String, Object> inputs = inputs("monthlyIncome", money(m.income), "monthlyRigidSpending", money(monthlyRigid),
        "perCapitaResidualIncome", perCapitaResidual, "k", k, "dibaoStandard", m.standard, "line", money(line));
    if (!applies) {
      return new TestOutcome("RIGID_SPENDING_RESIDUAL", "扣减刚性支出后人均收入", inputs, Outcome.NOT_APPLICABLE,
          "本地采用比例法认定，不适用扣减法");
    }
    boolean below = residual.compareTo(line.multiply(m.members)) < 0;
    return new TestOutcome("RIGID_SPENDING_RESIDUAL", "扣减刚性支出后人均收入", inputs, outcome(below),
        "扣除月均刚性支出后家庭人均月收入 " + yuan(perCapitaResidual) + (below ? "低于" : "不低于") + " "
            + k.toPlainString() + " 倍低保标准（" + yuan(line) + "）");
  }

  private static Assessment tekun(Means m) {
    List<TestOutcome> tests = new ArrayList<>();
    int eligiblePersons = 0;
    for (MemberFacts member : m.facts.members()) {
      List<TestOutcome> own = tekunPersonTests(m, member);
      tests.addAll(own);
      if (allPassed(own)) {
        eligiblePersons++;
      }
    }
    tests.add(new TestOutcome("TEKUN_PERSON_FOUND", "有符合特困条件的人员", inputs("eligiblePersons",
        eligiblePersons), outcome(eligiblePersons > 0), eligiblePersons > 0
            ? "共有 " + eligiblePersons + " 人符合特困人员条件" : "没有成员同时符合特困人员的全部条件"));
    List<TestOutcome> assets = assetTests(m, true);
    tests.addAll(assets);
    boolean eligible = eligiblePersons > 0 && allPassed(assets);
    BigDecimal benefit = NO_BENEFIT;
    if (eligible) {
      BigDecimal basicLiving = m.standard.multiply(m.policy.tekunBasicLivingFactor());
      // Rounded to whole yuan, half up, per person, as payments are made in whole yuan.
      BigDecimal perPerson = basicLiving.setScale(0, RoundingMode.HALF_UP);
      benefit = perPerson.multiply(BigDecimal.valueOf(eligiblePersons)).setScale(2);
      tests.add(new TestOutcome("BENEFIT", "保障金额计算", inputs("dibaoStandard", m.standard,
          "basicLivingFactor", m.policy.tekunBasicLivingFactor(), "basicLivingStandard", money(basicLiving),
          "eligiblePersons", eligiblePersons, "monthlyBenefit", benefit), Outcome.PASSED,
          "特困人员基本生活标准 " + yuan(basicLiving) + "（低保标准 " + yuan(m.standard) + " × "
              + m.policy.tekunBasicLivingFactor().toPlainString() + "），取整后每人 " + yuan(perPerson) + "，共 "
              + eligiblePersons + " 人，每月 " + yuan(benefit)));
    }
    return new Assessment(Category.TEKUN, eligible, benefit, tests, RULES_VERSION, m.policy.version());
  }

  private static List<TestOutcome> tekunPersonTests(Means m, MemberFacts member) {
    int age = member.ageOn(m.asOf);
    boolean elderly = age >= TEKUN_ELDERLY_AGE;
    boolean minor = age < TEKUN_MINOR_AGE;
    DisabilityKind kind = member.disabilityKind();
    Integer maxGrade = kind == null ? null : m.policy.tekunIncapacityMaxGrade(kind);
    Integer nationalMaxGrade = kind == null ? null : TekunIncapacityGrades.national(kind);
    String disability = tekunDisability(member, m.policy);
    // Any certified disability puts a person in the group (认定办法 art. 2: 老年人、残疾人和未成年人); the art. 5 table
    // only decides whether the disability is deemed incapacity for work.
    boolean certified = kind != null && member.disabilityGrade() != null;
    boolean disabled = certified && member.disabilityGrade() <= maxGrade;
    List<TestOutcome> tests = new ArrayList<>();
    String who = member.name() + "（" + age + " 岁）";
    tests.add(new TestOutcome("TEKUN_PERSON_GROUP", "老年人、残疾人或未成年人", inputs("memberId", member.memberId(),
        "member", member.name(), "age", age, "disabilityKind", kind, "disabilityGrade", member.disabilityGrade(),
        "incapacityMaxGrade", maxGrade, "nationalIncapacityMaxGrade", nationalMaxGrade),
        outcome(elderly || minor || certified), who + (elderly ? "年满 60 周岁" : minor ? "未满 16 周岁"
            : certified ? "持残疾证（" + TekunIncapacityGrades.nameZh(kind)
                + TekunIncapacityGrades.gradeZh(member.disabilityGrade()) + "）" : "不属于老年人、未成年人或残疾人")));
    // 认定办法 art. 5 deems people of 60 and over, children under 16 and the disability grades of its table (plus
    // what the province adds) unable to work, whatever work ability is recorded; others as assessed.
    boolean deemedByAge = elderly || minor;
    boolean noWorkAbility = deemedByAge || disabled || member.workAbility() == WorkAbility.NONE;
    tests.add(new TestOutcome("NO_WORK_ABILITY", "无劳动能力", inputs("memberId", member.memberId(), "member",
        member.name(), "age", age, "workAbility", member.workAbility(), "disabilityKind", kind, "disabilityGrade",
        member.disabilityGrade(), "incapacityMaxGrade", maxGrade, "deemedBy", deemedByAge ? "AGE"
            : disabled ? "DISABILITY" : null), outcome(noWorkAbility),
        who + (deemedByAge ? "依据《特困人员认定办法》第五条，" + (elderly ? "年满 60 周岁" : "未满 16 周岁")
            + "，按年龄视为无劳动能力"
            : disabled ? disability + (member.workAbility() == WorkAbility.NONE ? ""
                : "（登记的劳动能力不影响认定）")
            : (certified ? disability + "；" : "") + (noWorkAbility ? "经评估无劳动能力" : "有劳动能力"))));
    boolean noIncome = member.monthlyIncome().compareTo(m.standard) < 0;
    tests.add(new TestOutcome("NO_SOURCE_OF_LIVING", "无生活来源（本人收入低于低保标准）", inputs("memberId",
        member.memberId(), "member", member.name(), "monthlyIncome", money(member.monthlyIncome()), "dibaoStandard",
        m.standard), outcome(noIncome), who + "本人月收入 " + yuan(member.monthlyIncome()) + (noIncome ? "低于"
            : "不低于") + "低保标准 " + yuan(m.standard)));
    LegalSupport support = member.legalSupport();
    boolean unsupported = support == LegalSupport.NONE || support == LegalSupport.UNABLE;
    tests.add(new TestOutcome("NO_ABLE_LEGAL_SUPPORTER", "无法定义务人或义务人无履行能力", inputs("memberId",
        member.memberId(), "member", member.name(), "legalSupport", support == null ? "UNRECORDED" : support.name()),
        outcome(unsupported), who + switch (support == null ? "UNRECORDED" : support.name()) {
          case "NONE" -> "无法定赡养、抚养、扶养义务人";
          case "UNABLE" -> "的法定义务人无履行义务能力";
          case "ABLE" -> "有能够履行义务的法定义务人";
          default -> "的法定义务人情况尚未登记，须调查核实";
        }));
    return tests;
  }

  /**
   * The member's disability against 认定办法 art. 5 (the national table plus what the locality adds, see
   * {@link TekunIncapacityGrades}): a Chinese sentence naming the article, whether the grade is deemed unable to work
   * or not; null without a disability certificate.
   */
  private static String tekunDisability(MemberFacts member, PolicySnapshot policy) {
    DisabilityKind kind = member.disabilityKind();
    if (member.disabilityGrade() == null || kind == null) {
      return null;
    }
    int grade = member.disabilityGrade();
    int maxGrade = policy.tekunIncapacityMaxGrade(kind);
    String disability = TekunIncapacityGrades.nameZh(kind) + TekunIncapacityGrades.gradeZh(grade);
    if (grade <= maxGrade) {
      boolean national = grade <= TekunIncapacityGrades.national(kind);
      return "依据《特困人员认定办法》第五条" + (national ? "" : "第（四）项及本地规定") + "，" + disability
          + "视为无劳动能力";
    }
    return disability + "，不属于《特困人员认定办法》第五条" + (maxGrade > TekunIncapacityGrades.national(kind)
        ? "及本地规定" : "") + "视为无劳动能力的残疾等级";
  }

  private static TestOutcome incomeBelowStandard(Means m) {
    boolean below = m.income.compareTo(m.standard.multiply(m.members)) < 0;
    Map<String, Object> inputs = inputs("members", m.members, "monthlyIncome", money(m.income),
        "excludedMonthlyIncome", money(m.facts.excludedMonthlyIncome()), "perCapitaIncome", m.perCapita(),
        "dibaoStandard", m.standard);
    inputs.putAll(incomeBasisInputs(m.facts));
    return new TestOutcome("INCOME_BELOW_STANDARD", "人均收入低于低保标准", inputs, outcome(below),
        "共同生活成员 " + m.members + " 人，家庭月收入 " + yuan(m.income) + "（不计入收入 "
            + yuan(m.facts.excludedMonthlyIncome()) + "），人均 " + yuan(m.perCapita()) + (below ? "，低于"
                : "，不低于") + "低保标准 " + yuan(m.standard) + (below ? "" : "（须严格低于）")
            + incomeBasis(m.facts));
  }

  /** The income window and, per stream, the declared, found and counted monthly figures, as test inputs. */
  private static Map<String, Object> incomeBasisInputs(HouseholdFacts facts) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    IncomeWindow window = facts.incomeWindow();
    if (window == null) {
      return inputs;
    }
    inputs.put("incomeWindow", window.first() + " ~ " + window.last());
    inputs.put("windowMonths", window.months());
    List<Map<String, Object>> figures = new ArrayList<>();
    for (HouseholdFacts.IncomeFigure f : facts.incomeFigures()) {
      figures.add(inputs("memberId", f.memberId(), "member", f.member() == null ? "家庭" : f.member(), "kind",
          f.kind().name(), "declared", f.declared(), "found", f.found(), "counted", f.counted(), "source",
          f.source().name()));
    }
    inputs.put("incomeFigures", figures);
    return inputs;
  }

  /**
   * How the monthly income was computed (README "Income"): the window, what is divided by what, and per member
   * which figure counted and where it comes from.
   */
  static String incomeBasis(HouseholdFacts facts) {
    IncomeWindow window = facts.incomeWindow();
    if (window == null) {
      return "";
    }
    StringBuilder text = new StringBuilder("。收入计算期限 ").append(window.first()).append(" 至 ")
        .append(window.last()).append("（").append(window.months()).append(" 个月），月收入 = 期限内所得 ÷ ")
        .append(window.months());
    for (HouseholdFacts.IncomeFigure f : facts.incomeFigures()) {
      text.append("；").append(f.member() == null ? "家庭" : f.member()).append(" ").append(incomeKindLabel(f.kind()))
          .append("：申报 ").append(yuan(f.declared()))
          .append(f.found() == null ? "，核对未发现" : "，核对 " + yuan(f.found()) + "（" + String.join("、", f.sources())
              + "）")
          .append("，计入").append(f.source() == Source.VERIFIED ? "核对数 " : "申报数 ").append(yuan(f.counted()));
    }
    return text.toString();
  }

  private static String incomeKindLabel(IncomeKind kind) {
    return switch (kind) {
      case WAGES -> "工资性收入";
      case BUSINESS -> "经营净收入";
      case PROPERTY -> "财产净收入";
      case TRANSFER -> "转移净收入";
      case PENSION -> "养老金";
      case OTHER -> "其他收入";
      case SOCIAL_ASSISTANCE -> "社会救助金";
      case PREFERENTIAL_CARE -> "优待抚恤金";
      case SCHOLARSHIP -> "奖学金、助学金";
      case RESIDENT_BASIC_PENSION -> "城乡居民基础养老金";
    };
  }

  private static List<TestOutcome> assetTests(Means m, boolean tekun) {
    PolicySnapshot p = m.policy;
    String prefix = tekun ? "TEKUN_" : "";
    String who = tekun ? "特困" : "";
    BigDecimal months = tekun ? p.tekunFinancialAssetMonths() : p.financialAssetMonths();
    BigDecimal financial = m.facts.holding(AssetKind.DEPOSIT).value().add(m.facts.holding(AssetKind.SECURITIES)
        .value());
    BigDecimal limit = months.multiply(m.standard).multiply(m.members);
    boolean within = financial.compareTo(limit) <= 0;
    List<TestOutcome> tests = new ArrayList<>();
    tests.add(new TestOutcome(prefix + "FINANCIAL_ASSETS", who + "金融资产", inputs("financialAssets",
        money(financial), "members", m.members, "monthsOfStandard", months, "dibaoStandard", m.standard, "limit",
        money(limit)), outcome(within), "存款及有价证券合计 " + yuan(financial) + (within ? "，未超过" : "，超过")
            + who + "上限 " + yuan(limit) + "（" + m.members + " 人 × " + months.toPlainString() + " 个月低保标准）"
            + valueBasis("存款", m.facts.holding(AssetKind.DEPOSIT))
            + valueBasis("有价证券", m.facts.holding(AssetKind.SECURITIES))));
    tests.add(countTest(prefix + "VEHICLES", who + "机动车辆", m.facts.holding(AssetKind.VEHICLE),
        tekun ? p.tekunMaxVehicles() : p.maxVehicles(), "辆"));
    tests.add(countTest(prefix + "REAL_ESTATE", who + "住房", m.facts.holding(AssetKind.REAL_ESTATE),
        tekun ? p.tekunMaxRealEstate() : p.maxRealEstate(), "套"));
    tests.add(countTest(prefix + "BUSINESSES", who + "经营主体", m.facts.holding(AssetKind.BUSINESS),
        tekun ? p.tekunMaxBusinesses() : p.maxBusinesses(), "个"));
    return tests;
  }

  /** Declared against found value of one kind, where a verification found something to compare. */
  private static String valueBasis(String label, HouseholdFacts.Holding held) {
    if (held.foundCount() == null) {
      return "";
    }
    return "；" + label + "申报 " + yuan(held.declaredValue()) + "、核对 " + yuan(held.foundValue()) + "，计入较大者 "
        + yuan(held.value());
  }

  /** The larger of the declared and the found number counts (README "Assets"). */
  private static TestOutcome countTest(String code, String label, HouseholdFacts.Holding held, int max,
      String unit) {
    int count = held.count();
    boolean within = count <= max;
    Map<String, Object> inputs = inputs("count", count, "max", max, "declaredCount", held.declaredCount(),
        "foundCount", held.foundCount());
    String basis = held.foundCount() == null ? "（申报 " + held.declaredCount() + " " + unit + "）"
        : "（申报 " + held.declaredCount() + " " + unit + "，核对发现 " + held.foundCount() + " " + unit + "，计入较大者）";
    return new TestOutcome(code, label, inputs, outcome(within),
        label + " " + count + " " + unit + basis + (within ? "，未超过" : "，超过") + "上限 " + max + " " + unit);
  }

  private static TestOutcome dibaoBenefit(Means m) {
    BigDecimal gap = m.standard.multiply(m.members).subtract(m.income);
    Map<String, Object> perMember = new LinkedHashMap<>();
    BigDecimal increments = BigDecimal.ZERO;
    for (MemberFacts member : m.facts.members()) {
      BigDecimal share = incrementShare(member, m.policy, m.asOf);
      if (share.signum() > 0) {
        BigDecimal increment = share.multiply(m.standard);
        perMember.put(member.name(), money(increment));
        increments = increments.add(increment);
      }
    }
    // Rounded once, to whole yuan, half up: the household is paid whole yuan.
    BigDecimal benefit = gap.add(increments).setScale(0, RoundingMode.HALF_UP).setScale(2);
    return new TestOutcome("BENEFIT", "保障金额计算", inputs("dibaoStandard", m.standard, "members", m.members,
        "monthlyIncome", money(m.income), "gap", money(gap), "increments", perMember, "monthlyBenefit", benefit),
        Outcome.PASSED, "（低保标准 " + yuan(m.standard) + " × " + m.members + " 人 − 家庭月收入 " + yuan(m.income)
            + "）= " + yuan(gap) + "，分类施保增发 " + yuan(increments) + "，取整后每月 " + yuan(benefit));
  }

  /** 分类施保: the largest share a member qualifies for; shares do not add up. */
  static BigDecimal incrementShare(MemberFacts member, PolicySnapshot policy, LocalDate asOf) {
    int age = member.ageOn(asOf);
    BigDecimal share = BigDecimal.ZERO;
    if (age >= policy.incrementElderlyAge()) {
      share = share.max(policy.incrementElderly());
    }
    if (age < MINOR_AGE) {
      share = share.max(policy.incrementMinor());
    }
    if (member.disabilityGrade() != null && member.disabilityGrade() <= SEVERE_DISABILITY_GRADE) {
      share = share.max(policy.incrementSeverelyDisabled());
    }
    if (member.illness() == Illness.SERIOUS) {
      share = share.max(policy.incrementSeriouslyIll());
    }
    return share;
  }

  private static boolean allPassed(List<TestOutcome> tests) {
    return tests.stream().allMatch(t -> t.outcome() != Outcome.FAILED);
  }

  private static Outcome outcome(boolean passed) {
    return passed ? Outcome.PASSED : Outcome.FAILED;
  }

  private static Map<String, Object> inputs(Object... namesAndValues) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      inputs.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return inputs;
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static String yuan(BigDecimal amount) {
    return money(amount).toPlainString() + " 元";
  }

  /** The household's means under one policy. */
  private static final class Means {

    final HouseholdFacts facts;
    final PolicySnapshot policy;
    final BigDecimal members;
    final BigDecimal income;
    final BigDecimal standard;
    final LocalDate asOf;

    Means(HouseholdFacts facts, PolicySnapshot policy, LocalDate asOf) {
      this.facts = facts;
      this.policy = policy;
      this.asOf = asOf;
      this.members = BigDecimal.valueOf(facts.memberCount());
      this.income = facts.monthlyIncome();
      this.standard = policy.dibaoStandard();
    }

    BigDecimal perCapita() {
      return income.divide(members, 2, RoundingMode.HALF_UP);
    }
  }
}
