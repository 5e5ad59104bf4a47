package cn.gov.civilaffairs.assistance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A browser session of the engine webapps: cookies (session, XSRF token) kept across calls. */
public final class WebappSession {

  private final TestRestTemplate client;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public WebappSession(TestRestTemplate client) {
    this.client = client;
  }

  public static WebappSession signIn(TestRestTemplate client, String user, String password, String app) {
    WebappSession session = new WebappSession(client);
    ResponseEntity<String> login = session.login(user, password, app);
    assertThat(login.getStatusCode()).as("%s: %s", user, login.getBody()).isEqualTo(HttpStatus.OK);
    session.exchange(HttpMethod.GET, "/operaton/api/admin/auth/user/default", null, null);
    return session;
  }

  /** Logs in like the webapp's login page: fetch the CSRF token, then post the form with it. */
  public ResponseEntity<String> login(String user, String password, String app) {
    exchange(HttpMethod.GET, "/operaton/app/cockpit/default/", null, null);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    return exchange(HttpMethod.POST, "/operaton/api/admin/auth/user/default/login/" + app, form,
        MediaType.APPLICATION_FORM_URLENCODED);
  }

  /** A call with a JSON body (or none). */
  public ResponseEntity<String> call(HttpMethod method, String path, String json) {
    return exchange(method, path, json, json == null ? null : MediaType.APPLICATION_JSON);
  }

  private ResponseEntity<String> exchange(HttpMethod method, String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (!cookies.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      cookies.forEach((name, value) -> pairs.add(name + "=" + value));
      headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    if (type != null) {
      headers.setContentType(type);
    }
    ResponseEntity<String> answer = client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    for (String cookie : answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String[] pair = cookie.split(";", 2)[0].split("=", 2);
      cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
    }
    return answer;
  }
}
