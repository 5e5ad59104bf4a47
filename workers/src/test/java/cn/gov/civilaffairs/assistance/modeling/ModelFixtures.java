package cn.gov.civilaffairs.assistance.modeling;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Small models that follow our rules, and a way to deploy them as a process manager. */
final class ModelFixtures {

  static final String FORM = "modeling-note";

  private ModelFixtures() {}

  /** A straight line start → the user tasks (caseworkers of the case's street, form {@link #FORM}) → end. */
  static String lineOfUserTasks(String key, String versionTag, String... taskIds) {
    List<String> nodes = new java.util.ArrayList<>();
    nodes.add("StartEvent_Started");
    nodes.addAll(List.of(taskIds));
    nodes.add("EndEvent_Done");
    String tasks = List.of(taskIds).stream().map(id -> """
          <bpmn:userTask id="%s" name="%s" camunda:candidateGroups="caseworker:${streetCode}" camunda:formRef="%s"
              camunda:formRefBinding="latest" />
        """.formatted(id, id.substring("UserTask_".length()), FORM)).collect(Collectors.joining());
    String flows = IntStream.range(0, nodes.size() - 1).mapToObj(i -> """
          <bpmn:sequenceFlow id="Flow_%s" sourceRef="%s" targetRef="%s" />
        """.formatted("Step" + (i + 1), nodes.get(i), nodes.get(i + 1))).collect(Collectors.joining());
    String tag = versionTag == null ? "" : " camunda:versionTag=\"" + versionTag + "\"";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Fixture"
            targetNamespace="http://civilaffairs.gov.cn/assistance/test">
          <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="P30D"%s>
            <bpmn:startEvent id="StartEvent_Started" />
        %s    <bpmn:endEvent id="EndEvent_Done" />
        %s  </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, key, tag, tasks, flows).strip();
  }

  static String form() {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
          {"id": "Field_Note", "key": "note", "type": "textfield", "label": "说明"}]}
        """.formatted(FORM);
  }

  /** POSTs the files to {@code /api/process-deployments}. */
  static ResponseEntity<Map<String, Object>> deploy(TestRestTemplate client, String note, Map<String, String> files) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("changeNote", note);
    files.forEach((name, content) -> body.add("files", named(name, content)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return client.exchange("/api/process-deployments", HttpMethod.POST, new HttpEntity<>(body, headers),
        new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {});
  }

  static ByteArrayResource named(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
