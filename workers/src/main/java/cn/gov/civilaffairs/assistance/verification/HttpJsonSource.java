package cn.gov.civilaffairs.assistance.verification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A source answered by the department's HTTP service: {@code POST <url>} with
 * {@code {"residentId": "...", "asOf": "yyyy-MM-dd"}}, answered by
 * {@code {"extractDate": "yyyy-MM-dd", "items": [{"category", "kind", "amount", "period", "description"}]}}.
 * Timeouts, connection failures, 429 and 5xx are retried; a circuit breaker stops calling a service that keeps
 * failing, so a verification campaign does not wait on every household for a department that is down.
 */
class HttpJsonSource implements VerificationSource {

  private final SourceCode source;
  private final VerificationProperties.Http settings;
  private final HttpClient client;
  private final ObjectMapper json;
  private final Retry retry;
  private final CircuitBreaker breaker;

  HttpJsonSource(SourceCode source, VerificationProperties.Http settings, ObjectMapper json) {
    this.source = source;
    this.settings = settings;
    this.json = json;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(settings.timeout()).build();
    this.retry = Retry.of(source.code(), RetryConfig.custom()
        .maxAttempts(settings.maxAttempts())
        .waitDuration(settings.retryWait())
        .retryOnException(e -> e instanceof IOException)
        .build());
    this.breaker = CircuitBreaker.of(source.code(), CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(settings.slidingWindow())
        .minimumNumberOfCalls(settings.minimumCalls())
        .failureRateThreshold(settings.failureRatePercent())
        .waitDurationInOpenState(settings.openDuration())
        .build());
  }

  @Override
  public SourceCode code() {
    return source;
  }

  @Override
  public SourceAnswer query(String residentId, LocalDate asOf) throws SourceUnavailableException {
    try {
      return Retry.decorateCheckedSupplier(retry,
          CircuitBreaker.decorateCheckedSupplier(breaker, () -> ask(residentId, asOf))).get();
    } catch (CallNotPermittedException open) {
      throw new SourceUnavailableException(source, "circuit open after repeated failures of " + settings.url(), open);
    } catch (Throwable failure) {
      throw new SourceUnavailableException(source, "no answer from " + settings.url() + ": " + failure, failure);
    }
  }

  CircuitBreaker.State circuitState() {
    return breaker.getState();
  }

  private SourceAnswer ask(String residentId, LocalDate asOf) throws IOException, InterruptedException,
      BadAnswerException {
    HttpRequest request = HttpRequest.newBuilder(settings.url())
        .timeout(settings.timeout())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(
            json.writeValueAsBytes(Map.of("residentId", residentId, "asOf", asOf.toString()))))
        .build();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      throw new IOException("HTTP " + status);
    }
    if (status != 200) {
      throw new BadAnswerException("HTTP " + status);
    }
    Answer answer;
    try {
      answer = json.readerFor(Answer.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(response.body());
    } catch (IOException e) {
      throw new BadAnswerException("unreadable answer: " + e.getMessage());
    }
    if (answer.extractDate() == null || answer.items() == null) {
      throw new BadAnswerException("answer lacks extractDate or items");
    }
    return new SourceAnswer(source, answer.extractDate(), answer.items());
  }

  record Answer(LocalDate extractDate, List<FoundItem> items) {}

  /** The service answered, but not with something usable; asking again would not help. */
  static final class BadAnswerException extends Exception {
    BadAnswerException(String message) {
      super(message);
    }
  }
}
