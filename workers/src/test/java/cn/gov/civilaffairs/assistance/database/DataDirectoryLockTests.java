package cn.gov.civilaffairs.assistance.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on the same embedded data directory is refused instead of stopping the running database. */
class DataDirectoryLockTests {

  @TempDir
  Path parent;

  @Test
  void aSecondStartOnTheSameDataDirectoryIsRefusedWithAClearMessage() throws Exception {
    EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
    EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(parent.resolve("data"), 0, false);

    try (AutoCloseable running = configuration.dataDirectoryLock(properties)) {
      assertThatThrownBy(() -> configuration.dataDirectoryLock(properties))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already running")
          .hasMessageContaining(parent.resolve("data").toString());
    }
    // Once the running instance has stopped, the directory is free again.
    configuration.dataDirectoryLock(properties).close();
  }

  @Test
  void aRunningServerOnTheDirectoryIsLeftAloneWhenAnotherInstanceHoldsTheLock() throws Exception {
    EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
    EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(parent.resolve("data"), 0, false);
    try (AutoCloseable lock = configuration.dataDirectoryLock(properties);
        var running = configuration.embeddedPostgres(properties)) {
      long pid = Long.parseLong(java.nio.file.Files.readAllLines(parent.resolve("data/postmaster.pid")).get(0));

      assertThatThrownBy(() -> configuration.dataDirectoryLock(properties)).isInstanceOf(IllegalStateException.class);

      assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();
    }
  }
}
