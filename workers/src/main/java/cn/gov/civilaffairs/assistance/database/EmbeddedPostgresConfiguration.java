package cn.gov.civilaffairs.assistance.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started from the application when no {@code spring.datasource.url} is configured, so that
 * a fresh clone runs with one command. Its data directory persists across restarts unless ephemeral.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  /** The lock of a kept data directory (none for an ephemeral one); PostgreSQL stops before it is released. */
  @Bean(destroyMethod = "close")
  AutoCloseable dataDirectoryLock(EmbeddedDatabaseProperties properties) throws IOException {
    return properties.ephemeral() ? () -> { } : DataDirectoryLock.acquire(properties.dataDirectory());
  }

  @Bean(destroyMethod = "close")
  @org.springframework.context.annotation.DependsOn("dataDirectoryLock")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPort(properties.port())
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C")
        .setServerConfig("max_connections", "200")
        // Spring closes it after the pool (destroy method); a hook of its own would race with that.
        .setRegisterShutdownHook(false);
    if (properties.ephemeral()) {
      builder.setCleanDataDirectory(true);
    } else {
      Path directory = properties.dataDirectory().toAbsolutePath().normalize();
      Files.createDirectories(directory);
      // The library starts its servers with synchronous_commit=off (fine for throw-away test clusters); the service's
      // own data must survive a power cut once a commit has returned, so commits wait for the WAL flush here.
      builder.setDataDirectory(directory).setCleanDataDirectory(false).setServerConfig("synchronous_commit", "on");
      stopServerLeftByACrash(directory);
      log.info("Embedded PostgreSQL data directory: {}", directory);
    }
    EmbeddedPostgres postgres = builder.start();
    log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
    return postgres;
  }

  /**
   * A service killed hard (kill -9, power loss) leaves its PostgreSQL running on the data directory, and a new
   * server cannot start there. Such a server has no clients left: ask it to shut down cleanly first. Called only
   * with the directory's {@link DataDirectoryLock} held, so the server is not a running instance's.
   */
  static void stopServerLeftByACrash(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 2 || !Path.of(lines.get(1).trim()).equals(directory)) {
      return;
    }
    Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
    if (server.isPresent()) {
      log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier crash", server.get().pid(),
          directory);
      server.get().destroy();
      try {
        server.get().onExit().get(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while stopping the old PostgreSQL", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IOException("The old PostgreSQL on " + directory + " did not stop", e);
      }
    }
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setPassword("postgres");
    return dataSource;
  }
}
