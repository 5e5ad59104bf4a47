package cn.gov.civilaffairs.assistance.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPort(properties.port())
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C")
        .setServerConfig("max_connections", "200");
    if (properties.ephemeral()) {
      builder.setCleanDataDirectory(true);
    } else {
      Path directory = properties.dataDirectory().toAbsolutePath().normalize();
      Files.createDirectories(directory);
      builder.setDataDirectory(directory).setCleanDataDirectory(false);
      log.info("Embedded PostgreSQL data directory: {}", directory);
    }
    EmbeddedPostgres postgres = builder.start();
    log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
    return postgres;
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
