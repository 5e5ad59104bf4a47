package cn.gov.civilaffairs.assistance.identity;

import cn.gov.civilaffairs.assistance.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The audit of calls to the engine (REST API and the webapps' engine API): every call by an admin, every call by
 * anyone that changes something (deploys, retries), and every refused call of a signed-in user, with method, path
 * and user.
 */
@Component
class EngineCallAudit {

  static final String CALL = "ENGINE_CALL";
  static final String REFUSED = "ENGINE_CALL_REFUSED";

  private final AuditLog audit;
  private final UserDirectory directory;

  EngineCallAudit(AuditLog audit, UserDirectory directory) {
    this.audit = audit;
    this.directory = directory;
  }

  /** An allowed call, after the engine answered. */
  void called(HttpServletRequest request, String username, boolean admin, int status) {
    if (admin || !"GET".equalsIgnoreCase(request.getMethod())) {
      record(CALL, request, username, status);
    }
  }

  /** A refused call of a signed-in user. */
  void refused(HttpServletRequest request, String username) {
    record(REFUSED, request, username, HttpServletResponse.SC_FORBIDDEN);
  }

  boolean isAdmin(String username) {
    return directory.account(username).map(account -> account.roles().contains(Role.ADMIN)).orElse(false);
  }

  private void record(String action, HttpServletRequest request, String username, int status) {
    String path = EngineOperations.pathOf(request);
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("method", request.getMethod());
    call.put("path", path);
    if (request.getQueryString() != null) {
      call.put("query", request.getQueryString());
    }
    call.put("status", status);
    String jurisdiction = directory.account(username).map(UserAccount::jurisdictionCode).orElse(null);
    audit.recordAs(username, AuditLog.Entry.of(action, "engine", path)
        .in(jurisdiction).change(null, call));
  }

  /** In the {@code /engine-rest} security chain, after authorization: records the allowed calls. */
  OncePerRequestFilter restFilter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        try {
          chain.doFilter(request, response);
        } finally {
          if (user != null && user.isAuthenticated()) {
            boolean admin = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(Role.ADMIN.authority()::equals);
            called(request, user.getName(), admin, response.getStatus());
          }
        }
      }
    };
  }
}
