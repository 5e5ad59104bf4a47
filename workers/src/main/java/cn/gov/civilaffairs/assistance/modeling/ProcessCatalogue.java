package cn.gov.civilaffairs.assistance.modeling;

import cn.gov.civilaffairs.assistance.api.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.management.ActivityStatistics;
import org.operaton.bpm.engine.management.IncidentStatistics;
import org.operaton.bpm.engine.management.ProcessDefinitionStatistics;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deployed process with its versions (who deployed each and why, or "shipped" for the files deployed at
 * start-up), the running instances and incidents per version, and per version the open tasks, active instances
 * and incidents per step for the heat overlay on the diagram.
 */
@Service
@Transactional(readOnly = true)
public class ProcessCatalogue {

  static final String SHIPPED = "SHIPPED";

  private final RepositoryService repository;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;

  ProcessCatalogue(RepositoryService repository, ManagementService management, RuntimeService runtime,
      JdbcTemplate jdbc) {
    this.repository = repository;
    this.management = management;
    this.runtime = runtime;
    this.jdbc = jdbc;
  }

  /** One version of a process; {@code channel} is SHIPPED, WEB or CAMUNDA_MODELER. */
  public record Version(String id, int version, String versionTag, String deploymentId, String deploymentName,
      String deployedBy, Instant deployedAt, String changeNote, String channel, long runningInstances,
      long incidents, String resource) {}

  /** A process key with its versions, newest first; {@code id} = key (for list clients). */
  public record Process(String id, String key, String name, int latestVersion, String latestDefinitionId,
      long runningInstances, long incidents, List<Version> versions) {}

  /** One open incident. */
  public record Incident(String id, String activityId, String processInstanceId, String type, String message,
      Instant time) {}

  /** A version with its model and the load per step (activity id to count). */
  public record Definition(String id, String key, String name, int version, String versionTag, String xml,
      Map<String, Long> openTasks, Map<String, Long> activeInstances, Map<String, Long> incidentsPerStep,
      List<Incident> incidents, Version details) {}

  private record Note(String changeNote, String deployedBy, Instant deployedAt, String channel) {}

  public List<Process> processes() {
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
        .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list();
    Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
        .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    Map<String, Note> notes = notes();
    Map<String, ProcessDefinitionStatistics> statistics = management.createProcessDefinitionStatisticsQuery()
        .includeIncidents().list().stream()
        .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, Function.identity()));
    Map<String, List<Version>> byKey = new LinkedHashMap<>();
    Map<String, ProcessDefinition> latest = new HashMap<>();
    for (ProcessDefinition definition : definitions) {
      byKey.computeIfAbsent(definition.getKey(), k -> new ArrayList<>())
          .add(version(definition, deployments.get(definition.getDeploymentId()), notes, statistics));
      latest.putIfAbsent(definition.getKey(), definition);
    }
    List<Process> processes = new ArrayList<>();
    byKey.forEach((key, versions) -> {
      ProcessDefinition newest = latest.get(key);
      processes.add(new Process(key, key, newest.getName() == null ? key : newest.getName(), newest.getVersion(),
          newest.getId(), versions.stream().mapToLong(Version::runningInstances).sum(),
          versions.stream().mapToLong(Version::incidents).sum(), versions));
    });
    return processes;
  }

  public Process process(String key) {
    return processes().stream().filter(p -> p.key().equals(key)).findFirst()
        .orElseThrow(() -> ApiException.notFound("PROCESS_NOT_FOUND"));
  }

  public Definition definition(String definitionId) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
        .singleResult();
    if (definition == null) {
      throw ApiException.notFound("PROCESS_NOT_FOUND");
    }
    String xml;
    try (InputStream in = repository.getProcessModel(definitionId)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Long> openTasks = new TreeMap<>();
    jdbc.query("select task_def_key_, count(*) from act_ru_task where proc_def_id_ = ? group by task_def_key_",
        rs -> {
          openTasks.put(rs.getString(1), rs.getLong(2));
        }, definitionId);
    Map<String, Long> active = new TreeMap<>();
    Map<String, Long> incidentsPerStep = new TreeMap<>();
    for (ActivityStatistics statistics : management.createActivityStatisticsQuery(definitionId).includeIncidents()
        .list()) {
      if (statistics.getInstances() > 0) {
        active.put(statistics.getId(), (long) statistics.getInstances());
      }
      long incidents = statistics.getIncidentStatistics().stream().mapToLong(IncidentStatistics::getIncidentCount)
          .sum();
      if (incidents > 0) {
        incidentsPerStep.put(statistics.getId(), incidents);
      }
    }
    List<Incident> incidents = runtime.createIncidentQuery().processDefinitionId(definitionId)
        .orderByIncidentTimestamp().desc().listPage(0, 100).stream()
        .map(i -> new Incident(i.getId(), i.getActivityId(), i.getProcessInstanceId(), i.getIncidentType(),
            i.getIncidentMessage(), i.getIncidentTimestamp().toInstant()))
        .toList();
    Version details = process(definition.getKey()).versions().stream().filter(v -> v.id().equals(definitionId))
        .findFirst().orElseThrow();
    return new Definition(definition.getId(), definition.getKey(), definition.getName(), definition.getVersion(),
        definition.getVersionTag(), xml, openTasks, active, incidentsPerStep, incidents, details);
  }

  private Version version(ProcessDefinition definition, Deployment deployment, Map<String, Note> notes,
      Map<String, ProcessDefinitionStatistics> statistics) {
    Note note = notes.get(definition.getDeploymentId());
    ProcessDefinitionStatistics stats = statistics.get(definition.getId());
    long instances = stats == null ? 0 : stats.getInstances();
    long incidents = stats == null ? 0 : stats.getIncidentStatistics().stream()
        .mapToLong(IncidentStatistics::getIncidentCount).sum();
    Instant deployedAt = note != null ? note.deployedAt()
        : deployment == null || deployment.getDeploymentTime() == null ? null
            : deployment.getDeploymentTime().toInstant();
    return new Version(definition.getId(), definition.getVersion(), definition.getVersionTag(),
        definition.getDeploymentId(), deployment == null ? null : deployment.getName(),
        note == null ? "shipped" : note.deployedBy(), deployedAt, note == null ? null : note.changeNote(),
        note == null ? SHIPPED : note.channel(), instances, incidents, definition.getResourceName());
  }

  private Map<String, Note> notes() {
    Map<String, Note> notes = new HashMap<>();
    jdbc.query("select deployment_id, change_note, deployed_by, deployed_at, channel from process_deployments",
        rs -> {
          Timestamp at = rs.getTimestamp(4);
          notes.put(rs.getString(1), new Note(rs.getString(2), rs.getString(3), at.toInstant(), rs.getString(5)));
        });
    return notes;
  }
}
