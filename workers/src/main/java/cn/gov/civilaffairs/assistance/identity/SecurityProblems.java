package cn.gov.civilaffairs.assistance.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** 401 and 403 answers of the security filters, as RFC 7807 problems like every other error. */
@Component
class SecurityProblems {

  private final ObjectMapper json;
  private final MessageSource messages;
  private final LocaleResolver locales;

  SecurityProblems(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
    this.json = json;
    this.messages = messages;
    this.locales = locales;
  }

  void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Bearer");
  }

  /** 401 for the HTTP basic paths (engine REST API), challenging for basic credentials. */
  void unauthenticatedBasic(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Basic realm=\"engine-rest\"");
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", null);
  }

  /** 403 for an engine call outside what operators may do ({@link EngineOperations}). */
  void engineOperationNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "ENGINE_OPERATION_NOT_ALLOWED", null);
  }

  /** 403 for a session whose user must change the password after an administrator's reset. */
  void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED", null);
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
      String challenge) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(messages.getMessage("error." + code, null, code, locales.resolveLocale(request)));
    problem.setProperty("code", code);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (challenge != null) {
      response.setHeader("WWW-Authenticate", challenge);
    }
    json.writeValue(response.getOutputStream(), problem);
  }
}
