package cn.gov.civilaffairs.assistance.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data. {@code ephemeral} gives a fresh throw-away cluster (tests).
 */
@ConfigurationProperties("app.embedded-postgres")
record EmbeddedDatabaseProperties(Path dataDirectory, int port, boolean ephemeral) {}
