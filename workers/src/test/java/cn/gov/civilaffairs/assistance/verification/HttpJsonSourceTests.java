package cn.gov.civilaffairs.assistance.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP JSON connector against a real HTTP server on a free local port. */
class HttpJsonSourceTests {

  private static final String RESIDENT_ID = "110105198001010018";
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  private static final String ANSWER = """
      {"extractDate": "2026-11-20", "items": [
        {"category": "INCOME", "kind": "WAGES", "amount": 3200.50, "period": "2026-10", "description": "某公司"}],
       "unknownField": true}""";

  private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private HttpServer server;
  private volatile Behaviour behaviour;

  interface Behaviour {
    void answer(int request, HttpExchange exchange) throws Exception;
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/verify", exchange -> {
      try (exchange) {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        behaviour.answer(requests.incrementAndGet(), exchange);
      } catch (Exception e) {
        // the client gave up on a slow answer
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  @Test
  void returnsWhatTheServiceAnswers() throws Exception {
    behaviour = (request, exchange) -> respond(exchange, 200, ANSWER);

    SourceAnswer answer = source(settings(Duration.ofSeconds(2), 3, 10)).query(RESIDENT_ID, AS_OF);

    assertThat(answer.source()).isEqualTo(SourceCode.WAGES);
    assertThat(answer.extractDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(answer.items()).containsExactly(new FoundItem(ItemCategory.INCOME, "WAGES",
        new java.math.BigDecimal("3200.50"), "2026-10", "某公司"));
    assertThat(bodies).singleElement().satisfies(body -> assertThat(json.readTree(body))
        .isEqualTo(json.readTree("{\"residentId\":\"" + RESIDENT_ID + "\",\"asOf\":\"2026-11-27\"}")));
  }

  @Test
  void retriesASlowAnswerAfterItsTimeout() throws Exception {
    behaviour = (request, exchange) -> {
      if (request == 1) {
        release.await(5, TimeUnit.SECONDS);
      }
      respond(exchange, 200, ANSWER);
    };

    SourceAnswer answer = source(settings(Duration.ofMillis(300), 3, 10)).query(RESIDENT_ID, AS_OF);

    assertThat(answer.items()).hasSize(1);
    assertThat(requests).hasValue(2);
  }

  @Test
  void reportsAServiceThatKeepsFailingAsUnavailableAndOpensTheCircuit() {
    behaviour = (request, exchange) -> respond(exchange, 503, "{}");
    HttpJsonSource source = source(settings(Duration.ofSeconds(2), 2, 4));

    assertThatThrownBy(() -> source.query(RESIDENT_ID, AS_OF))
        .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("HTTP 503");
    assertThatThrownBy(() -> source.query(RESIDENT_ID, AS_OF)).isInstanceOf(SourceUnavailableException.class);
    assertThat(requests).hasValue(4);
    assertThat(source.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

    assertThatThrownBy(() -> source.query(RESIDENT_ID, AS_OF))
        .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("circuit open")
        .satisfies(e -> assertThat(((SourceUnavailableException) e).source()).isEqualTo(SourceCode.WAGES));
    assertThat(requests).as("an open circuit does not call the service").hasValue(4);
  }

  @Test
  void doesNotRetryAnAnswerItCannotUse() {
    behaviour = (request, exchange) -> respond(exchange, 200, "{\"items\": []}");

    assertThatThrownBy(() -> source(settings(Duration.ofSeconds(2), 3, 10)).query(RESIDENT_ID, AS_OF))
        .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("extractDate");
    assertThat(requests).hasValue(1);
  }

  private HttpJsonSource source(VerificationProperties.Http settings) {
    return new HttpJsonSource(SourceCode.WAGES, settings, json);
  }

  private VerificationProperties.Http settings(Duration timeout, int attempts, int window) {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/verify");
    return new VerificationProperties.Http(url, timeout, attempts, Duration.ofMillis(10), window, window, 50f,
        Duration.ofMinutes(1));
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
