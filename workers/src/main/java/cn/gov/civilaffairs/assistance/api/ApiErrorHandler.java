package cn.gov.civilaffairs.assistance.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an RFC 7807 problem with a stable {@code code}, localised text and, for input
 * problems, {@code errors[]} per field. Nothing internal leaks into a response.
 */
@RestControllerAdvice
class ApiErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

  private final MessageSource messages;
  private final ConstraintNames constraintNames;

  ApiErrorHandler(MessageSource messages, ConstraintNames constraintNames) {
    this.messages = messages;
    this.constraintNames = constraintNames;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e) {
    return problem(e.status(), e.code(), e.fieldViolations(), e.properties(), e.arguments());
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<ProblemDetail> invalidBody(BindException e) {
    List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
        .map(error -> FieldViolation.of(error.getField(), codeOf(error)))
        .toList();
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED", violations, Map.of());
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
    List<FieldViolation> violations = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream()
            .map(error -> FieldViolation.of(
                result.getMethodParameter().getParameterName(), codeOf(error.getCodes()))))
        .toList();
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED", violations, Map.of());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof TextInput.InvalidCharacterException nul) {
      String outer = path(nul);
      String inner = nul.innerPath();
      String field = inner.isEmpty() ? outer
          : outer.isEmpty() || inner.startsWith("[") ? outer + inner : outer + "." + inner;
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, TextInput.INVALID_CHARACTER,
          List.of(FieldViolation.of(field, TextInput.INVALID_CHARACTER)), Map.of());
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED",
          List.of(FieldViolation.of(path(unknown), "UNKNOWN_FIELD")), Map.of());
    }
    if (cause instanceof InvalidFormatException invalid) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED",
          List.of(FieldViolation.of(path(invalid), "INVALID_VALUE")), Map.of());
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED",
          List.of(FieldViolation.of(path(mapping), "INVALID_VALUE")), Map.of());
    }
    return problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", List.of(), Map.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE",
        List.of(FieldViolation.of("file", "FILE_TOO_LARGE")), Map.of());
  }

  @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<ProblemDetail> badMultipart(Exception e) {
    return problem(HttpStatus.BAD_REQUEST, "FILE_REQUIRED", List.of(FieldViolation.of("file", "REQUIRED")), Map.of());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
        List.of(FieldViolation.of(e.getParameterName(), "REQUIRED")), Map.of());
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
        List.of(FieldViolation.of(e.getHeaderName(), "REQUIRED")), Map.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
        List.of(FieldViolation.of(e.getName(), "INVALID_VALUE")), Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", List.of(), Map.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", List.of(), Map.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", List.of(), Map.of());
  }

  @ExceptionHandler({OptimisticLockingFailureException.class,
      org.operaton.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
    return problem(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", List.of(), Map.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    String code = constraintNames.codeFor(e).orElse(null);
    if (code == null) {
      log.error("Unexpected integrity violation", e);
      return problem(HttpStatus.CONFLICT, "CONFLICT", List.of(), Map.of());
    }
    return problem(HttpStatus.CONFLICT, code, List.of(), Map.of());
  }

  @ExceptionHandler(cn.gov.civilaffairs.assistance.policy.CalendarYearMissingException.class)
  ResponseEntity<ProblemDetail> calendarYearMissing(
      cn.gov.civilaffairs.assistance.policy.CalendarYearMissingException e) {
    log.error("{}", e.getMessage());
    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "CALENDAR_YEAR_MISSING", List.of(), Map.of("year", e.year()),
        e.year());
  }

  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ProblemDetail> engine(ProcessEngineException e) {
    log.error("Workflow engine refused the request; the transaction was rolled back", e);
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "PROCESS_ENGINE_FAILED", List.of(), Map.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected failure", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", List.of(), Map.of());
  }

  private ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String code, List<FieldViolation> violations, Map<String, Object> properties,
      Object... arguments) {
    var locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(messages.getMessage("error." + code, arguments, code, locale));
    problem.setProperty("code", code);
    if (!violations.isEmpty()) {
      problem.setProperty("errors", violations.stream()
          .map(v -> new FieldViolation(v.field(), v.code(), v.message() != null ? v.message()
              : messages.getMessage("field." + v.code(), null, v.code(), locale)))
          .toList());
    }
    properties.forEach(problem::setProperty);
    return ResponseEntity.status(status).body(problem);
  }

  private static String codeOf(FieldError error) {
    return codeOf(error.getCodes());
  }

  /** Maps a Bean Validation constraint (its codes, most specific first) to our stable field codes. */
  private static String codeOf(String[] codes) {
    return FieldCodes.ofConstraint(codes == null || codes.length == 0 ? "" : codes[codes.length - 1]);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
