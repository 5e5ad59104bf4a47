package cn.gov.civilaffairs.assistance.notices;

import cn.gov.civilaffairs.assistance.engine.Topics;
import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.Date;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the 公示 and tells the process when the period ends ({@code noticeEndsAt}). Each objection interrupts
 * a round, so the round is one more than the interrupted ones: a replay publishes nothing new.
 */
@Component
class PublishPublicNoticeWorker implements JobWorker {

  private final PublicNotices notices;
  private final NoticePolicy policy;
  private final JdbcTemplate jdbc;

  PublishPublicNoticeWorker(PublicNotices notices, NoticePolicy policy, JdbcTemplate jdbc) {
    this.notices = notices;
    this.policy = policy;
    this.jdbc = jdbc;
  }

  @Override
  public String topic() {
    return Topics.PUBLISH_PUBLIC_NOTICE;
  }

  @Override
  @Transactional
  public JobResult handle(Job job) {
    String caseNumber = job.businessKey();
    Integer interrupted = jdbc.queryForObject(
        "select count(*) from public_notices where case_number = ? and status = 'INTERRUPTED'", Integer.class,
        caseNumber);
    PublicNotices.Notice notice = notices.publish(caseNumber, interrupted + 1, policy.termsFor(caseNumber));
    return JobResult.completed(Map.of("noticeEndsAt", Date.from(notices.endOf(notice)), "noticeId", notice.id()));
  }
}
