package cn.gov.civilaffairs.assistance.demo;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.verification.ExtractImports;
import cn.gov.civilaffairs.assistance.households.AssetKind;
import cn.gov.civilaffairs.assistance.households.DisabilityKind;
import cn.gov.civilaffairs.assistance.households.EmploymentStatus;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.AssetItem;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.Income;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.NewHousehold;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.RigidExpenseItem;
import cn.gov.civilaffairs.assistance.households.HouseholdRegistry;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.IncomeKind;
import cn.gov.civilaffairs.assistance.households.MemberDetails;
import cn.gov.civilaffairs.assistance.households.Relation;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.households.RigidExpenseKind;
import cn.gov.civilaffairs.assistance.households.Sex;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.intake.AcceptanceWindow;
import cn.gov.civilaffairs.assistance.intake.ApplicationForm;
import cn.gov.civilaffairs.assistance.intake.ConflictOfInterestDeclaration.StaffRole;
import cn.gov.civilaffairs.assistance.intake.ConflictOfInterestRegister;
import cn.gov.civilaffairs.assistance.intake.MaterialsChecklist;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * The demo city (profile {@code demo}): a few households in the seeded streets and open cases of several
 * categories, one of them by a caseworker's declared relative. Loaded once, into an empty registry.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCity implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

  private final HouseholdRegistry households;
  private final AcceptanceWindow window;
  private final ConflictOfInterestRegister conflicts;
  private final MaterialsChecklist checklist;
  private final JdbcTemplate jdbc;
  private final ExtractImports extracts;
  private final Clock clock;
  private final ZoneId zone;
  private final DemoProgress progress;

  DemoCity(HouseholdRegistry households, AcceptanceWindow window, ConflictOfInterestRegister conflicts,
      MaterialsChecklist checklist, JdbcTemplate jdbc, ExtractImports extracts, Clock clock,
      @Value("${app.zone}") ZoneId zone, DemoProgress progress) {
    this.progress = progress;
    this.extracts = extracts;
    this.clock = clock;
    this.zone = zone;
    this.households = households;
    this.window = window;
    this.conflicts = conflicts;
    this.checklist = checklist;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    Integer existing = jdbc.queryForObject("select count(*) from households", Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    MemberDetails zhangWei = member("张伟", "110105", LocalDate.of(1975, 3, 14), Sex.MALE, Relation.HEAD,
        WorkAbility.PARTIAL, Illness.CHRONIC, EmploymentStatus.UNEMPLOYED, StudentStatus.NONE, null, null);
    MemberDetails zhangXin = member("张欣", "110105", LocalDate.of(2011, 9, 2), Sex.FEMALE, Relation.CHILD,
        WorkAbility.NONE, Illness.NONE, EmploymentStatus.NOT_OF_WORKING_AGE, StudentStatus.JUNIOR_SECONDARY, null,
        null);
    MemberDetails liGuilan = member("李桂兰", "110108", LocalDate.of(1948, 11, 20), Sex.FEMALE, Relation.HEAD,
        WorkAbility.NONE, Illness.SERIOUS, EmploymentStatus.RETIRED, StudentStatus.NONE, DisabilityKind.PHYSICAL, 2);
    MemberDetails wangFang = member("王芳", "110105", LocalDate.of(1986, 6, 8), Sex.FEMALE, Relation.HEAD,
        WorkAbility.FULL, Illness.NONE, EmploymentStatus.FLEXIBLE, StudentStatus.NONE, null, null);
    MemberDetails wangLei = member("王磊", "110105", LocalDate.of(2016, 4, 21), Sex.MALE, Relation.CHILD,
        WorkAbility.NONE, Illness.SERIOUS, EmploymentStatus.NOT_OF_WORKING_AGE, StudentStatus.PRIMARY, null, null);
    MemberDetails chenGang = member("陈刚", "110108", LocalDate.of(1969, 1, 30), Sex.MALE, Relation.HEAD,
        WorkAbility.FULL, Illness.NONE, EmploymentStatus.UNEMPLOYED, StudentStatus.NONE, null, null);
    // The departments' data first: each case's verification runs as soon as it is accepted.
    DemoExtracts extracts = new DemoExtracts()
        .unemploymentBenefit(zhangWei.residentId(), YearMonth.of(2026, 1), YearMonth.of(2026, 10), "420")
        .deposit(zhangWei.residentId(), "中国工商银行", "5600")
        .wages(wangFang.residentId(), "朝阳区某家政服务公司", YearMonth.of(2026, 1), YearMonth.of(2026, 10), "3800");
    for (MemberDetails person : List.of(zhangWei, zhangXin, liGuilan, wangFang, wangLei, chenGang)) {
      extracts.registered(person.residentId(), person.name());
    }
    try {
      extracts.importInto(this.extracts, LocalDate.now(clock.withZone(zone)).minusDays(1));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Demo extracts could not be imported", e);
    }
    apply(Category.DIBAO, "110105001", new NewHousehold("110105001001", "建外街道永安里东区3号楼2单元401",
        "13901010001", List.of(zhangWei, zhangXin),
        List.of(new Income(zhangWei.residentId(), IncomeKind.TRANSFER, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 10, 31), new BigDecimal("4200.00"), "失业保险金")),
        List.of(new AssetItem(null, AssetKind.DEPOSIT, "银行活期存款", new BigDecimal("5600.00"))),
        List.of(new RigidExpenseItem(zhangWei.residentId(), RigidExpenseKind.MEDICAL, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 10, 31), new BigDecimal("8300.00"), "糖尿病门诊自付"))), zhangWei);

    apply(Category.TEKUN, "110108001", new NewHousehold("110108001001", "万寿路街道翠微路12号院5号楼101",
        "13901010002", List.of(liGuilan), List.of(), List.of(), List.of()), liGuilan);

    conflicts.declare(new ConflictOfInterestRegister.DeclarationForm("赵敏", StaffRole.CASEWORKER, "110105002",
        wangFang.name(), wangFang.residentId(), "表姐妹"));
    apply(Category.RIGID_EXPENDITURE, "110105002", new NewHousehold("110105002001",
        "朝外街道吉祥里8号楼3单元202", "13901010003", List.of(wangFang, wangLei),
        List.of(new Income(wangFang.residentId(), IncomeKind.WAGES, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 10, 31), new BigDecimal("38000.00"), "家政服务")),
        List.of(), List.of(new RigidExpenseItem(wangLei.residentId(), RigidExpenseKind.MEDICAL,
            LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31), new BigDecimal("61000.00"), "白血病住院自付"))),
        wangFang);

    households.register(new NewHousehold("110108002002", "永定路街道永定路西里15号楼602", "13901010004",
        List.of(chenGang), List.of(), List.of(), List.of()), "");
    org.slf4j.MDC.remove("caseNumber");
    String dibao = jdbc.queryForObject(
        "select case_number from cases where street_code = '110105001' and category = 'DIBAO'", String.class);
    progress.toCountyDecision(dibao, "110105001");
    log.info("Loaded the demo city: 4 households, 3 open cases, {} waiting for the county's decision", dibao);
  }

  private void apply(Category category, String street, NewHousehold household, MemberDetails applicant) {
    List<String> materials = checklist.missing(category, List.of(), false).stream()
        .map(MaterialsChecklist.Item::code).toList();
    window.accept(new ApplicationForm(category, street, null, household, applicant.residentId(), null, true, true,
        materials), "demo-" + applicant.residentId());
  }

  private static MemberDetails member(String name, String region, LocalDate birthDate, Sex sex, Relation relation,
      WorkAbility workAbility, Illness illness, EmploymentStatus employment, StudentStatus student,
      DisabilityKind disabilityKind, Integer disabilityGrade) {
    String first17 = region + birthDate.toString().replace("-", "") + "02" + (sex == Sex.MALE ? "1" : "2");
    return new MemberDetails(name, first17 + ResidentIds.checkCharacter(first17), relation, birthDate, sex,
        disabilityKind, disabilityGrade, workAbility, illness, null, employment, student, null);
  }
}
