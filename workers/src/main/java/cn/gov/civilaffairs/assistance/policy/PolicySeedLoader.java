package cn.gov.civilaffairs.assistance.policy;

import cn.gov.civilaffairs.assistance.identity.Jurisdiction;
import cn.gov.civilaffairs.assistance.identity.Jurisdictions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped city defaults of {@code seed/policy-parameters.csv} for parameters the node has no row of yet,
 * so a bureau's own values are never overwritten and every snapshot can name the rows it used.
 */
@Component
@Order(3)
class PolicySeedLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PolicySeedLoader.class);

  private final PolicyParameters parameters;
  private final Jurisdictions jurisdictions;
  private final Resource seed;

  PolicySeedLoader(PolicyParameters parameters, Jurisdictions jurisdictions,
      @Value("${app.policy.seed:classpath:seed/policy-parameters.csv}") Resource seed) {
    this.parameters = parameters;
    this.jurisdictions = jurisdictions;
    this.seed = seed;
  }

  /**
   * Lines {@code jurisdiction_code,code,value,effective_from,reason}; {@code *} names the root of the jurisdiction
   * tree (whatever city the bureau's jurisdiction seed has); {@code #} starts a comment.
   */
  @Override
  public void run(ApplicationArguments args) throws IOException {
    int loaded = 0;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(seed.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",", 5);
        List<String> nodes = cells[0].trim().equals("*")
            ? jurisdictions.all().stream().filter(j -> j.parentCode() == null).map(Jurisdiction::code).toList()
            : List.of(cells[0].trim());
        for (String node : nodes) {
          if (parameters.seedIfAbsent(node, cells[1].trim(), cells[2].trim(), LocalDate.parse(cells[3].trim()),
              cells[4].trim())) {
            loaded++;
          }
        }
      }
    }
    if (loaded > 0) {
      log.info("Loaded {} shipped policy parameter defaults", loaded);
    }
    List<String> retired = parameters.retiredCodes();
    if (!retired.isEmpty()) {
      log.warn("Stored policy parameters no longer in the catalogue are kept as history and read by no rule: {}",
          retired);
    }
  }
}
