package cn.gov.civilaffairs.assistance.modeling;

import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.deploy;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.form;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.lineOfUserTasks;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** The dry run replays the last completed cases' paths on a new model and reports those that no longer exist. */
class DryRunIntegrationTests extends IntegrationTest {

  private static final String MANAGER = "dryrun.manager";
  private static final String KEY = "dry-run-test";

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @BeforeEach
  void completedCases() {
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
    if (jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null",
        Long.class, KEY) > 0) {
      return;
    }
    var deployed = deploy(as(MANAGER), "试运行测试", Map.of(KEY + ".bpmn",
        lineOfUserTasks(KEY, "v1", "UserTask_Check", "UserTask_Approve", "UserTask_Archive"),
        "modeling-note.form", form()));
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    for (int i = 0; i < 2; i++) {
      String id = runtime.startProcessInstanceByKey(KEY, "DRY-" + i, Map.of("streetCode", "110105001")).getId();
      for (int step = 0; step < 3; step++) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void reportsCasesWhoseStepIsGoneOrWhoseStepsAreNoLongerConnected() {
    Map<String, Object> same = dryRun(lineOfUserTasks(KEY, "v1", "UserTask_Check", "UserTask_Approve",
        "UserTask_Archive"));
    Map<String, Object> withoutApproval = dryRun(lineOfUserTasks(KEY, "v2", "UserTask_Check", "UserTask_Archive"));
    Map<String, Object> reordered = dryRun(lineOfUserTasks(KEY, "v3", "UserTask_Archive", "UserTask_Check",
        "UserTask_Approve"));

    assertThat(same).containsEntry("checked", 2).containsEntry("broken", 0);
    assertThat(withoutApproval).containsEntry("broken", 2);
    assertThat((List<Map<String, Object>>) withoutApproval.get("paths")).allSatisfy(p -> assertThat(p)
        .containsEntry("missingSteps", List.of("UserTask_Approve")).containsEntry("missingTransitions", List.of()));
    Map<String, Object> path = ((List<Map<String, Object>>) reordered.get("paths")).get(0);
    assertThat(path.get("path")).isEqualTo(List.of("StartEvent_Started", "UserTask_Check", "UserTask_Approve",
        "UserTask_Archive", "EndEvent_Done"));
    assertThat((List<Map<String, Object>>) path.get("missingTransitions")).extracting(t -> t.get("to"))
        .containsExactly("UserTask_Check");
  }

  @Test
  void refusesAnUnsafeModel() {
    var refused = as(MANAGER).exchange("/api/processes/dry-run", HttpMethod.POST, new HttpEntity<>(Map.of(
        "processKey", KEY, "bpmnXml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<d>&x;</d>"), jsonHeaders()), JSON_OBJECT);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody()).containsEntry("code", "MODEL_INVALID");
  }

  private Map<String, Object> dryRun(String xml) {
    var response = as(MANAGER).exchange("/api/processes/dry-run", HttpMethod.POST,
        new HttpEntity<>(Map.of("processKey", KEY, "bpmnXml", xml, "cases", 10), jsonHeaders()), JSON_OBJECT);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
