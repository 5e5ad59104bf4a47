package cn.gov.civilaffairs.assistance.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page as an RFC 7807 problem (instead of Boot's BasicErrorController). A request that
 * asks for {@code /error} itself carries no error status and is answered 404 {@code NOT_FOUND}, not 500.
 */
@RestController
class ProblemErrorController implements ErrorController {

  private final MessageSource messages;

  ProblemErrorController(MessageSource messages) {
    this.messages = messages;
  }

  @RequestMapping(path = "${server.error.path:/error}", produces = {
      MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    HttpStatus status = statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
    String code = switch (status) {
      case BAD_REQUEST -> "BAD_REQUEST";
      case UNAUTHORIZED -> "UNAUTHENTICATED";
      case FORBIDDEN -> "FORBIDDEN";
      case NOT_FOUND -> "NOT_FOUND";
      case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
      case PAYLOAD_TOO_LARGE -> "REQUEST_TOO_LARGE";
      default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
    };
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(messages.getMessage("error." + code, null, code, LocaleContextHolder.getLocale()));
    problem.setProperty("code", code);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static HttpStatus statusOf(Object attribute) {
    if (attribute instanceof Integer value) {
      HttpStatus status = HttpStatus.resolve(value);
      if (status != null && status.isError()) {
        return status;
      }
    }
    return HttpStatus.NOT_FOUND;
  }
}
