package cn.gov.civilaffairs.assistance.tempaid;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Files a paid emergency case with the county (备案): one filing per case, on the county's list. */
@Component
class FileTemporaryAidWithCountyWorker implements JobWorker {

  private final TemporaryAidFilings filings;

  FileTemporaryAidWithCountyWorker(TemporaryAidFilings filings) {
    this.filings = filings;
  }

  @Override
  public String topic() {
    return Topics.FILE_TEMPORARY_AID_WITH_COUNTY;
  }

  @Override
  public JobResult handle(Job job) {
    Instant paperworkDue = job.variable("paperworkDueAt").filter(Date.class::isInstance)
        .map(due -> ((Date) due).toInstant()).orElse(null);
    long filing = filings.file(job.businessKey(), job.requiredString("streetCode"),
        job.requiredString("districtCode"), paperworkDue);
    return JobResult.completed(Map.of("temporaryAidFilingId", filing));
  }
}
