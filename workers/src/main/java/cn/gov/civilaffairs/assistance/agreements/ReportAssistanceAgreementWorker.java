package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records how the agreement was signed or why it was refused, and lets a waiting application go on: a refusal does
 * not withhold the benefit.
 */
@Component
class ReportAssistanceAgreementWorker implements JobWorker {

  private final AgreementSteps steps;
  private final AgreementProcesses processes;

  ReportAssistanceAgreementWorker(AgreementSteps steps, AgreementProcesses processes) {
    this.steps = steps;
    this.processes = processes;
  }

  @Override
  public String topic() {
    return Topics.REPORT_ASSISTANCE_AGREEMENT;
  }

  @Override
  public JobResult handle(Job job) {
    steps.recordSigning(job.businessKey());
    return JobResult.completed(Map.of("applicationReported", processes.reportToApplication(job.businessKey())));
  }
}
