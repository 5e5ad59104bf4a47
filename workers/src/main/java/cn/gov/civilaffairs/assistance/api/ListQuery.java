package cn.gov.civilaffairs.assistance.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The list dialect of ra-data-simple-rest: {@code sort=["field","ASC"]}, {@code range=[0,24]} (inclusive) and
 * {@code filter={"field":value}}. Sort fields are checked against an allow-list.
 */
public record ListQuery(Pageable pageable, Map<String, Object> filter) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGE = 500;

  public static ListQuery parse(
      String sort, String range, String filter, Set<String> sortable, Sort defaultSort) {
    Violations violations = new Violations();
    Sort order = defaultSort;
    if (sort != null && !sort.isBlank()) {
      List<String> parts = read(sort, new TypeReference<List<String>>() {}, "sort", violations);
      if (parts != null) {
        if (parts.size() != 2 || !sortable.contains(parts.get(0))
            || !Set.of("ASC", "DESC").contains(parts.get(1).toUpperCase())) {
          violations.add("sort", "INVALID_SORT");
        } else {
          order = Sort.by(Sort.Direction.fromString(parts.get(1)), parts.get(0));
        }
      }
    }
    int from = 0;
    int to = 24;
    if (range != null && !range.isBlank()) {
      List<Integer> bounds = read(range, new TypeReference<List<Integer>>() {}, "range", violations);
      if (bounds != null) {
        if (bounds.size() != 2 || bounds.get(0) < 0 || bounds.get(1) < bounds.get(0)
            || bounds.get(1) - bounds.get(0) >= MAX_PAGE) {
          violations.add("range", "INVALID_RANGE");
        } else {
          from = bounds.get(0);
          to = bounds.get(1);
        }
      }
    }
    Map<String, Object> filters = Map.of();
    if (filter != null && !filter.isBlank()) {
      Map<String, Object> parsed = read(filter, new TypeReference<Map<String, Object>>() {}, "filter", violations);
      filters = parsed == null ? Map.of() : parsed;
    }
    violations.throwIfAny();
    int size = to - from + 1;
    // ra-data-simple-rest pages are aligned to the page size it asks for.
    return new ListQuery(PageRequest.of(from / size, size, order), filters);
  }

  private static <T> T read(String json, TypeReference<T> type, String field, Violations violations) {
    try {
      return JSON.readValue(json, type);
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
