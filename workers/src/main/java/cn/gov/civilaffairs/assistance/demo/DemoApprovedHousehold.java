package cn.gov.civilaffairs.assistance.demo;

import cn.gov.civilaffairs.assistance.applications.Category;
import cn.gov.civilaffairs.assistance.households.EmploymentStatus;
import cn.gov.civilaffairs.assistance.households.HouseholdForms.NewHousehold;
import cn.gov.civilaffairs.assistance.households.Illness;
import cn.gov.civilaffairs.assistance.households.MemberDetails;
import cn.gov.civilaffairs.assistance.households.Relation;
import cn.gov.civilaffairs.assistance.households.ResidentIds;
import cn.gov.civilaffairs.assistance.households.Sex;
import cn.gov.civilaffairs.assistance.households.StudentStatus;
import cn.gov.civilaffairs.assistance.households.WorkAbility;
import cn.gov.civilaffairs.assistance.intake.AcceptanceWindow;
import cn.gov.civilaffairs.assistance.intake.ApplicationForm;
import cn.gov.civilaffairs.assistance.intake.MaterialsChecklist;
import cn.gov.civilaffairs.assistance.verification.ExtractImports;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.TaskService;
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
 * An approved household waiting for its assistance plan: a 低保 case of 光华里社区 (建外街道) walked at start-up through
 * investigation, first opinion, 公示 and the county's approval, so that the caseworker's inbox has 制定帮扶计划. Runs
 * once, after the demo city, in the background (start-up and readiness do not wait for its steps); a step that does
 * not come is logged, never stops the service.
 */
@Component
@Profile("demo")
@Order(20)
class DemoApprovedHousehold implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoApprovedHousehold.class);
  private static final String STREET = "110105001";
  /** The household's address, by which tests tell it apart from the demo city's households. */
  static final String ADDRESS = "建外街道光华里7号楼1单元502";

  private final AcceptanceWindow window;
  private final MaterialsChecklist checklist;
  private final ExtractImports extracts;
  private final DemoProgress progress;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;

  DemoApprovedHousehold(AcceptanceWindow window, MaterialsChecklist checklist, ExtractImports extracts,
      DemoProgress progress, TaskService tasks, JdbcTemplate jdbc, Clock clock, @Value("${app.zone}") ZoneId zone) {
    this.window = window;
    this.checklist = checklist;
    this.extracts = extracts;
    this.progress = progress;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public void run(ApplicationArguments args) {
    Thread walk = new Thread(this::prepare, "demo-approved-household");
    walk.setDaemon(true);
    walk.start();
  }

  private void prepare() {
    String first17 = "110105" + "19780512" + "031";
    MemberDetails head = new MemberDetails("赵刚", first17 + ResidentIds.checkCharacter(first17), Relation.HEAD,
        LocalDate.of(1978, 5, 12), Sex.MALE, null, null, WorkAbility.FULL, Illness.NONE, null,
        EmploymentStatus.UNEMPLOYED, StudentStatus.NONE, null);
    Integer known = jdbc.queryForObject("select count(*) from household_members where resident_id = ?", Integer.class,
        head.residentId());
    if (known != null && known > 0) {
      return;
    }
    try {
      LocalDate today = LocalDate.now(clock.withZone(zone));
      new DemoExtracts().registered(head.residentId(), head.name()).importInto(extracts, today.minusDays(1));
      List<String> materials = checklist.missing(Category.DIBAO, List.of(), false).stream()
          .map(MaterialsChecklist.Item::code).toList();
      String caseNumber = window.accept(new ApplicationForm(Category.DIBAO, STREET, null, new NewHousehold(
          "110105001002", ADDRESS, "13901010005", List.of(head), List.of(), List.of(),
          List.of()), head.residentId(), null, true, true, materials), "demo-" + head.residentId()).acceptedCase().caseNumber();
      org.slf4j.MDC.remove("caseNumber");
      progress.toCountyDecision(caseNumber, STREET, 1, "户主独居租房，失业在家，无收入来源，有劳动能力。");
      progress.complete(caseNumber, "UserTask_CountyDecision", "approver.110105",
          Map.of("decision", "APPROVE", "note", "符合低保条件，纳入救助；签订帮扶协议，推荐就业。"));
      DemoProgress.await(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(
          "UserTask_DraftPlan").list().stream().findFirst().orElse(null), caseNumber + ": 制定帮扶计划");
      log.info("Demo: {} is approved and waits for its assistance plan", caseNumber);
    } catch (RuntimeException | java.io.IOException e) {
      log.warn("Demo: the approved household waiting for its plan could not be prepared", e);
    }
  }
}
