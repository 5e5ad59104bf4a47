package cn.gov.civilaffairs.assistance.identity;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the first administrator from configuration when there is none. There is no built-in default. */
@Component
@Order(1)
class InitialAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

  private final SecurityProperties properties;
  private final UserAdministration administration;
  private final Jurisdictions jurisdictions;

  InitialAdministrator(SecurityProperties properties, UserAdministration administration,
      Jurisdictions jurisdictions) {
    this.properties = properties;
    this.administration = administration;
    this.jurisdictions = jurisdictions;
  }

  @Override
  public void run(ApplicationArguments args) {
    SecurityProperties.InitialAdmin admin = properties.initialAdmin();
    if (admin == null || admin.password() == null || admin.password().isBlank() || administration.anyAdmin()) {
      return;
    }
    String city = jurisdictions.all().stream().filter(j -> j.level() == JurisdictionLevel.CITY).findFirst()
        .orElseThrow(() -> new IllegalStateException("No city in the jurisdiction seed")).code();
    administration.ensure(admin.username(), admin.displayName(), admin.password(), city, EnumSet.of(Role.ADMIN));
    log.info("Created the initial administrator {}", admin.username());
  }
}
