package cn.gov.civilaffairs.assistance.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.gov.civilaffairs.assistance.engine.jobs.Job;
import cn.gov.civilaffairs.assistance.engine.jobs.JobResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckConflictOfInterestWorkerTests {

  private final ConflictOfInterestRegister register = mock(ConflictOfInterestRegister.class);
  private final CheckConflictOfInterestWorker worker = new CheckConflictOfInterestWorker(register);

  @Test
  void reportsAConflictFoundForTheCase() {
    // given
    when(register.checkCase("DB-110105001-2026-000007"))
        .thenReturn(new ConflictOfInterestRegister.Check(true, List.of("match")));

    // when
    JobResult result = worker.handle(job("DB-110105001-2026-000007"));

    // then
    assertThat(result).isEqualTo(new JobResult.Completed(Map.of("conflictOfInterest", true)));
    verify(register).checkCase("DB-110105001-2026-000007");
  }

  @Test
  void reportsNoConflictWhenNoneIsDeclared() {
    // given
    when(register.checkCase("DB-110105001-2026-000008"))
        .thenReturn(new ConflictOfInterestRegister.Check(false, List.of()));

    // when
    JobResult result = worker.handle(job("DB-110105001-2026-000008"));

    // then
    assertThat(result).isEqualTo(new JobResult.Completed(Map.of("conflictOfInterest", false)));
  }

  @Test
  void listensOnItsTopic() {
    assertThat(worker.topic()).isEqualTo("check-conflict-of-interest");
  }

  private static Job job(String caseNumber) {
    return new Job() {
      @Override
      public String id() {
        return "job-1";
      }

      @Override
      public String topic() {
        return "check-conflict-of-interest";
      }

      @Override
      public String businessKey() {
        return caseNumber;
      }

      @Override
      public Optional<Integer> retriesLeft() {
        return Optional.empty();
      }

      @Override
      public Optional<Object> variable(String name) {
        return Optional.empty();
      }
    };
  }
}
