package cn.gov.civilaffairs.assistance.agreements;

import java.util.Base64;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Attaches a file at a task (as the signing screen does with the scan or the drawn signatures). */
final class TaskAttachments {

  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private TaskAttachments() {}

  /** The id of the document attached at the task. */
  @SuppressWarnings("unchecked")
  static long attach(TestRestTemplate client, String taskId, String kind, String fileName) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("kind", kind);
    body.add("file", new ByteArrayResource(PNG) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    Map<String, Object> document = client.exchange("/api/tasks/" + taskId + "/documents", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class).getBody();
    return ((Number) document.get("id")).longValue();
  }
}
