package cn.gov.civilaffairs.assistance.tempaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.WebappSession;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A street head's emergency approval cannot be taken over through the engine: an admin's or a process manager's
 * complete (engine REST or Cockpit's engine API) is refused, the task stays open and the street's fund keeps its
 * money; the case's process can be neither deleted, modified nor started beside the product.
 */
class EngineRestCannotDecideCasesIntegrationTests extends TemporaryAidSupport {

  static final String MANAGER = "engine.manager.110000";
  static final String ADMIN = "engine.admin.110000";
  static final String APPROVE = "{\"variables\":{\"emergencyDecision\":{\"value\":\"APPROVE\"},"
      + "\"opinion\":{\"value\":\"同意\"}}}";

  @Autowired
  RuntimeService runtime;

  @Test
  void anOperatorsEngineCompleteLeavesTheApprovalOpenAndTheFundUntouched() {
    ensureUser(MANAGER, "110000", Role.PROCESS_MANAGER);
    ensureUser(ADMIN, "110000", Role.ADMIN);
    topUp("5000");
    String caseNumber = accept(street.application("EMERGENCY", "ACCIDENT", 1000));
    String approval = awaitTask(caseNumber, "UserTask_ApproveEmergencyAid");
    String instance = processInstanceOf(caseNumber);

    for (String user : List.of(ADMIN, MANAGER)) {
      var engine = anonymous.withBasicAuth(user, PASSWORD);
      for (String action : List.of("complete", "submit-form", "resolve")) {
        refused(engine.exchange("/engine-rest/task/" + approval + "/" + action, HttpMethod.POST,
            new HttpEntity<>(APPROVE, jsonHeaders()), String.class));
      }
      refused(engine.exchange("/engine-rest/process-instance/" + instance, HttpMethod.DELETE, null, String.class));
      refused(engine.exchange("/engine-rest/process-instance/" + instance + "/modification", HttpMethod.POST,
          new HttpEntity<>("{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
              + "\"UserTask_CompletePaperwork\"}]}", jsonHeaders()), String.class));
      refused(engine.exchange("/engine-rest/process-definition/key/assistance-application/start", HttpMethod.POST,
          new HttpEntity<>(APPROVE, jsonHeaders()), String.class));
      WebappSession cockpit = WebappSession.signIn(anonymous, user, PASSWORD, "cockpit");
      refused(cockpit.call(HttpMethod.POST, "/operaton/api/engine/engine/default/task/" + approval + "/complete",
          APPROVE));
      refused(cockpit.call(HttpMethod.DELETE, "/operaton/api/engine/engine/default/process-instance/" + instance,
          null));
    }

    assertThat(tasks.createTaskQuery().taskId(approval).count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).active().count()).isEqualTo(1);
    assertThat(count("select count(*) from temporary_aid_payments where case_number = ?", caseNumber)).isZero();
    assertThat(count("select count(*) from reserve_fund_entries where case_number = ?", caseNumber)).isZero();
    assertThat(jdbc.queryForObject("select balance from reserve_funds where street_code = ?", BigDecimal.class,
        street.code())).isEqualByComparingTo("5000");
  }

  private static void refused(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody()).contains("\"code\":\"ENGINE_OPERATION_NOT_ALLOWED\"");
  }
}
