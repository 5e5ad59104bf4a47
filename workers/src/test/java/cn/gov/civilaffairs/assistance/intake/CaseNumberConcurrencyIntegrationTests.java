package cn.gov.civilaffairs.assistance.intake;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class CaseNumberConcurrencyIntegrationTests extends IntegrationTest {

  private static final int SUBMISSIONS = 50;

  @Test
  void givesFiftyParallelSubmissionsFiftyConsecutiveNumbers() throws Exception {
    int before = jdbc.queryForList("select last_value from case_number_counters where street_code = '110108002'",
        Integer.class).stream().findFirst().orElse(0);
    List<Callable<ResponseEntity<Map<String, Object>>>> submissions = new ArrayList<>();
    for (int i = 0; i < SUBMISSIONS; i++) {
      Map<String, Object> application = aDibaoApplicationOfANewCouple("110108002001");
      submissions.add(() -> post("/api/applications", application));
    }

    List<Integer> sequences = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
    try {
      for (Future<ResponseEntity<Map<String, Object>>> result : pool.invokeAll(submissions)) {
        ResponseEntity<Map<String, Object>> response = result.get();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) response.getBody().get("caseNumber");
        sequences.add(Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1)));
      }
    } finally {
      pool.shutdown();
    }

    assertThat(sequences).doesNotHaveDuplicates();
    assertThat(sequences.stream().sorted().toList())
        .isEqualTo(java.util.stream.IntStream.rangeClosed(before + 1, before + SUBMISSIONS).boxed().toList());
  }
}
