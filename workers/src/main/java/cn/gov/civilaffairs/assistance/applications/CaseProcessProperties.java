package cn.gov.civilaffairs.assistance.applications;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which BPMN process ({@code app.cases.processes.<CATEGORY>}) carries a case of each category. */
@ConfigurationProperties("app.cases")
record CaseProcessProperties(Map<Category, String> processes) {

  String processKeyFor(Category category) {
    String key = processes.get(category);
    if (key == null) {
      throw new IllegalStateException("No process configured for category " + category);
    }
    return key;
  }
}
