package cn.gov.civilaffairs.assistance.modeling;

import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.deploy;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.form;
import static cn.gov.civilaffairs.assistance.modeling.ModelFixtures.lineOfUserTasks;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * How the files shipped under processes/ and a bureau's edited versions coexist. At start-up the engine deploys the
 * shipped files as one deployment named "SpringAutoDeployment" with duplicate filtering on and deployChangedOnly off:
 * when no shipped file changed since the last such deployment nothing is deployed, when any changed all are
 * deployed again. New cases start on the newest version of a key. This test replays that start-up deployment with
 * its own files (the real one cannot be restarted inside the shared context).
 */
class ShippedAndEditedVersionsIntegrationTests extends IntegrationTest {

  private static final String KEY = "shipped-edited-test";
  private static final String AUTO = "SpringAutoDeployment";

  @Autowired
  RepositoryService repository;

  @Autowired
  SpringProcessEngineConfiguration engineConfiguration;

  @BeforeEach
  void manager() {
    ensureUser("shipped.manager", "110000", Role.PROCESS_MANAGER);
  }

  @Test
  void anUnchangedShippedFileLeavesTheBureausVersionNewestAndAChangedOneWinsAgain() {
    assertThat(engineConfiguration.isDeployChangedOnly()).isFalse();
    assertThat(engineConfiguration.getDeploymentName()).isEqualTo(AUTO);
    String shipped = lineOfUserTasks(KEY, "1.0.0", "UserTask_Check");
    startUp(shipped);
    assertThat(newest().getVersionTag()).isEqualTo("1.0.0");

    var edited = deploy(as("shipped.manager"), "本局增加复核", Map.of(KEY + ".bpmn",
        lineOfUserTasks(KEY, "1.0.0-bureau.1", "UserTask_Check", "UserTask_Recheck"), "modeling-note.form", form()));
    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    int bureauVersion = newest().getVersion();

    startUp(shipped); // a restart with the same shipped file
    assertThat(newest().getVersion()).isEqualTo(bureauVersion);
    assertThat(newest().getVersionTag()).isEqualTo("1.0.0-bureau.1");

    startUp(lineOfUserTasks(KEY, "1.1.0", "UserTask_Check")); // a product upgrade changed the shipped file
    assertThat(newest().getVersion()).isEqualTo(bureauVersion + 1);
    assertThat(newest().getVersionTag()).isEqualTo("1.1.0");
  }

  @Test
  void theSameFilesDeployedTwiceByAManagerAreTwoVersions() {
    Map<String, String> files = Map.of(KEY + "-twice.bpmn", lineOfUserTasks(KEY + "-twice", "1", "UserTask_Check"),
        "modeling-note.form", form());
    var first = deploy(as("shipped.manager"), "第一次", files);
    var second = deploy(as("shipped.manager"), "再次部署同一文件", files);

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody().get("deploymentId")).isNotEqualTo(first.getBody().get("deploymentId"));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY + "-twice").count()).isEqualTo(2);
  }

  /** What SpringTransactionsProcessEngineConfiguration.autoDeployResources does with the shipped files. */
  private void startUp(String bpmn) {
    repository.createDeployment().enableDuplicateFiltering(engineConfiguration.isDeployChangedOnly()).name(AUTO)
        .addInputStream("processes/" + KEY + ".bpmn", new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)))
        .deploy();
  }

  private ProcessDefinition newest() {
    List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().list();
    return latest.get(0);
  }
}
