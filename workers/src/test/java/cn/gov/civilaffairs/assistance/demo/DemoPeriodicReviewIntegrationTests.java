package cn.gov.civilaffairs.assistance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.AssistanceApplication;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo's enrolled households for the periodic review, loaded once (the demo city's context). */
@SpringBootTest(classes = AssistanceApplication.class)
@ActiveProfiles({"test", "demo"})
class DemoPeriodicReviewIntegrationTests {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DemoPeriodicReview demo;

  @Test
  void enrolsThreeHouseholdsOnceWithTheBankExtractThatMakesOneIneligible() {
    String enrolled = """
        select e.monthly_benefit from enrolments e join households h on h.id = e.household_id
        where h.community_code = ? and e.status = 'ACTIVE' order by e.id""";
    assertThat(jdbc.queryForList(enrolled, BigDecimal.class, DemoCityIntegrationTests.REVIEW_COMMUNITY))
        .containsExactly(new BigDecimal("1450.00"), new BigDecimal("1000.00"), new BigDecimal("1450.00"));
    assertThat(jdbc.queryForObject("""
        select count(*) from verification_records r join verification_imports i on i.id = r.import_id
        join household_members m on m.resident_id = r.resident_id join households h on h.id = m.household_id
        where i.source = 'banks' and h.community_code = ? and r.amount = 300000""", Integer.class,
        DemoCityIntegrationTests.REVIEW_COMMUNITY)).isOne();

    demo.run(null);

    assertThat(jdbc.queryForList(enrolled, BigDecimal.class, DemoCityIntegrationTests.REVIEW_COMMUNITY)).hasSize(3);
  }
}
