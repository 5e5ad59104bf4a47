package cn.gov.civilaffairs.assistance.applications;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aCoupleIn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CaseTimelineIntegrationTests extends IntegrationTest {

  @Autowired
  CaseTimeline timeline;

  @Autowired
  PlatformTransactionManager transactionManager;

  String caseNumber;
  long caseId;

  @BeforeEach
  void aCase() {
    long household = ((Number) post("/api/households", aCoupleIn("110108001001")).getBody().get("id")).longValue();
    caseNumber = "DB-110108001-2026-T" + household;
    caseId = jdbc.queryForObject("""
        insert into cases (case_number, category, street_code, household_id, applicant_member_id, truth_pledge_signed,
          verification_consent, status, accepted_at)
        select ?, 'DIBAO', '110108001', ?, min(id), true, true, 'OPEN', now() from household_members
        where household_id = ? returning id""", Long.class, caseNumber, household, household);
  }

  @Test
  void writesATransactionsEntriesInOneGoAtCommitInTheOrderRecorded() {
    List<String> seenBeforeCommit = new TransactionTemplate(transactionManager).execute(status -> {
      timeline.record(caseNumber, "a", "STEP_STARTED", "第一步", "system", null);
      timeline.record(caseNumber, "b", "STEP_COMPLETED", "第一步", "system", null);
      timeline.record(caseNumber, "a", "STEP_STARTED", "第一步", "system", "replayed: kept once");
      timeline.record(caseNumber, "c", "STEP_STARTED", "第二步", "system", "详情");
      return types();
    });

    assertThat(seenBeforeCommit).isEmpty();
    assertThat(types()).containsExactly("STEP_STARTED", "STEP_COMPLETED", "STEP_STARTED");
    assertThat(timeline.of(caseId)).extracting(CaseTimeline.Entry::detail).containsExactly(null, null, "详情");
  }

  @Test
  void writesNothingWhenTheTransactionRollsBack() {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      timeline.record(caseNumber, "a", "STEP_STARTED", "第一步", "system", null);
      status.setRollbackOnly();
    });

    assertThat(types()).isEmpty();
  }

  @Test
  void showsEntriesNotYetWrittenToTheTransactionThatRecordedThem() {
    List<CaseTimeline.Entry> shown = new TransactionTemplate(transactionManager).execute(status -> {
      timeline.record(caseNumber, "a", "REVIEW_STARTED", null, "system", "发起核查");
      return timeline.of(caseId);
    });

    assertThat(shown).extracting(CaseTimeline.Entry::type).containsExactly("REVIEW_STARTED");
    assertThat(types()).containsExactly("REVIEW_STARTED");
  }

  @Test
  void writesAtOnceOutsideATransaction() {
    timeline.record(caseNumber, "a", "REVIEW_STARTED", null, "system", null);

    assertThat(types()).containsExactly("REVIEW_STARTED");
  }

  private List<String> types() {
    return jdbc.queryForList("select type from case_events where case_id = ? order by id", String.class, caseId);
  }
}
