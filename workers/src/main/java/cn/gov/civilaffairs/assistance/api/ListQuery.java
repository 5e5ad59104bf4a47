package cn.gov.civilaffairs.assistance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/**
 * The list dialect of ra-data-simple-rest: {@code sort=["field","ASC"]}, {@code range=[0,24]} (inclusive) and
 * {@code filter={"field":value}}. Sort fields are checked against an allow-list. Anything else (not JSON, not an
 * array of two, nulls, negative or reversed bounds, a page over {@value #MAX_PAGE} rows, an unknown sort field,
 * a filter that is not an object or whose values are objects) is refused, all at once, as 400
 * {@code INVALID_LIST_PARAMETER} with field errors, so no list endpoint can answer 500 on its parameters.
 */
public record ListQuery(Pageable pageable, Map<String, Object> filter) {

  public static final String INVALID_LIST_PARAMETER = "INVALID_LIST_PARAMETER";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGE = 500;

  public static ListQuery parse(
      String sort, String range, String filter, Set<String> sortable, Sort defaultSort) {
    Violations violations = new Violations();
    Sort order = defaultSort;
    if (sort != null && !sort.isBlank()) {
      JsonNode parts = read(sort, "sort", violations);
      if (parts != null) {
        if (!parts.isArray() || parts.size() != 2 || !parts.get(0).isTextual() || !parts.get(1).isTextual()) {
          violations.add("sort", "INVALID_SORT");
        } else if (!sortable.contains(parts.get(0).textValue())) {
          violations.add("sort", "UNKNOWN_SORT_FIELD");
        } else if (!Set.of("ASC", "DESC").contains(parts.get(1).textValue().toUpperCase(java.util.Locale.ROOT))) {
          violations.add("sort", "INVALID_SORT");
        } else {
          order = Sort.by(Sort.Direction.fromString(parts.get(1).textValue()), parts.get(0).textValue());
        }
      }
    }
    int from = 0;
    int to = 24;
    if (range != null && !range.isBlank()) {
      JsonNode bounds = read(range, "range", violations);
      if (bounds != null) {
        if (!bounds.isArray() || bounds.size() != 2 || !bounds.get(0).canConvertToInt()
            || !bounds.get(1).canConvertToInt() || !bounds.get(0).isIntegralNumber()
            || !bounds.get(1).isIntegralNumber()) {
          violations.add("range", "INVALID_RANGE");
        } else {
          int first = bounds.get(0).intValue();
          int last = bounds.get(1).intValue();
          if (first < 0 || last < first || (long) last - first >= MAX_PAGE) {
            violations.add("range", "INVALID_RANGE");
          } else {
            from = first;
            to = last;
          }
        }
      }
    }
    Map<String, Object> filters = Map.of();
    if (filter != null && !filter.isBlank()) {
      JsonNode parsed = read(filter, "filter", violations);
      if (parsed != null) {
        filters = filters(parsed, violations);
      }
    }
    violations.throwIfAny(HttpStatus.BAD_REQUEST, INVALID_LIST_PARAMETER);
    int size = to - from + 1;
    // ra-data-simple-rest pages are aligned to the page size it asks for.
    return new ListQuery(PageRequest.of(from / size, size, order), filters);
  }

  /** A filter is an object of scalars (or arrays of scalars); nulls mean "no filter" and are dropped. */
  private static Map<String, Object> filters(JsonNode parsed, Violations violations) {
    if (!parsed.isObject()) {
      violations.add("filter", "INVALID_FILTER");
      return Map.of();
    }
    Map<String, Object> filters = new LinkedHashMap<>();
    for (var entry : parsed.properties()) {
      JsonNode value = entry.getValue();
      String field = "filter." + entry.getKey();
      if (value.isNull()) {
        continue;
      }
      if (value.isContainerNode() && !(value.isArray() && allScalar(value))) {
        violations.add(field, "INVALID_VALUE");
      } else if (value.isTextual() && value.textValue().indexOf('\u0000') >= 0) {
        violations.add(field, "INVALID_CHARACTER");
      } else {
        filters.put(entry.getKey(), JSON.convertValue(value, Object.class));
      }
    }
    return filters;
  }

  private static boolean allScalar(JsonNode array) {
    for (JsonNode element : array) {
      if (element.isContainerNode() || element.isNull()
          || element.isTextual() && element.textValue().indexOf('\u0000') >= 0) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode read(String json, String field, Violations violations) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || node.isMissingNode()) {
        violations.add(field, "INVALID_VALUE");
      }
      return node == null || node.isMissingNode() ? null : node;
    } catch (Exception e) {
      violations.add(field, "INVALID_VALUE");
      return null;
    }
  }

  public String text(String key) {
    Object value = filter.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
