package cn.gov.civilaffairs.assistance.demo;

import cn.gov.civilaffairs.assistance.identity.AppUser;
import cn.gov.civilaffairs.assistance.identity.UserDirectory;
import cn.gov.civilaffairs.assistance.tasks.TaskCompletions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Walks one demo case through the street's steps (investigation, countersignature, first opinion, 公示) as the demo
 * users would, so that the county's decision screen has a case waiting. The 公示 timer is fired rather than waited
 * for seven days.
 */
@Component
@Profile("demo")
class DemoProgress {

  private static final Duration STEP_WAIT = Duration.ofSeconds(60);

  private final TaskService tasks;
  private final ManagementService management;
  private final TaskCompletions completions;
  private final UserDirectory users;
  private final RuntimeService runtime;

  DemoProgress(TaskService tasks, ManagementService management, TaskCompletions completions, UserDirectory users,
      RuntimeService runtime) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.completions = completions;
    this.users = users;
  }

  /** Brings the case of street {@code street} to the county's decision. */
  void toCountyDecision(String caseNumber, String street) {
    toCountyDecision(caseNumber, street, 2, "父女二人租住一居室，户主患糖尿病，靠失业保险金生活，女儿读初中。");
  }

  /** The same, with what the investigators found at home. */
  void toCountyDecision(String caseNumber, String street, int membersPresent, String findings) {
    complete(caseNumber, "UserTask_InvestigateHousehold", "caseworker." + street, Map.of(
        "visitDate", java.time.LocalDate.now().toString(), "investigators", "经办人、第二经办人",
        "livingConditions", "RENTED", "membersPresent", membersPresent, "findings", findings, "familySigned", true));
    complete(caseNumber, "UserTask_CountersignInvestigation", "caseworker2." + street,
        Map.of("tookPart", true, "signedOn", java.time.LocalDate.now().toString()));
    complete(caseNumber, "UserTask_StreetFirstOpinion", "reviewer." + street,
        Map.of("opinion", "APPROVE", "note", "经调查核实，符合最低生活保障条件。"));
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("assistance-application").singleResult().getId();
    Job timer = await(() -> management.createJobQuery().processInstanceId(instance).timers().list().stream()
        .findFirst().orElse(null), caseNumber + ": 公示");
    management.executeJob(timer.getId());
  }

  void complete(String caseNumber, String step, String username, Map<String, Object> data) {
    Task task = await(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(step)
        .list().stream().findFirst().orElse(null), caseNumber + ": " + step);
    AppUser user = users.find(username).orElseThrow();
    completions.complete(user, task.getId(), data);
  }

  static <T> T await(Supplier<T> probe, String what) {
    Instant deadline = Instant.now().plus(STEP_WAIT);
    while (Instant.now().isBefore(deadline)) {
      T found = probe.get();
      if (found != null) {
        return found;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IllegalStateException("Demo case did not reach " + what + " within " + STEP_WAIT);
  }
}
