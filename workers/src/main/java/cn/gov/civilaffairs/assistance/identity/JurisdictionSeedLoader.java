package cn.gov.civilaffairs.assistance.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the jurisdiction tree from a versioned CSV seed ({@code #version=...} on the first line, then
 * {@code code,parent_code,level,name}). A file whose version was already loaded is skipped; a new version is
 * upserted node by node, parents first, so codes in use stay valid.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JurisdictionSeedLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(JurisdictionSeedLoader.class);
  private static final String SEED_NAME = "jurisdictions";

  private final JdbcTemplate jdbc;
  private final Resource seed;

  JurisdictionSeedLoader(JdbcTemplate jdbc, @Value("${app.jurisdictions.seed}") Resource seed) {
    this.jdbc = jdbc;
    this.seed = seed;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    SeedFile file = read();
    List<String> loaded = jdbc.queryForList(
        "select version from seed_versions where name = ? for update", String.class, SEED_NAME);
    if (!loaded.isEmpty() && loaded.get(0).equals(file.version())) {
      return;
    }
    Map<String, String> paths = new HashMap<>();
    for (SeedRow row : file.rows()) {
      String parentPath = row.parentCode() == null ? "" : paths.get(row.parentCode());
      if (parentPath == null) {
        throw new IllegalStateException("Seed lists " + row.code() + " before its parent " + row.parentCode());
      }
      String path = parentPath + row.code() + "/";
      paths.put(row.code(), path);
      jdbc.update("""
          insert into jurisdictions (code, parent_code, level, name, path) values (?, ?, ?, ?, ?)
          on conflict (code) do update set parent_code = excluded.parent_code, level = excluded.level,
            name = excluded.name, path = excluded.path""",
          row.code(), row.parentCode(), row.level().name(), row.name(), path);
    }
    jdbc.update("""
        insert into seed_versions (name, version, loaded_at) values (?, ?, ?)
        on conflict (name) do update set version = excluded.version, loaded_at = excluded.loaded_at""",
        SEED_NAME, file.version(), Timestamp.from(Instant.now()));
    log.info("Loaded jurisdiction seed version {} ({} nodes)", file.version(), file.rows().size());
  }

  private SeedFile read() throws IOException {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(seed.getInputStream(), StandardCharsets.UTF_8))) {
      String first = reader.readLine();
      if (first == null || !first.startsWith("#version=")) {
        throw new IllegalStateException("Jurisdiction seed must start with #version=...");
      }
      List<SeedRow> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
          throw new IllegalStateException("Bad jurisdiction seed line: " + line);
        }
        rows.add(new SeedRow(cells[0].trim(), cells[1].isBlank() ? null : cells[1].trim(),
            JurisdictionLevel.valueOf(cells[2].trim()), cells[3].trim()));
      }
      return new SeedFile(first.substring("#version=".length()).trim(), rows);
    }
  }

  private record SeedFile(String version, List<SeedRow> rows) {}

  private record SeedRow(String code, String parentCode, JurisdictionLevel level, String name) {}
}
