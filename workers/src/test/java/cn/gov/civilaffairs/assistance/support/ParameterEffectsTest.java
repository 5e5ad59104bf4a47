package cn.gov.civilaffairs.assistance.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Base of the tests that show a policy parameter changes what it names: an administrator sets it at a
 * jurisdiction of the test's own ({@link OwnDistricts}), cases are accepted there and next to it.
 */
public abstract class ParameterEffectsTest extends IntegrationTest {

  protected static final String ADMIN = "params.admin";

  @Autowired
  private TaskService engineTasks;

  @BeforeEach
  void anAdministrator() {
    ensureUser(ADMIN, "110000", Role.ADMIN);
  }

  /** See {@link OwnDistricts#setParameter}: once per node and code. */
  protected void setParameter(String jurisdiction, String code, Object value, String effectiveFrom) {
    OwnDistricts.setParameter(jdbc, as(ADMIN), jurisdiction, code, value, effectiveFrom);
  }

  /** The case accepted at the window for {@code application} (as {@link #TESTER}). */
  protected Map<String, Object> accepted(Map<String, Object> application) {
    ResponseEntity<Map<String, Object>> accepted = post("/api/applications", application);
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.CREATED);
    return accepted.getBody();
  }

  /**
   * The case number of a new couple's 低保 application accepted in {@code community}, once its process waits in
   * its first human step (so that no worker of the case runs while the test calls a service on it).
   */
  protected String aDibaoCaseIn(String community) {
    return quiet((String) accepted(Fixtures.aDibaoApplicationOfANewCouple(community)).get("caseNumber"));
  }

  /** {@code caseNumber} once its process waits in a human step. */
  protected String quiet(String caseNumber) {
    await().atMost(Duration.ofSeconds(60)).until(() -> engineTasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).count() > 0);
    return caseNumber;
  }
}
