package cn.gov.civilaffairs.assistance.processes;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * One in-memory engine (H2) for the process tests of this module, with its own name so that it never shares
 * state with the service's Spring engine.
 */
final class ProcessEngines {

  private static ProcessEngine engine;

  private ProcessEngines() {}

  /** The engine of the process tests (built by the first {@link #extension()}). */
  static synchronized ProcessEngine engine() {
    return engine;
  }

  static synchronized ProcessEngineExtension extension() {
    if (engine == null) {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("process-tests");
      configuration.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      engine = configuration.buildProcessEngine();
    }
    return ProcessEngineExtension.builder().useProcessEngine(engine).build();
  }
}
