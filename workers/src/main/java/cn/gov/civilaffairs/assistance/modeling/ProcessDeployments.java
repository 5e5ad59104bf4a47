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
import cn.gov.civilaffairs.assistance.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
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
  private final Set<String> topics;
  private final Set<String> screens;

  ProcessDeployments(RepositoryService repository, JdbcTemplate jdbc, ObjectMapper json, AuditLog audit, Clock clock,
      List<JobWorker> workers, List<TaskScreen> screens, org.springframework.context.ApplicationContext context) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
    this.topics = workers.stream().map(JobWorker::topic).collect(Collectors.toCollection(java.util.TreeSet::new));
    this.screens = screens.stream().map(TaskScreen::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    this.lint = new ModelLint(this.topics, this.screens, Set.of(context.getBeanDefinitionNames()));
  }

  /** Where a deployment came from: our web modeler or API, or the Camunda Desktop Modeler's deploy dialog. */
  public enum Channel { WEB, CAMUNDA_MODELER }

  /** What the browser lint needs to repeat the server's rules: topics, role codes, built-in screens, forms. */
  public record LintConfig(Set<String> topics, List<String> roles, Set<String> screens, Set<String> forms) {}

  @Transactional(readOnly = true)
  public LintConfig lintConfig() {
    return new LintConfig(topics, Arrays.stream(Role.values()).map(Role::code).toList(), screens,
        new java.util.TreeSet<>(jdbc.queryForList("select distinct key_ from act_re_camformdef", String.class)));
  }

  /** The newest deployed version of a form (its JSON), or 404. */
  @Transactional(readOnly = true)
  public String form(String key) {
    List<Map<String, Object>> rows = jdbc.queryForList("""
        select deployment_id_, resource_name_ from act_re_camformdef where key_ = ? order by version_ desc limit 1""",
        key);
    if (rows.isEmpty()) {
      throw ApiException.notFound("FORM_NOT_FOUND");
    }
    try (var in = repository.getResourceAsStream((String) rows.get(0).get("deployment_id_"),
        (String) rows.get(0).get("resource_name_"))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An uploaded file; {@code content} is null when it was too large to read. */
  public record ModelFile(String name, long size, byte[] content) {}

  public record Deployed(String deploymentId, List<String> processes) {}

  public Deployed deploy(List<ModelFile> files, String changeNote) {
    return deploy(files, changeNote, Channel.WEB, DataScope.actor(), "modeler");
  }

  /**
   * Deploys as {@code actor} through {@code channel} under the deployment name {@code deploymentName}; the same checks
   * whichever way the files came.
   */
  public Deployed deploy(List<ModelFile> files, String changeNote, Channel channel, String actor, String deploymentName) {
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
    // No duplicate filtering (enableDuplicateFiltering(false) would turn it ON, answering an unchanged file with the
    // earlier deployment): a deployment with a change note is always a new version, whatever the Modeler's
    // deploy-changed-only says.
    DeploymentBuilder builder = repository.createDeployment()
        .name(deploymentName == null || deploymentName.isBlank() ? "modeler" : deploymentName)
        .source(channel == Channel.WEB ? "process-manager" : "Camunda Modeler");
    for (ModelFile file : files) {
      builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
    }
    Deployment deployment = builder.deploy();
    List<String> processes = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).list()
        .stream().map(ProcessDefinition::getId).toList();
    jdbc.update("""
        insert into process_deployments (deployment_id, change_note, files, deployed_by, deployed_at, channel)
        values (?, ?, cast(? as jsonb), ?, ?, ?)""", deployment.getId(), changeNote.trim(),
        toJson(files.stream().map(ModelFile::name).toList()), actor, Timestamp.from(clock.instant()),
        channel.name());
    audit.recordAs(actor, AuditLog.Entry.of("PROCESS_DEPLOYED", "deployment", deployment.getId())
        .change(null, Map.of("processes", processes, "changeNote", changeNote.trim(), "channel", channel.name())));
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
