package cn.gov.civilaffairs.assistance.modeling;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.engine.jobs.JobWorker;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import cn.gov.civilaffairs.assistance.tasks.TaskScreen;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys models a process manager uploads: only BPMN and form files, each at most {@link #MAX_FILE_BYTES}, parsed
 * safely and checked by {@link ModelLint}; one problem anywhere and nothing is deployed (422 with every problem).
 * The previous versions stay; running cases keep their version.
 */
@Service
@Transactional
public class ProcessDeployments {

  static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
  static final int MAX_FILES = 20;

  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final AuditLog audit;
  private final Clock clock;
  private final ModelLint lint;

  ProcessDeployments(RepositoryService repository, JdbcTemplate jdbc, ObjectMapper json, AuditLog audit, Clock clock,
      List<JobWorker> workers, List<TaskScreen> screens) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
    this.lint = new ModelLint(workers.stream().map(JobWorker::topic).collect(Collectors.toSet()),
        screens.stream().map(TaskScreen::key).collect(Collectors.toSet()));
  }

  /** An uploaded file; {@code content} is null when it was too large to read. */
  public record ModelFile(String name, long size, byte[] content) {}

  public record Deployed(String deploymentId, List<String> processes) {}

  public Deployed deploy(List<ModelFile> files, String changeNote) {
    List<FieldViolation> violations = new ArrayList<>();
    if (changeNote == null || changeNote.isBlank() || changeNote.length() > 1000) {
      violations.add(FieldViolation.of("changeNote", "REQUIRED"));
    }
    if (files.isEmpty() || files.size() > MAX_FILES) {
      violations.add(FieldViolation.of("files", files.isEmpty() ? "REQUIRED" : "TOO_MANY_FILES"));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    Set<String> forms = new HashSet<>(jdbc.queryForList("select distinct key_ from act_re_camformdef", String.class));
    for (ModelFile file : files) {
      String name = file.name() == null ? "" : file.name();
      if (file.content() == null || file.size() > MAX_FILE_BYTES) {
        problems.add(new ModelProblem(name, null, "MODEL_FILE_TOO_LARGE"));
      } else if (name.endsWith(".form")) {
        formId(file).ifPresentOrElse(forms::add, () -> problems.add(new ModelProblem(name, null, "NOT_A_FORM")));
      } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        try {
          models.put(name, SafeModels.bpmn(file.content()));
        } catch (SafeModels.UnsafeModelException e) {
          problems.add(new ModelProblem(name, null, "UNSAFE_XML"));
        } catch (IllegalArgumentException e) {
          problems.add(new ModelProblem(name, null, "NOT_BPMN"));
        }
      } else {
        problems.add(new ModelProblem(name, null, "FILE_TYPE_NOT_ALLOWED"));
      }
    }
    models.forEach((name, model) -> problems.addAll(lint.check(name, model, forms)));
    if (!problems.isEmpty()) {
      throw ApiException.invalid("MODEL_INVALID", problems.stream()
          .map(p -> FieldViolation.of(p.elementId() == null ? p.file() : p.file() + "#" + p.elementId(), p.code()))
          .toList());
    }
    DeploymentBuilder builder = repository.createDeployment().name("modeler").source("process-manager")
        .enableDuplicateFiltering(false);
    for (ModelFile file : files) {
      builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
    }
    Deployment deployment = builder.deploy();
    List<String> processes = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list()
        .stream().map(ProcessDefinition::getId).toList();
    String actor = DataScope.actor();
    jdbc.update("""
        insert into process_deployments (deployment_id, change_note, files, deployed_by, deployed_at)
        values (?, ?, cast(? as jsonb), ?, ?)""", deployment.getId(), changeNote.trim(),
        toJson(files.stream().map(ModelFile::name).toList()), actor, Timestamp.from(clock.instant()));
    audit.record(AuditLog.Entry.of("PROCESS_DEPLOYED", "deployment", deployment.getId())
        .change(null, Map.of("processes", processes, "changeNote", changeNote.trim())));
    return new Deployed(deployment.getId(), processes);
  }

  private java.util.Optional<String> formId(ModelFile file) {
    try {
      JsonNode form = json.readTree(file.content());
      return form.isObject() && form.path("id").isTextual() && form.has("components")
          ? java.util.Optional.of(form.get("id").asText()) : java.util.Optional.empty();
    } catch (java.io.IOException e) {
      return java.util.Optional.empty();
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
