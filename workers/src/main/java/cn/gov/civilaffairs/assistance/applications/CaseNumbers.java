package cn.gov.civilaffairs.assistance.applications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates case numbers {@code <prefix>-<street>-<year>-<000042>}, gap-free per street and year. The counter
 * row stays locked until the accepting transaction ends, so a rolled-back acceptance gives its number back and
 * concurrent acceptances at one street queue for the row (other streets do not wait).
 */
@Component
class CaseNumbers {

  private final JdbcTemplate jdbc;

  CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(Category category, String streetCode, int year) {
    Integer sequence = jdbc.queryForObject("""
        insert into case_number_counters (street_code, year, last_value) values (?, ?, 1)
        on conflict (street_code, year) do update set last_value = case_number_counters.last_value + 1
        returning last_value""", Integer.class, streetCode, year);
    return "%s-%s-%d-%06d".formatted(category.prefix(), streetCode, year, sequence);
  }
}
