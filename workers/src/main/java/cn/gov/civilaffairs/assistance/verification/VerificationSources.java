package cn.gov.civilaffairs.assistance.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The connector of each source: a {@link VerificationSource} bean for it if one exists, else its HTTP service
 * when {@code app.verification.sources.<code>.http.url} is set, else its imported extracts.
 */
@Component
class VerificationSources {

  private final Map<SourceCode, VerificationSource> sources = new EnumMap<>(SourceCode.class);

  VerificationSources(ObjectProvider<VerificationSource> beans, VerificationProperties properties, JdbcTemplate jdbc,
      ObjectMapper json) {
    beans.orderedStream().forEach(bean -> sources.putIfAbsent(bean.code(), bean));
    for (SourceCode code : SourceCode.values()) {
      VerificationProperties.SourceSettings settings = properties.sources().get(code.code());
      if (settings != null && settings.http() != null && settings.http().url() != null) {
        sources.putIfAbsent(code, new HttpJsonSource(code, settings.http(), json));
      }
      sources.putIfAbsent(code, new ImportedExtractSource(code, jdbc));
    }
  }

  Collection<VerificationSource> all() {
    return sources.values();
  }

  /** How each source is answered: {@code IMPORT}, {@code HTTP} or {@code CUSTOM}. */
  String connectorOf(SourceCode code) {
    VerificationSource source = sources.get(code);
    return source instanceof ImportedExtractSource ? "IMPORT" : source instanceof HttpJsonSource ? "HTTP" : "CUSTOM";
  }
}
