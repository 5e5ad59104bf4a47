package cn.gov.civilaffairs.assistance.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run command's database: data written before a stop is there after the next start, and a commit has reached the
 * log on disk before it returns.
 */
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

  @Test
  void waitsForTheLogFlushOnCommitWhenTheDataIsKept() throws Exception {
    EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
    try (EmbeddedPostgres kept = configuration.embeddedPostgres(
            new EmbeddedDatabaseProperties(dataDirectory, 0, false));
        var dataSource = configuration.dataSource(kept)) {
      assertThat(new JdbcTemplate(dataSource).queryForObject("show synchronous_commit", String.class))
          .isEqualTo("on");
    }
  }

  @Test
  void stopsTheServerThatACrashLeftRunningOnTheDataDirectory() throws Exception {
    EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
    EmbeddedPostgres orphan = configuration.embeddedPostgres(
        new EmbeddedDatabaseProperties(dataDirectory, 0, false));
    long pid = Long.parseLong(java.nio.file.Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0));
    assertThat(ProcessHandle.of(pid)).get().matches(ProcessHandle::isAlive);

    EmbeddedPostgresConfiguration.stopServerLeftByACrash(dataDirectory.toAbsolutePath().normalize());

    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    try {
      orphan.close();
    } catch (Exception alreadyStopped) {
      // pg_ctl may complain that the server is gone: that is what this test made happen.
    }
  }
}
