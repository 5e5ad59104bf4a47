package cn.gov.civilaffairs.assistance.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/** Every branch of one referred measure on the engine alone: answered in time, answered late after a chase. */
@Deployment(resources = {"processes/agreement-referral.bpmn", "processes/record-referral-feedback.form",
    "processes/chase-overdue-referral.form"})
class AgreementReferralProcessTests extends ProcessTestSupport {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngines.extension();

  RuntimeService runtime;
  TaskService tasks;
  ExternalTaskService externalTasks;
  ManagementService management;

  @Test
  void aReferralAnsweredInTimeClosesTheMeasureWithTheDepartmentsAnswer() {
    ProcessInstance instance = start(100L);
    refer(instance, OffsetDateTime.now().plusDays(30));

    tasks.complete(expectTask(instance, "UserTask_RecordReferralFeedback", "caseworker:110105001").getId(),
        Map.of("measureDelivered", "NO"));
    LockedExternalTask outcome = externalTasks.fetchAndLock(10, "test").topic("record-referral-outcome", 60_000)
        .variables("measureId", "measureDelivered").businessKey(instance.getBusinessKey()).execute().get(0);
    assertThat(outcome.getVariables()).containsEntry("measureId", 100L).containsEntry("measureDelivered", "NO");
    externalTasks.complete(outcome.getId(), "test");

    assertEndedAt(instance, "EndEvent_ReferralClosed");
    assertThat(visited(instance)).doesNotContain("UserTask_ChaseOverdueReferral");
  }

  @Test
  void anOverdueReferralIsChasedWhileTheDepartmentsAnswerIsStillAwaited() {
    ProcessInstance instance = start(101L);
    refer(instance, OffsetDateTime.now().plusDays(10));

    Job overdue = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(overdue.getDuedate()).isInTheFuture();
    management.executeJob(overdue.getId());
    Task chase = tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_ChaseOverdueReferral").singleResult();
    assertThat(candidateGroups(chase)).containsExactly("caseworker:110105001");
    tasks.complete(chase.getId());
    answer(instance, "YES");
    work(instance, "record-referral-outcome", Map.of());

    assertEndedAt(instance, "EndEvent_ReferralClosed");
    assertThat(visited(instance)).contains("EndEvent_ReferralChased", "EndEvent_ReferralClosed");
  }

  @Test
  void anAnswerArrivingWhileTheChaseIsOpenClosesTheReferral() {
    ProcessInstance instance = start(102L);
    refer(instance, OffsetDateTime.now().plusDays(5));
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
        .getId());

    answer(instance, "YES");
    work(instance, "record-referral-outcome", Map.of());

    assertEndedAt(instance, "EndEvent_ReferralClosed");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(visited(instance)).doesNotContain("EndEvent_ReferralChased");
  }

  private ProcessInstance start(long measureId) {
    String caseNumber = "DB-110105001-2026-" + String.format("%06d", 800 + SEQUENCE.incrementAndGet());
    return runtime.startProcessInstanceByKey("agreement-referral", caseNumber, Map.of("streetCode", "110105001",
        "districtCode", "110105", "householdId", 1L, "planId", 7L, "measureId", measureId, "referralId", 3L,
        "department", "HUMAN_RESOURCES"));
  }

  private void refer(ProcessInstance instance, OffsetDateTime due) {
    LockedExternalTask refer = lock(instance, "refer-plan-measure");
    assertThat(refer.getActivityId()).isEqualTo("ServiceTask_ReferMeasure");
    externalTasks.complete(refer.getId(), "test", Map.of("referralDue", due.toString()));
  }

  private void answer(ProcessInstance instance, String delivered) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("UserTask_RecordReferralFeedback").singleResult().getId(),
        Map.of("measureDelivered", delivered));
  }
}
