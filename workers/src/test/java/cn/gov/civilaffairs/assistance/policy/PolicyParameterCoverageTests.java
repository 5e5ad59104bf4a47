package cn.gov.civilaffairs.assistance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.support.ProvesParameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of the catalogue is read by some rule, and some test shows that changing it changes what it names.
 *
 * <p>"Read" means: a main source file other than {@link PolicyCatalogue} (which defines the codes) and
 * {@link PolicySnapshot} (which only offers accessors) names the code's constant, or calls an accessor of
 * {@link PolicySnapshot} whose body names it. Comments and string literals are removed before looking, so a
 * Javadoc mention or a log message does not count. "Shown" means: a test method (JUnit or jqwik) in the compiled test
 * classes carries {@link ProvesParameter} with the code.
 */
class PolicyParameterCoverageTests {

  private static final Path MAIN_SOURCES = Path.of("src/main/java");
  private static final Path POLICY = MAIN_SOURCES.resolve("cn/gov/civilaffairs/assistance/policy");
  private static final Pattern CONSTANT = Pattern.compile(
      "public\\s+static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"\\s*;");
  private static final Pattern ACCESSOR = Pattern.compile(
      "public\\s+(?!static)[\\w.<>]+\\s+([a-z]\\w*)\\s*\\(\\s*\\)\\s*\\{");

  @Test
  void everyParameterIsReadOutsideTheCatalogue() {
    Map<String, String> constantByCode = constantsByCode();
    Map<String, Set<String>> accessorsByConstant = accessorsByConstant(constantByCode.values());
    List<String> sources = mainSourcesExceptTheDefinitions();

    Map<String, String> unread = new TreeMap<>();
    for (ParameterDefinition definition : PolicyCatalogue.all()) {
      String constant = constantByCode.get(definition.code());
      Set<String> accessors = accessorsByConstant.getOrDefault(constant, Set.of());
      Pattern use = Pattern.compile("\\b" + constant + "\\b" + accessors.stream()
          .map(a -> "|(?:\\.|::)\\s*" + a + "\\b").collect(Collectors.joining()));
      if (sources.stream().noneMatch(source -> use.matcher(source).find())) {
        unread.put(definition.code(), constant + (accessors.isEmpty() ? "" : " or PolicySnapshot." + accessors));
      }
    }

    assertThat(unread).as("catalogue parameters no rule reads (constant or accessor named nowhere in main code)")
        .isEmpty();
  }

  @Test
  void everyParameterHasATestThatChangesIt() {
    Set<String> proven = provenCodes();
    Set<String> catalogue = PolicyCatalogue.all().stream().map(ParameterDefinition::code)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(catalogue.stream().filter(code -> !proven.contains(code)).toList())
        .as("catalogue parameters without a test annotated @ProvesParameter(\"<code>\")").isEmpty();
    assertThat(proven.stream().filter(code -> !catalogue.contains(code)).toList())
        .as("@ProvesParameter codes that are not in the catalogue").isEmpty();
  }

  @Test
  void findsAReadAndAProofWhereTheyAreAndNotInTheDefinitions() {
    // The checks above must be able to fail: the definitions alone do not count as a read.
    assertThat(stripped("""
        /** Uses AID_SAME_REASON_MONTHS. */ String s = "AID_SAME_REASON_MONTHS"; // aidSameReasonMonths()
        """)).doesNotContain("AID_SAME_REASON_MONTHS").doesNotContain("aidSameReasonMonths");
    assertThat(accessorsByConstant(Set.of("AID_SAME_REASON_MONTHS", "AID_STREET_CEILING_MULTIPLE")))
        .containsEntry("AID_SAME_REASON_MONTHS", Set.of("aidSameReasonMonths"))
        .containsEntry("AID_STREET_CEILING_MULTIPLE", Set.of("aidStreetCeiling"));
    assertThat(mainSourcesExceptTheDefinitions()).noneMatch(source -> source.contains("DEFINITIONS = index("));
    assertThat(provenCodes()).contains("aid.sameReasonMonths", "sla.countyDecision");
  }

  /** Code to constant name, from the catalogue's source; every catalogue code must have its constant. */
  private static Map<String, String> constantsByCode() {
    Map<String, String> byCode = new HashMap<>();
    Matcher matcher = CONSTANT.matcher(read(POLICY.resolve("PolicyCatalogue.java")));
    while (matcher.find()) {
      byCode.put(matcher.group(2), matcher.group(1));
    }
    assertThat(PolicyCatalogue.all()).as("every catalogue code has a constant in PolicyCatalogue")
        .allSatisfy(d -> assertThat(byCode).containsKey(d.code()));
    return byCode;
  }

  /** For each constant, the no-argument accessors of PolicySnapshot whose body names it. */
  private static Map<String, Set<String>> accessorsByConstant(java.util.Collection<String> constants) {
    String source = stripped(read(POLICY.resolve("PolicySnapshot.java")));
    Map<String, Set<String>> byConstant = new LinkedHashMap<>();
    Matcher matcher = ACCESSOR.matcher(source);
    while (matcher.find()) {
      String body = body(source, matcher.end() - 1);
      for (String constant : constants) {
        if (Pattern.compile("\\b" + constant + "\\b").matcher(body).find()) {
          byConstant.computeIfAbsent(constant, c -> new HashSet<>()).add(matcher.group(1));
        }
      }
    }
    return byConstant;
  }

  /** The text between the brace at {@code open} and its matching closing brace. */
  private static String body(String source, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return source.substring(open + 1, i);
      }
    }
    throw new IllegalStateException("Unbalanced braces in PolicySnapshot.java");
  }

  private static List<String> mainSourcesExceptTheDefinitions() {
    Set<Path> definitions = Set.of(POLICY.resolve("PolicyCatalogue.java"), POLICY.resolve("PolicySnapshot.java"));
    assertThat(definitions).allSatisfy(path -> assertThat(path).exists());
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      return files.filter(path -> path.toString().endsWith(".java")).filter(path -> !definitions.contains(path))
          .map(path -> stripped(read(path))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Java source without comments, string and text-block literals and char literals. */
  static String stripped(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        i = indexOrEnd(source, "\n", i);
      } else if (source.startsWith("/*", i)) {
        i = indexOrEnd(source, "*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        i = indexOrEnd(source, "\"\"\"", i + 3) + 3;
        out.append("\"\"");
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        char quote = source.charAt(i++);
        while (i < source.length() && source.charAt(i) != quote) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.append(quote).append(quote);
      } else {
        out.append(source.charAt(i++));
      }
    }
    return out.toString();
  }

  private static int indexOrEnd(String source, String what, int from) {
    int at = source.indexOf(what, from);
    return at < 0 ? source.length() : at;
  }

  /** The codes of @ProvesParameter on test methods of every compiled test class. */
  private static Set<String> provenCodes() {
    Path root;
    try {
      root = Path.of(PolicyParameterCoverageTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Set<String> codes = new TreeSet<>();
    List<String> notTests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, PolicyParameterCoverageTests.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          ProvesParameter[] proofs = method.getAnnotationsByType(ProvesParameter.class);
          if (proofs.length == 0) {
            continue;
          }
          if (!isTest(method)) {
            notTests.add(name + "." + method.getName());
          }
          for (ProvesParameter proof : proofs) {
            codes.add(proof.value());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(notTests).as("@ProvesParameter on methods that are not tests").isEmpty();
    return codes;
  }

  private static boolean isTest(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      String type = annotation.annotationType().getName();
      if (type.equals("org.junit.jupiter.api.Test") || type.equals("org.junit.jupiter.params.ParameterizedTest")
          || type.equals("net.jqwik.api.Property") || type.equals("net.jqwik.api.Example")) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
