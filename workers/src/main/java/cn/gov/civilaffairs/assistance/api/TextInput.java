package cn.gov.civilaffairs.assistance.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Text that may reach the database must not contain NUL (U+0000): PostgreSQL refuses it in {@code text}, which
 * used to surface as a 409 "reload and retry" with an ERROR log. It is refused at the door instead, as 422
 * {@code INVALID_CHARACTER} with a field error: in every JSON body (a Jackson module for strings, untyped
 * values and trees) and in every query parameter and multipart/form text field (an MVC interceptor, which runs
 * after multipart resolution).
 */
@Configuration(proxyBeanMethods = false)
class TextInput implements WebMvcConfigurer {

  static final String INVALID_CHARACTER = "INVALID_CHARACTER";

  static boolean hasNul(String text) {
    return text != null && text.indexOf('\u0000') >= 0;
  }

  /** Thrown while reading a JSON body; Jackson prepends the JSON path as it unwinds. */
  static final class InvalidCharacterException extends JsonMappingException {
    private final String innerPath;

    InvalidCharacterException(JsonParser parser, String innerPath) {
      super(parser, "NUL character in text");
      this.innerPath = innerPath;
    }

    /** The path inside an untyped value or tree, below the path Jackson records. */
    String innerPath() {
      return innerPath;
    }
  }

  @Bean
  Module refuseNulInJson() {
    SimpleModule module = new SimpleModule("refuse-nul");
    module.addDeserializer(String.class, new NulRefusingString());
    module.addDeserializer(Object.class, new NulRefusingUntyped());
    module.addDeserializer(JsonNode.class, new NulRefusingTree());
    return module;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Violations violations = new Violations();
        request.getParameterMap().forEach((name, values) -> {
          if (hasNul(name) || values != null && List.of(values).stream().anyMatch(TextInput::hasNul)) {
            violations.add(hasNul(name) ? "parameter" : name, INVALID_CHARACTER);
          }
        });
        violations.throwIfAny(HttpStatus.UNPROCESSABLE_ENTITY, INVALID_CHARACTER);
        return true;
      }
    });
  }

  private static final class NulRefusingString extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = super.deserialize(p, ctxt);
      if (hasNul(value)) {
        throw new InvalidCharacterException(p, "");
      }
      return value;
    }
  }

  private static final class NulRefusingUntyped extends StdDeserializer<Object> {
    /** Unresolved, so it reads nested maps and lists itself instead of looking this deserializer up again. */
    private static final UntypedObjectDeserializer PLAIN = new UntypedObjectDeserializer(null, null);

    NulRefusingUntyped() {
      super(Object.class);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object value = PLAIN.deserialize(p, ctxt);
      check(value, p, new StringBuilder());
      return value;
    }

    private static void check(Object value, JsonParser p, StringBuilder path) throws IOException {
      if (value instanceof String text && hasNul(text)) {
        throw located(p, path);
      }
      if (value instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String key = String.valueOf(entry.getKey());
          StringBuilder inner = new StringBuilder(path).append(path.isEmpty() ? "" : ".").append(key);
          if (hasNul(key)) {
            throw located(p, inner);
          }
          check(entry.getValue(), p, inner);
        }
      }
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          check(list.get(i), p, new StringBuilder(path).append('[').append(i).append(']'));
        }
      }
    }
  }

  private static final class NulRefusingTree extends StdDeserializer<JsonNode> {
    NulRefusingTree() {
      super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode value = JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
      check(value, p, new StringBuilder());
      return value;
    }

    @Override
    public JsonNode getNullValue(DeserializationContext ctxt) {
      return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }

    private static void check(JsonNode value, JsonParser p, StringBuilder path) throws IOException {
      if (value == null) {
        return;
      }
      if (value.isTextual() && hasNul(value.textValue())) {
        throw located(p, path);
      }
      if (value.isObject()) {
        for (var entry : value.properties()) {
          StringBuilder inner = new StringBuilder(path).append(path.isEmpty() ? "" : ".").append(entry.getKey());
          if (hasNul(entry.getKey())) {
            throw located(p, inner);
          }
          check(entry.getValue(), p, inner);
        }
      }
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          check(value.get(i), p, new StringBuilder(path).append('[').append(i).append(']'));
        }
      }
    }
  }

  /** The exception with the path inside the value; the path to the value itself is prepended by Jackson. */
  private static InvalidCharacterException located(JsonParser p, StringBuilder path) {
    return new InvalidCharacterException(p, path.toString());
  }
}
