package cn.gov.civilaffairs.assistance.engine;

import java.util.Set;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine keeps its tables in schema {@code operaton}, which the first Flyway migration creates, so the
 * engine must start after Flyway. Registered in META-INF/spring.factories.
 */
public class EngineAfterMigrationsDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineConfigurationImpl.class);
  }
}
