package cn.gov.civilaffairs.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every list endpoint (the controllers answering with {@code Content-Range}, plus the filings export that reads the
 * same filter) refuses malformed {@code sort}, {@code range} and {@code filter} with 400
 * {@code INVALID_LIST_PARAMETER} and a field error, never 500.
 */
class ListParameterIntegrationTests extends IntegrationTest {

  static final String LISTER = "lister.110000";

  /** Every list endpoint of the API. */
  static final List<String> LIST_ENDPOINTS = List.of("/api/cases", "/api/households", "/api/tasks", "/api/users",
      "/api/audit", "/api/verification/imports", "/api/agreements/referrals", "/api/policy/parameters",
      "/api/policy/step-slas", "/api/temporary-aid/filings", "/api/temporary-aid/filings/export",
      "/api/conflict-of-interest-declarations");

  /** {name, sort, range, filter, field}: one malformed parameter each. */
  static final List<String[]> MALFORMED = List.of(
      new String[] {"sort with a null field", "[null,\"ASC\"]", null, null, "sort"},
      new String[] {"sort with a null direction", "[\"id\",null]", null, null, "sort"},
      new String[] {"sort not an array", "{\"id\":\"ASC\"}", null, null, "sort"},
      new String[] {"sort of one", "[\"id\"]", null, null, "sort"},
      new String[] {"sort of three", "[\"id\",\"ASC\",\"x\"]", null, null, "sort"},
      new String[] {"sort by an unknown field", "[\"password_hash\",\"ASC\"]", null, null, "sort"},
      new String[] {"sort not JSON", "[id,ASC", null, null, "sort"},
      new String[] {"sort a number", "42", null, null, "sort"},
      new String[] {"range with a null end", null, "[0,null]", null, "range"},
      new String[] {"range with a null start", null, "[null,9]", null, "range"},
      new String[] {"range not an array", null, "\"0-9\"", null, "range"},
      new String[] {"range of three", null, "[0,9,19]", null, "range"},
      new String[] {"range negative", null, "[-10,-1]", null, "range"},
      new String[] {"range end before start", null, "[10,5]", null, "range"},
      new String[] {"range huge", null, "[0,99999999999999999999]", null, "range"},
      new String[] {"range too long a page", null, "[0,100000]", null, "range"},
      new String[] {"range not numeric", null, "[\"a\",\"b\"]", null, "range"},
      new String[] {"range fractional", null, "[0.5,9]", null, "range"},
      new String[] {"filter not an object", null, null, "[1,2]", "filter"},
      new String[] {"filter not JSON", null, null, "{status:", "filter"},
      new String[] {"filter a string", null, null, "\"x\"", "filter"});

  static Stream<String> allEndpoints() {
    return LIST_ENDPOINTS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allEndpoints")
  void aMalformedListParameterIsA400WithAFieldErrorOnEveryListEndpoint(String endpoint) {
    ensureUser(LISTER, "110000", Role.ADMIN, Role.WINDOW_CLERK, Role.CASEWORKER, Role.STREET_HEAD,
        Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR);
    TestRestTemplate client = as(LISTER);
    SoftAssertions softly = new SoftAssertions();
    for (String[] m : MALFORMED) {
      if (!takes(endpoint, m[4])) {
        continue;
      }
      ResponseEntity<Map<String, Object>> response = client.exchange(listUri(endpoint, m[1], m[2], m[3]),
          HttpMethod.GET, null, JSON_OBJECT);
      softly.assertThat(response.getStatusCode()).as(endpoint + ": " + m[0]).isEqualTo(HttpStatus.BAD_REQUEST);
      if (response.getStatusCode() == HttpStatus.BAD_REQUEST) {
        softly.assertThat(response.getBody()).as(endpoint + ": " + m[0])
            .containsEntry("code", "INVALID_LIST_PARAMETER");
        softly.assertThat(errorFields(response)).as(endpoint + ": " + m[0]).contains(m[4]);
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void aNestedObjectAsAFilterValueIsRefusedAsAFieldError(String endpoint) {
    ensureUser(LISTER, "110000", Role.ADMIN, Role.WINDOW_CLERK, Role.CASEWORKER, Role.STREET_HEAD,
        Role.COUNTY_APPROVER, Role.COUNTY_AUDITOR);

    ResponseEntity<Map<String, Object>> response = as(LISTER).exchange(
        listUri(endpoint, null, null, "{\"q\":{\"$ne\":1}}"), HttpMethod.GET, null, JSON_OBJECT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errorFields(response)).contains("filter.q");
  }

  static Stream<String> endpoints() {
    return LIST_ENDPOINTS.stream().filter(endpoint -> takes(endpoint, "filter"));
  }

  /** The export takes only a filter; the declarations list has no filter. */
  static boolean takes(String endpoint, String parameter) {
    if (endpoint.endsWith("/export")) {
      return parameter.equals("filter");
    }
    return !(endpoint.equals("/api/conflict-of-interest-declarations") && parameter.equals("filter"));
  }
}
