package cn.gov.civilaffairs.assistance.support;

import cn.gov.civilaffairs.assistance.AssistanceApplication;
import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.identity.UserAdministration;
import cn.gov.civilaffairs.assistance.verification.SourceCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every integration test: the whole service on a random port over a real embedded PostgreSQL, with the
 * real engine and job runtime. All subclasses share one Spring context (same configuration), so keep it so.
 * {@link #http} is signed in as {@link #TESTER}, a city-level user with the case roles; {@link #as} signs in as
 * another user, {@link #anonymous} not at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = {AssistanceApplication.class, TestWorkers.class})
@ActiveProfiles("test")
public abstract class IntegrationTest {

  public static final String PASSWORD = "Test-Password-2026";
  public static final String TESTER = "tester.110000";

  protected static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};
  protected static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
      new ParameterizedTypeReference<>() {};

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  @Autowired
  protected TestRestTemplate anonymous;

  @Autowired
  protected JdbcTemplate jdbc;

  @Autowired
  protected UserAdministration users;

  @LocalServerPort
  private int port;

  /** Signed in as {@link #TESTER}. */
  protected TestRestTemplate http;

  /**
   * Every verification source has answered once (an empty city-wide extract dated 2025-01-01), so that sources
   * answer "nothing found" for test households instead of "not available"; tests that need findings import their
   * own.
   */
  @BeforeEach
  void verificationSourcesHaveAnExtract() {
    for (SourceCode source : SourceCode.values()) {
      jdbc.update("""
          insert into verification_imports (source, extract_date, sha256, file_name, rows, imported_by, imported_at,
            jurisdiction_code)
          values (?, date '2025-01-01', ?, 'baseline.csv', 0, 'test', now(), '110000') on conflict do nothing""",
          source.code(), String.format("%064d", source.ordinal()));
    }
  }

  @BeforeEach
  void signInAsTester() {
    ensureUser(TESTER, "110000", Role.WINDOW_CLERK, Role.CASEWORKER, Role.STREET_HEAD, Role.COUNTY_APPROVER,
        Role.COUNTY_AUDITOR);
    http = as(TESTER);
  }

  protected void ensureUser(String username, String jurisdictionCode, Role... roles) {
    users.ensure(username, username, PASSWORD, jurisdictionCode, EnumSet.of(roles[0], roles));
  }

  /** A client signed in as {@code username} (password {@link #PASSWORD}). */
  protected TestRestTemplate as(String username) {
    String token = TOKENS.computeIfAbsent(username, this::signIn);
    return new TestRestTemplate(new RestTemplateBuilder()
        .rootUri("http://localhost:" + port)
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }

  /** Forgets the cached token of a user, e.g. after signing them out. */
  protected static void forgetToken(String username) {
    TOKENS.remove(username);
  }

  private String signIn(String username) {
    ResponseEntity<Map<String, Object>> response = anonymous.exchange("/api/auth/login", HttpMethod.POST,
        new HttpEntity<>(Map.of("username", username, "password", PASSWORD), jsonHeaders()), JSON_OBJECT);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("Cannot sign in as " + username + ": " + response.getBody());
    }
    return (String) response.getBody().get("token");
  }

  protected ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return post(path, body, new HttpHeaders());
  }

  protected ResponseEntity<Map<String, Object>> post(String path, Object body, HttpHeaders headers) {
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON_OBJECT);
  }

  protected ResponseEntity<Map<String, Object>> get(String path) {
    return http.exchange(path, HttpMethod.GET, null, JSON_OBJECT);
  }

  protected ResponseEntity<List<Map<String, Object>>> list(String path) {
    return http.exchange(path, HttpMethod.GET, null, JSON_ARRAY);
  }

  /** A list request in the ra-data-simple-rest dialect; the JSON parameters are URL-encoded here. */
  protected ResponseEntity<List<Map<String, Object>>> list(String path, String sort, String range, String filter) {
    return http.exchange(listUri(path, sort, range, filter), HttpMethod.GET, null, JSON_ARRAY);
  }

  protected static java.net.URI listUri(String path, String sort, String range, String filter) {
    var uri = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
    if (sort != null) {
      uri.queryParam("sort", sort);
    }
    if (range != null) {
      uri.queryParam("range", range);
    }
    if (filter != null) {
      uri.queryParam("filter", filter);
    }
    return uri.build().encode().toUri();
  }

  protected static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  protected static HttpHeaders idempotencyKey(String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Idempotency-Key", key);
    return headers;
  }

  protected int count(String sql, Object... arguments) {
    Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
    return count == null ? 0 : count;
  }

  @SuppressWarnings("unchecked")
  protected static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  protected static List<Object> errorFields(ResponseEntity<Map<String, Object>> response) {
    return errors(response).stream().map(e -> e.get("field")).toList();
  }
}
