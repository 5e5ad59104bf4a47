package cn.gov.civilaffairs.assistance.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.operaton.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.operaton.bpm.webapp.impl.security.auth.Authentications;
import org.operaton.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine webapps (Cockpit, Admin) call the engine through their own API, {@code /operaton/api/engine/engine/
 * {name}/...}, authenticated by the webapp's session rather than by Spring Security. The same allow-list as for
 * {@code /engine-rest} ({@link EngineOperations}) applies there, with the same audit. Tasklist is closed for
 * everyone (its pages, its API and its login): tasks are done in the product's web app only.
 */
class EngineWebappFilter extends OncePerRequestFilter {

  private static final Pattern TASKLIST = Pattern.compile(
      "^/operaton/(app/tasklist(/.*)?|api/tasklist(/.*)?|api/admin/auth/user/[^/]+/login/tasklist/?)$");

  private final SecurityProblems problems;
  private final EngineCallAudit audit;

  EngineWebappFilter(SecurityProblems problems, EngineCallAudit audit) {
    this.problems = problems;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = EngineOperations.pathOf(request);
    if (TASKLIST.matcher(path).matches()) {
      problems.engineOperationNotAllowed(request, response);
      return;
    }
    if (!EngineOperations.isWebappEngineCall(request)) {
      chain.doFilter(request, response);
      return;
    }
    String user = sessionUser(request);
    if (!EngineOperations.allows(request)) {
      if (user != null) {
        audit.refused(request, user);
      }
      problems.engineOperationNotAllowed(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      if (user != null) {
        audit.called(request, user, audit.isAdmin(user), response.getStatus());
      }
    }
  }

  /** The user signed in to the webapps, if any. */
  private static String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications == null ? null : authentications.getAuthentications().stream()
        .map(UserAuthentication::getIdentityId).findFirst().orElse(null);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** After Spring Security and the request context, before the webapps' own filters and servlets. */
    @Bean
    FilterRegistrationBean<EngineWebappFilter> engineWebappFilter(SecurityProblems problems, EngineCallAudit audit) {
      var registration = new FilterRegistrationBean<>(new EngineWebappFilter(problems, audit));
      registration.addUrlPatterns("/operaton/*");
      registration.setOrder(-90);
      return registration;
    }
  }
}
