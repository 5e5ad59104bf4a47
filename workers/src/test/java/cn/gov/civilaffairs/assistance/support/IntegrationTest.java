package cn.gov.civilaffairs.assistance.support;

import cn.gov.civilaffairs.assistance.AssistanceApplication;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = {AssistanceApplication.class, TestWorkers.class})
@ActiveProfiles("test")
public abstract class IntegrationTest {

  protected static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};
  protected static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
      new ParameterizedTypeReference<>() {};

  @Autowired
  protected TestRestTemplate http;

  @Autowired
  protected JdbcTemplate jdbc;

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
