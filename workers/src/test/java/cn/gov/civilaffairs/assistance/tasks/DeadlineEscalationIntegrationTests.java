package cn.gov.civilaffairs.assistance.tasks;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

class DeadlineEscalationIntegrationTests extends IntegrationTest {

  @Autowired
  TaskService tasks;

  @Autowired
  DeadlineWatch watch;

  @Test
  void remindsTheStreetHeadOnceAndEscalatesOverdueTasksToTheCounty() {
    ensureUser("escalation.head", "110108001", Role.STREET_HEAD);
    ensureUser("escalation.approver", "110108", Role.COUNTY_APPROVER);
    String caseNumber = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110108001002"))
        .getBody().get("caseNumber");
    await().atMost(Duration.ofSeconds(20)).until(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count() == 1);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    tasks.setFollowUpDate(taskId, Date.from(Instant.now().minusSeconds(3600)));
    tasks.setDueDate(taskId, Date.from(Instant.now().plusSeconds(86_400)));

    watch.scan();
    watch.scan();

    List<Map<String, Object>> headSees = notificationsOf("escalation.head", caseNumber);
    assertThat(headSees).singleElement().satisfies(n -> assertThat(n).containsEntry("kind", "DUE_SOON")
        .containsEntry("recipient", "street-head:110108001").containsEntry("read", false));

    tasks.setDueDate(taskId, Date.from(Instant.now().minusSeconds(60)));
    watch.scan();

    assertThat(notificationsOf("escalation.approver", caseNumber)).singleElement()
        .satisfies(n -> assertThat(n).containsEntry("kind", "OVERDUE").containsEntry("recipient",
            "county-approver:110108"));
    assertThat(notificationsOf("escalation.head", caseNumber)).extracting(n -> n.get("kind"))
        .containsExactly("DUE_SOON");

    Object id = headSees.get(0).get("id");
    assertThat(as("escalation.head").postForEntity("/api/notifications/" + id + "/read", null, Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(notificationsOf("escalation.head", caseNumber).get(0)).containsEntry("read", true);
    assertThat(as("escalation.approver").postForEntity("/api/notifications/" + id + "/read", null, Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void putsACasePastItsTotalTimeLimitOnTheCountysListOnce() {
    ensureUser("escalation.approver.chaoyang", "110105", Role.COUNTY_APPROVER);
    String late = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002001")).getBody()
        .get("caseNumber");
    String onTime = (String) post("/api/applications", aDibaoApplicationOfANewCouple("110105002002")).getBody()
        .get("caseNumber");
    jdbc.update("update cases set due_on = current_date - 1 where case_number = ?", late);
    jdbc.update("update cases set due_on = current_date + 5 where case_number = ?", onTime);

    watch.scan();
    watch.scan();

    assertThat(notificationsOf("escalation.approver.chaoyang", late)).singleElement().satisfies(n ->
        assertThat(n).containsEntry("kind", "CASE_OVERDUE").containsEntry("recipient", "county-approver:110105"));
    assertThat(notificationsOf("escalation.approver.chaoyang", onTime)).isEmpty();
  }

  private List<Map<String, Object>> notificationsOf(String username, String caseNumber) {
    return as(username).exchange("/api/notifications", HttpMethod.GET, null, JSON_ARRAY).getBody().stream()
        .filter(n -> caseNumber.equals(n.get("caseNumber"))).toList();
  }
}
