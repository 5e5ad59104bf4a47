package cn.gov.civilaffairs.assistance.agreements;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Files the agreement of the plan's current version and sets the signing deadline. */
@Component
class GenerateAssistanceAgreementWorker implements JobWorker {

  private final AgreementSteps steps;

  GenerateAssistanceAgreementWorker(AgreementSteps steps) {
    this.steps = steps;
  }

  @Override
  public String topic() {
    return Topics.GENERATE_ASSISTANCE_AGREEMENT;
  }

  @Override
  public JobResult handle(Job job) {
    AgreementSteps.GeneratedAgreement agreement = steps.generate(job.businessKey());
    return JobResult.completed(Map.of("agreementDocumentId", agreement.documentId(),
        "planVersion", agreement.planVersion(), "signingDeadline", agreement.signingDeadline()));
  }
}
