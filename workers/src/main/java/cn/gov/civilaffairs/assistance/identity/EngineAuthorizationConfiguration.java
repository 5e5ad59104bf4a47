package cn.gov.civilaffairs.assistance.identity;

import org.operaton.bpm.engine.authorization.Groups;
import org.operaton.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's administrator group may do everything in the engine webapps; nobody else may open them. */
@Configuration(proxyBeanMethods = false)
class EngineAuthorizationConfiguration {

  @Bean
  AdministratorAuthorizationPlugin administratorAuthorizationPlugin() {
    AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
    plugin.setAdministratorGroupName(Groups.OPERATON_ADMIN);
    return plugin;
  }
}
