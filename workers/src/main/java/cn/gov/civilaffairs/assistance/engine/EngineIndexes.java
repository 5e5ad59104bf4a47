package cn.gov.civilaffairs.assistance.engine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine lacks for our load. Completing a task looks up subtasks by {@code PARENT_TASK_ID_}, which
 * has no index: with 100k open tasks that costs about 17 ms of database time per completion (DESIGN.md; 41/s
 * without, 86/s with it on one thread). The engine creates its tables after Flyway has run, so these are created
 * here, idempotently, once the engine is up.
 */
@Component
@Order(0)
class EngineIndexes implements ApplicationRunner {

  private final JdbcTemplate jdbc;

  EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    jdbc.execute("create index if not exists app_idx_ru_task_parent on operaton.act_ru_task (parent_task_id_)");
  }
}
