package cn.gov.civilaffairs.assistance.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The run command's database: data written before a stop is there after the next start. */
class EmbeddedPostgresPersistenceTests {

  @TempDir
  Path dataDirectory;

  @Test
  void keepsDataAcrossRestarts() throws Exception {
    EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
    EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDirectory, 0, false);

    try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
        var dataSource = configuration.dataSource(first)) {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.execute("create table survivors (name text)");
      jdbc.update("insert into survivors values ('张三')");
    }

    try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
        var dataSource = configuration.dataSource(second)) {
      assertThat(new JdbcTemplate(dataSource).queryForObject("select name from survivors", String.class))
          .isEqualTo("张三");
    }
  }
}
