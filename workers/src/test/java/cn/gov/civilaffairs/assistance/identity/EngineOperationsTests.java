package cn.gov.civilaffairs.assistance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The engine allow-list on paths the HTTP matrix cannot send as they are. */
class EngineOperationsTests {

  @Test
  void refusesAnEscapedPathThatTheEngineWouldDecodeToAVariablesRead() {
    assertThat(EngineOperations.allows(request("GET", "/engine-rest/task/1/identity-links"))).isTrue();
    assertThat(EngineOperations.allows(request("GET", "/engine-rest/task/1/%76ariables"))).isFalse();
    assertThat(EngineOperations.allows(request("PUT", "/engine-rest/job/1/%72etries"))).isFalse();
  }

  @Test
  void refusesAMethodOverrideSoThatTheMethodCheckedIsTheMethodRun() {
    MockHttpServletRequest query = request("POST", "/engine-rest/task");
    assertThat(EngineOperations.allows(query)).isTrue();
    query.addHeader("X-HTTP-Method-Override", "DELETE");
    assertThat(EngineOperations.allows(query)).isFalse();
  }

  @Test
  void appliesTheSameListBehindANamedEngineAndTheWebappsEngineApi() {
    assertThat(EngineOperations.allows(request("GET", "/engine-rest/engine/default/incident"))).isTrue();
    assertThat(EngineOperations.allows(request("GET", "/operaton/api/engine/engine/default/incident"))).isTrue();
    assertThat(EngineOperations.allows(request("POST", "/operaton/api/engine/engine/default/task/1/complete")))
        .isFalse();
    assertThat(EngineOperations.allows(request("POST", "/engine-rest/engine/default/task/1/complete"))).isFalse();
    assertThat(EngineOperations.allows(request("GET", "/api/cases"))).isFalse();
  }

  private static MockHttpServletRequest request(String method, String uri) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
    request.setRequestURI(uri);
    return request;
  }
}
