package cn.gov.civilaffairs.assistance.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  private final ImportedExtracts extracts;

  VerificationSources(ObjectProvider<VerificationSource> beans, VerificationProperties properties, JdbcTemplate jdbc,
      ObjectMapper json) {
    this.extracts = new ImportedExtracts(jdbc);
    beans.orderedStream().forEach(bean -> sources.putIfAbsent(bean.code(), bean));
    for (SourceCode code : SourceCode.values()) {
      VerificationProperties.SourceSettings settings = properties.sources().get(code.code());
      if (settings != null && settings.http() != null && settings.http().url() != null) {
        sources.putIfAbsent(code, new HttpJsonSource(code, settings.http(), json));
      }
      sources.putIfAbsent(code, new ImportedExtractSource(code, extracts));
    }
  }

  /**
   * Every source's answer about each person, in source order per resident ID. The sources answered from imported
   * extracts are read together (two queries for all of them and all the people); the others are asked one by one.
   */
  Map<String, List<SourceAnswer>> answers(List<String> residentIds, LocalDate asOf)
      throws SourceUnavailableException {
    List<SourceCode> imported = sources.values().stream().filter(ImportedExtractSource.class::isInstance)
        .map(VerificationSource::code).toList();
    Map<SourceCode, Map<String, SourceAnswer>> fromExtracts = imported.isEmpty() || residentIds.isEmpty()
        ? Map.of() : extracts.answers(imported, residentIds, asOf);
    Map<String, List<SourceAnswer>> answers = new LinkedHashMap<>();
    for (String residentId : residentIds) {
      List<SourceAnswer> answered = new ArrayList<>();
      for (VerificationSource source : sources.values()) {
        answered.add(fromExtracts.containsKey(source.code()) ? fromExtracts.get(source.code()).get(residentId)
            : source.query(residentId, asOf));
      }
      answers.put(residentId, answered);
    }
    return answers;
  }

  /** How each source is answered: {@code IMPORT}, {@code HTTP} or {@code CUSTOM}. */
  String connectorOf(SourceCode code) {
    VerificationSource source = sources.get(code);
    return source instanceof ImportedExtractSource ? "IMPORT" : source instanceof HttpJsonSource ? "HTTP" : "CUSTOM";
  }
}
