package cn.gov.civilaffairs.assistance.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The measures a plan may choose from, per help kind, with the department that delivers each and its default
 * deadline. Configuration ({@code app.agreements.measure-catalogue}), versioned by the file's {@code version}.
 */
@Component
public class MeasureCatalogue {

  /** Civil affairs delivers its own measures; every other department gets a referral (转办). */
  public static final String OWN_DEPARTMENT = "CIVIL_AFFAIRS";

  public record Field(String code, String label, String type) {}

  public record Measure(String code, String name, HelpKind kind, String department, String departmentName,
      int deadlineDays, List<Field> fields) {

    public boolean needsReferral() {
      return !OWN_DEPARTMENT.equals(department);
    }
  }

  public record Help(HelpKind kind, String name, List<Measure> measures) {}

  public record Catalogue(String version, List<Help> helps, Map<String, String> departments) {}

  private final Catalogue catalogue;
  private final Map<String, Measure> byCode = new LinkedHashMap<>();

  MeasureCatalogue(@Value("${app.agreements.measure-catalogue:classpath:agreement-measures.yml}") Resource file)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      this.catalogue = parse(new Yaml().load(in));
    }
    catalogue.helps().forEach(help -> help.measures().forEach(measure -> byCode.put(measure.code(), measure)));
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public String version() {
    return catalogue.version();
  }

  public Optional<Measure> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public String helpName(HelpKind kind) {
    return catalogue.helps().stream().filter(help -> help.kind() == kind).map(Help::name).findFirst()
        .orElse(kind.name());
  }

  @SuppressWarnings("unchecked")
  private static Catalogue parse(Map<String, Object> yaml) {
    Map<String, String> departments = new LinkedHashMap<>((Map<String, String>) yaml.get("departments"));
    List<Help> helps = ((List<Map<String, Object>>) yaml.get("helps")).stream().map(help -> {
      HelpKind kind = HelpKind.valueOf((String) help.get("kind"));
      List<Measure> measures = ((List<Map<String, Object>>) help.get("measures")).stream().map(m -> {
        String department = (String) m.get("department");
        if (!departments.containsKey(department)) {
          throw new IllegalStateException("Measure " + m.get("code") + " names unknown department " + department);
        }
        List<Field> fields = ((List<Map<String, String>>) m.getOrDefault("fields", List.of())).stream()
            .map(f -> new Field(f.get("code"), f.get("label"), f.get("type"))).toList();
        return new Measure((String) m.get("code"), (String) m.get("name"), kind, department,
            departments.get(department), ((Number) m.get("deadlineDays")).intValue(), fields);
      }).toList();
      return new Help(kind, (String) help.get("name"), measures);
    }).toList();
    return new Catalogue(String.valueOf(yaml.get("version")), helps, departments);
  }
}
