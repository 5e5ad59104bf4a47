package cn.gov.civilaffairs.assistance.api;

import static cn.gov.civilaffairs.assistance.support.Fixtures.aDibaoApplicationOfANewCouple;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A bounded, seeded fuzz of every write endpoint and every list endpoint of the API (found from the MVC handler
 * mapping, so a new endpoint is fuzzed without touching this test): bodies of wrong types, nulls, huge strings,
 * NUL, unusual unicode, negative and huge numbers, malformed JSON; lists with bad {@code sort}, {@code range},
 * {@code filter}. No answer may be 5xx. {@code -Dfuzz.requests=10000} runs a long fuzz, {@code -Dfuzz.seed=N}
 * another sequence.
 */
class ApiFuzzIntegrationTests extends IntegrationTest {

  private static final String FUZZER = "fuzzer.110000";
  private static final Set<String> SKIPPED_PREFIXES = Set.of(
      // Signing out, refreshing or changing the fuzzer's own password would end the fuzz, not test the API.
      "/api/auth/");
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  record Endpoint(HttpMethod method, String pattern, Class<?> bodyType, boolean list) {}

  @Test
  void noFuzzedRequestToAWriteOrListEndpointAnswers5xx() throws Exception {
    int requests = Integer.getInteger("fuzz.requests", 250);
    long seed = Long.getLong("fuzz.seed", 18L);
    Random random = new Random(seed);
    ensureUser(FUZZER, "110000", Role.values());
    TestRestTemplate client = as(FUZZER);
    Map<String, List<String>> known = knownValues();
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).as("write and list endpoints").hasSizeGreaterThan(40);

    List<String> failures = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      Endpoint endpoint = endpoints.get(i < endpoints.size() ? i : random.nextInt(endpoints.size()));
      URI uri = uri(endpoint, known, random);
      HttpHeaders headers = new HttpHeaders();
      String body = null;
      if (endpoint.list()) {
        uri = UriComponentsBuilder.fromUri(uri).queryParam("sort", listParameter(random))
            .queryParam("range", listParameter(random)).queryParam("filter", listParameter(random))
            .build().encode().toUri();
      } else {
        headers.setContentType(MediaType.APPLICATION_JSON);
        body = body(endpoint.bodyType(), random);
        if (random.nextInt(5) == 0) {
          headers.set("Idempotency-Key", asciiJunk(random));
        }
      }
      ResponseEntity<String> response;
      try {
        response = client.exchange(uri, endpoint.method(), new HttpEntity<>(body, headers), String.class);
      } catch (RuntimeException clientSide) {
        continue; // the client could not send it (e.g. a header it refuses); nothing reached the server
      }
      if (response.getStatusCode().is5xxServerError()) {
        failures.add(endpoint.method() + " " + uri + " " + abbreviate(body) + " -> "
            + response.getStatusCode().value() + " " + abbreviate(response.getBody()));
      }
    }
    assertThat(failures).as("5xx answers (seed %d, %d requests)", seed, requests).isEmpty();
  }

  /** Every POST/PUT/PATCH/DELETE under /api, and every GET that takes the list dialect. */
  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      boolean list = List.of(handler.getMethod().getParameters()).stream()
          .anyMatch(p -> p.getName().equals("range") || p.getName().equals("filter"));
      Class<?> bodyType = List.of(handler.getMethodParameters()).stream()
          .filter(p -> p.hasParameterAnnotation(RequestBody.class))
          .map(p -> p.getParameterType()).findFirst().orElse(null);
      for (String pattern : entry.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/") || SKIPPED_PREFIXES.stream().anyMatch(pattern::startsWith)) {
          continue;
        }
        Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods) {
          if (method == RequestMethod.GET && list || method != RequestMethod.GET && method != RequestMethod.HEAD
              && method != RequestMethod.OPTIONS) {
            endpoints.add(new Endpoint(method.asHttpMethod(), pattern, bodyType, method == RequestMethod.GET));
          }
        }
      }
    }
    endpoints.sort(java.util.Comparator.comparing(e -> e.method() + " " + e.pattern()));
    return endpoints;
  }

  /** A case, its household and its first task of the fuzzer's own, so that path variables also hit real rows. */
  private Map<String, List<String>> knownValues() {
    ResponseEntity<Map<String, Object>> accepted = as(FUZZER).exchange("/api/applications", HttpMethod.POST,
        new HttpEntity<>(aDibaoApplicationOfANewCouple("110105001001"), jsonHeaders()), JSON_OBJECT);
    Map<String, List<String>> known = new HashMap<>();
    Object caseNumber = accepted.getBody() == null ? null : accepted.getBody().get("caseNumber");
    Object householdId = accepted.getBody() == null ? null : accepted.getBody().get("householdId");
    if (caseNumber != null) {
      known.put("caseNumber", List.of(caseNumber.toString()));
    }
    if (householdId != null) {
      known.put("householdId", List.of(householdId.toString()));
      known.put("id", List.of(householdId.toString()));
    }
    return known;
  }

  private static URI uri(Endpoint endpoint, Map<String, List<String>> known, Random random) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher matcher = VARIABLE.matcher(endpoint.pattern());
    StringBuilder template = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      List<String> real = known.get(name);
      values.put(name, real != null && random.nextBoolean() ? real.get(random.nextInt(real.size()))
          : pathJunk(random));
      matcher.appendReplacement(template, "{" + name + "}");
    }
    matcher.appendTail(template);
    return UriComponentsBuilder.fromPath(template.toString()).buildAndExpand(values).encode().toUri();
  }

  private static final String[] PATH_JUNK = {"0", "-1", "999999999", "9223372036854775808", "abc", "%",
      "..", "1.5", "null", "王", "\uD83D\uDE00", "a b", "'", "1e9", "-0", "00000000000000000000000001"};

  private static String pathJunk(Random random) {
    return PATH_JUNK[random.nextInt(PATH_JUNK.length)];
  }

  private static String asciiJunk(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> "k".repeat(1 + random.nextInt(300));
      case 1 -> "";
      case 2 -> " ";
      default -> "fuzz-" + random.nextLong();
    };
  }

  private static final String[] MALFORMED = {"{", "[", "}", "nul", "{\"a\":}", "{\"a\" 1}", "[1,]", "'x'",
      "{\"a\":\"\\u0000\"}", "\"\\ud800\"", "{\"a\":1}{", "\u0000", "<xml/>"};

  private static final String[] LIST_PARAMETERS = {"[null,\"ASC\"]", "[0,null]", "[\"id\",\"DESC\"]", "[0,24]",
      "[-1,5]", "[5,1]", "[0,2147483647]", "[0,99999999999999999999]", "{}", "[]", "null", "\"x\"",
      "{\"q\":\"王\"}", "{\"q\":null}", "{\"q\":[1,{}]}", "{\"id\":[1,2,3]}", "{\"status\":123}",
      "{\"householdId\":\"abc\"}", "{\"from\":\"2026-13-45\"}", "{\"overdue\":true}", "[\"\",\"\"]",
      "{\"inbox\":\"NOPE\"}", "{\"role\":7}", "{\"extractDate\":\"yesterday\"}", "[1.5,2.5]", "{", "\u0000"};

  private static String listParameter(Random random) {
    return random.nextInt(6) == 0 ? null : LIST_PARAMETERS[random.nextInt(LIST_PARAMETERS.length)];
  }

  /** A body: malformed JSON, a bare value, or an object with the body type's own fields set to odd values. */
  private static String body(Class<?> bodyType, Random random) throws Exception {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return MALFORMED[random.nextInt(MALFORMED.length)];
    }
    if (kind == 1) {
      return JSON.writeValueAsString(oddValue(random, 0));
    }
    if (kind == 2) {
      return random.nextBoolean() ? "" : null;
    }
    Map<String, Object> object = new LinkedHashMap<>();
    List<String> fields = fieldsOf(bodyType);
    for (String field : fields) {
      if (random.nextInt(4) != 0) {
        object.put(field, oddValue(random, 0));
      }
    }
    if (fields.isEmpty() || random.nextInt(8) == 0) {
      object.put(random.nextBoolean() ? "unknown" : "comment", oddValue(random, 0));
    }
    return JSON.writeValueAsString(object);
  }

  private static List<String> fieldsOf(Class<?> type) {
    if (type == null || !type.isRecord()) {
      return List.of();
    }
    return List.of(type.getRecordComponents()).stream().map(RecordComponent::getName).toList();
  }

  private static Object oddValue(Random random, int depth) {
    return switch (random.nextInt(depth > 2 ? 16 : 19)) {
      case 0 -> null;
      case 1 -> "";
      case 2 -> "   ";
      case 3 -> "x".repeat(10_000 + random.nextInt(20_000));
      case 4 -> "申请\u0000人";
      case 5 -> "\uD83D\uDE00\u202E\u0301𠀀\uFEFF";
      case 6 -> -1;
      case 7 -> Long.MIN_VALUE;
      case 8 -> new java.math.BigInteger("999999999999999999999999999999");
      case 9 -> 1e308;
      case 10 -> -0.001;
      case 11 -> random.nextBoolean();
      case 12 -> "2026-02-30";
      case 13 -> "' or 1=1 --";
      case 14 -> "DIBAO";
      case 15 -> 0;
      case 16 -> java.util.Arrays.asList(oddValue(random, depth + 1), oddValue(random, depth + 1));
      case 17 -> {
        Map<String, Object> nested = new HashMap<>();
        nested.put("a", oddValue(random, depth + 1));
        yield nested;
      }
      default -> new ArrayList<>();
    };
  }

  private static String abbreviate(String text) {
    return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
