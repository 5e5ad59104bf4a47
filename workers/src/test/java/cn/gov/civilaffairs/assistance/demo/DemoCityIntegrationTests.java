package cn.gov.civilaffairs.assistance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.civilaffairs.assistance.AssistanceApplication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile loads a small city a newcomer can explore. Its own context: only this test needs it. */
@SpringBootTest(classes = AssistanceApplication.class)
@ActiveProfiles({"test", "demo"})
class DemoCityIntegrationTests {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DemoCity demoCity;

  @Test
  void loadsHouseholdsAndOpenCasesOfSeveralCategoriesOnce() throws Exception {
    List<Map<String, Object>> cases = jdbc.queryForList("select category, conflict_of_interest from cases");

    assertThat(cases).extracting(c -> c.get("category"))
        .containsExactlyInAnyOrder("DIBAO", "TEKUN", "RIGID_EXPENDITURE");
    assertThat(jdbc.queryForObject("select count(*) from households", Integer.class)).isEqualTo(4);
    await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "select count(*) from cases where conflict_of_interest", Integer.class) == 1);

    demoCity.run(null);

    assertThat(jdbc.queryForObject("select count(*) from households", Integer.class)).isEqualTo(4);
  }
}
