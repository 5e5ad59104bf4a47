package cn.gov.civilaffairs.assistance.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After an administrator's password reset the user may only see who they are, change the password, refresh and
 * sign out; every other {@code /api} call answers 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

  /** The only authority of a session whose user must change the password first. */
  static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

  private static final Set<String> ALLOWED = Set.of("/api/auth/me", "/api/auth/password", "/api/auth/logout",
      "/api/auth/refresh", "/api/auth/login");

  private final SecurityProblems problems;

  PasswordChangeRequiredFilter(SecurityProblems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    boolean mustChange = authentication != null && authentication.getAuthorities().stream()
        .anyMatch(authority -> AUTHORITY.equals(authority.getAuthority()));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (mustChange && !ALLOWED.contains(path)) {
      problems.passwordChangeRequired(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
