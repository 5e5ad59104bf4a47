package cn.gov.civilaffairs.assistance.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a request id (echoed as {@code X-Request-Id}) and, for case URLs, the case number into the logging
 * context of each request, and clears the context afterwards so nothing leaks to the next request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoggingContextFilter extends OncePerRequestFilter {

  private static final Pattern CASE_PATH = Pattern.compile("^/api/cases/([A-Z]{2}-\\d{9}-\\d{4}-\\d{6})");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = UUID.randomUUID().toString();
    MDC.put("requestId", requestId);
    response.setHeader("X-Request-Id", requestId);
    Matcher caseNumber = CASE_PATH.matcher(request.getRequestURI());
    if (caseNumber.find()) {
      MDC.put("caseNumber", caseNumber.group(1));
    }
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.clear();
    }
  }
}
