package cn.gov.civilaffairs.assistance.api;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A page of a list in the ra-data-simple-rest dialect: a JSON array and {@code Content-Range}. */
public final class ListResponse {

  private ListResponse() {}

  public static <T> ResponseEntity<List<T>> of(String resource, Page<T> page) {
    long first = page.getPageable().isPaged() ? page.getPageable().getOffset() : 0;
    long last = page.getNumberOfElements() == 0 ? first : first + page.getNumberOfElements() - 1;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_RANGE, resource + " " + first + "-" + last + "/" + page.getTotalElements())
        .header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.CONTENT_RANGE)
        .body(page.getContent());
  }
}
