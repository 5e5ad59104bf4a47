package cn.gov.civilaffairs.assistance.support;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The engine webapps' (Cockpit) login, as the browser does it. */
public final class EngineWebapps {

  private EngineWebapps() {}

  /** Logs in like the Cockpit page does: first fetch its CSRF token, then post the form with it. */
  public static ResponseEntity<String> cockpitLogin(TestRestTemplate anonymous, String username, String password) {
    ResponseEntity<String> page = anonymous.getForEntity("/operaton/app/cockpit/default/", String.class);
    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList();
    String csrf = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
    headers.add("X-XSRF-TOKEN", csrf);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", username);
    form.add("password", password);
    return anonymous.exchange("/operaton/api/admin/auth/user/default/login/cockpit", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }
}
