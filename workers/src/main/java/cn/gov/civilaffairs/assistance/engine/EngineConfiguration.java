package cn.gov.civilaffairs.assistance.engine;

import cn.gov.civilaffairs.assistance.engine.jobs.ExternalTaskJobRuntime;
import cn.gov.civilaffairs.assistance.engine.jobs.JobRuntimeProperties;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import java.util.List;
import org.operaton.bpm.engine.ExternalTaskService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobRuntimeProperties.class)
class EngineConfiguration {

  @Bean
  ExternalTaskJobRuntime jobRuntime(
      ExternalTaskService externalTaskService,
      PlatformTransactionManager transactionManager,
      JobRuntimeProperties properties,
      List<JobWorker> workers) {
    return new ExternalTaskJobRuntime(
        externalTaskService, new TransactionTemplate(transactionManager), properties, workers);
  }
}
