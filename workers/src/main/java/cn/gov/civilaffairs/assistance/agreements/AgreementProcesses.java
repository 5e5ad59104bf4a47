package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.applications.ApplicationCases;
import cn.gov.civilaffairs.assistance.applications.AssistanceCase;
import cn.gov.civilaffairs.assistance.api.ApiException;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the agreement process of a case: a renewal of an enrolled household's plan, or the first agreement of an
 * approved case whose application (version 2.0.0, before it called the agreement process itself) waits for it.
 */
@Service
@Transactional
public class AgreementProcesses {

  static final String PROCESS_KEY = "assistance-agreement";
  static final String SETTLED_MESSAGE = "AssistanceAgreementSigned";
  static final String RENEWAL_MESSAGE = "PlanRenewalRequested";

  private final RuntimeService runtime;
  private final ApplicationCases cases;

  AgreementProcesses(RuntimeService runtime, ApplicationCases cases) {
    this.runtime = runtime;
    this.cases = cases;
  }

  public record Started(String caseNumber, String processInstanceId) {}

  /**
   * Starts the agreement process for the household of a case (a renewal for an enrolled household's new plan).
   *
   * @throws ApiException 409 {@code AGREEMENT_PROCESS_RUNNING} when one runs for the case
   */
  public Started start(String caseNumber, boolean renewal) {
    AssistanceCase assistanceCase = cases.require(caseNumber);
    if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber)
        .active().count() > 0) {
      throw ApiException.conflict("AGREEMENT_PROCESS_RUNNING", Map.of());
    }
    Map<String, Object> variables = Map.of("streetCode", assistanceCase.streetCode(),
        "districtCode", assistanceCase.streetCode().substring(0, 6), "householdId", assistanceCase.householdId(),
        "renewal", renewal);
    String id = renewal
        ? runtime.createMessageCorrelation(RENEWAL_MESSAGE).processInstanceBusinessKey(caseNumber)
            .setVariables(variables).correlateStartMessage().getId()
        : runtime.startProcessInstanceByKey(PROCESS_KEY, caseNumber, variables).getId();
    return new Started(caseNumber, id);
  }

  /**
   * Lets the case's application process go on if it waits for the agreement (signed or refused alike). Only
   * applications started on version 2.0.0 wait for this message; from 2.1.0 on the application calls the agreement
   * process and goes on when it ends.
   */
  public boolean reportToApplication(String caseNumber) {
    boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .messageEventSubscriptionName(SETTLED_MESSAGE).count() > 0;
    if (waiting) {
      runtime.createMessageCorrelation(SETTLED_MESSAGE).processInstanceBusinessKey(caseNumber).correlate();
    }
    return waiting;
  }
}
