package cn.gov.civilaffairs.assistance.modeling;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.audit.AuditLog;
import cn.gov.civilaffairs.assistance.identity.DataScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.batch.Batch;
import org.operaton.bpm.engine.batch.BatchStatistics;
import org.operaton.bpm.engine.batch.history.HistoricBatch;
import org.operaton.bpm.engine.migration.MigrationInstruction;
import org.operaton.bpm.engine.migration.MigrationInstructionValidationReport;
import org.operaton.bpm.engine.migration.MigrationPlan;
import org.operaton.bpm.engine.migration.MigrationPlanBuilder;
import org.operaton.bpm.engine.migration.MigrationPlanValidationException;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.engine.runtime.ActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.runtime.TransitionInstance;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running instances of one process version to another with the engine's migration API: the engine's own
 * mapping of equal activities as a proposal, the manager's adjusted mapping validated by the engine (its errors per
 * instruction), then an asynchronous batch. Instances with an active step the mapping does not cover are left on
 * their version and listed; the status of every instance in the batch is read back from the engine.
 */
@Service
public class ProcessMigrations {

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ManagementService management;
  private final HistoryService history;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final AuditLog audit;
  private final Clock clock;

  ProcessMigrations(RuntimeService runtime, RepositoryService repository, ManagementService management,
      HistoryService history, JdbcTemplate jdbc, ObjectMapper json, AuditLog audit, Clock clock) {
    this.runtime = runtime;
    this.repository = repository;
    this.management = management;
    this.history = history;
    this.jdbc = jdbc;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /** Map the state of {@code source} (an activity id) to {@code target}. */
  public record Instruction(String source, String target) {}

  public record Activity(String id, String name, String type) {}

  /** The engine's proposal: equal activities mapped; every activity of both versions to adjust it with. */
  public record Plan(String sourceDefinitionId, String targetDefinitionId, List<Instruction> instructions,
      List<Activity> sourceActivities, List<Activity> targetActivities, long runningInstances) {}

  /** What the manager submits. */
  public record Request(String sourceDefinitionId, String targetDefinitionId, List<Instruction> instructions) {}

  /** The engine's failures of one instruction. */
  public record InstructionReport(String source, String target, List<String> failures) {}

  /** An instance and (when it cannot be mapped) its active steps that no instruction covers. */
  public record Instance(String processInstanceId, String businessKey, List<String> unmappedActivities) {}

  public record Validation(boolean valid, List<InstructionReport> errors, List<Instance> migratable,
      List<Instance> unmappable) {}

  /** One instance of a migration and how it went: MIGRATED, PENDING, FAILED (with the engine's message), ENDED. */
  public record InstanceStatus(String processInstanceId, String businessKey, String status, String message) {}

  /** A migration with its batch's progress. */
  public record Status(long id, String batchId, String sourceDefinitionId, String targetDefinitionId,
      List<Instruction> instructions, int total, int migrated, int failed, int pending, boolean finished,
      String startedBy, Instant startedAt, List<InstanceStatus> instances, List<Instance> skipped) {}

  // Not transactional: a refused plan is an engine exception, which would mark a surrounding transaction rollback-only.
  public Plan plan(String source, String target) {
    definitions(source, target);
    List<Instruction> instructions;
    try {
      instructions = toInstructions(runtime.createMigrationPlan(source, target).mapEqualActivities().build());
    } catch (MigrationPlanValidationException e) {
      instructions = e.getValidationReport().getInstructionReports().stream()
          .filter(r -> !r.hasFailures()).map(r -> toInstruction(r.getMigrationInstruction())).toList();
    }
    return new Plan(source, target, instructions, activities(source), activities(target),
        runtime.createProcessInstanceQuery().processDefinitionId(source).count());
  }

  public Validation validate(Request request) {
    definitions(request.sourceDefinitionId(), request.targetDefinitionId());
    List<Instruction> instructions = request.instructions() == null ? List.of() : request.instructions();
    List<InstructionReport> errors = new ArrayList<>();
    try {
      build(request.sourceDefinitionId(), request.targetDefinitionId(), instructions);
    } catch (MigrationPlanValidationException e) {
      for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
        errors.add(new InstructionReport(report.getMigrationInstruction().getSourceActivityId(),
            report.getMigrationInstruction().getTargetActivityId(), report.getFailures()));
      }
      if (errors.isEmpty()) {
        errors.add(new InstructionReport(null, null, List.of(e.getMessage())));
      }
    } catch (RuntimeException e) {
      // e.g. an activity id that does not exist in either version
      errors.add(new InstructionReport(null, null, List.of(e.getMessage())));
    }
    Set<String> mapped = instructions.stream().map(Instruction::source).collect(Collectors.toSet());
    List<Instance> migratable = new ArrayList<>();
    List<Instance> unmappable = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery()
        .processDefinitionId(request.sourceDefinitionId()).list()) {
      Set<String> active = new LinkedHashSet<>();
      collectActivities(runtime.getActivityInstance(instance.getId()), active);
      List<String> unmapped = active.stream().filter(a -> !mapped.contains(a)).toList();
      (unmapped.isEmpty() ? migratable : unmappable)
          .add(new Instance(instance.getId(), instance.getBusinessKey(), unmapped));
    }
    return new Validation(errors.isEmpty(), errors, migratable, unmappable);
  }

  /** Validates, then migrates every instance the mapping covers as a batch; the others stay on their version. */
  @Transactional
  public Status start(Request request) {
    Validation validation = validate(request);
    if (!validation.valid()) {
      throw ApiException.invalid("MIGRATION_PLAN_INVALID", validation.errors().stream()
          .map(e -> new FieldViolation(e.source() == null ? "instructions" : e.source() + "->" + e.target(),
              "MIGRATION_INSTRUCTION_INVALID", String.join("; ", e.failures())))
          .toList());
    }
    if (validation.migratable().isEmpty()) {
      throw ApiException.invalid("NOTHING_TO_MIGRATE", List.of());
    }
    MigrationPlan plan = build(request.sourceDefinitionId(), request.targetDefinitionId(), request.instructions());
    Batch batch = runtime.newMigration(plan)
        .processInstanceIds(validation.migratable().stream().map(Instance::processInstanceId).toList())
        .executeAsync();
    String actor = DataScope.actor();
    Long id = jdbc.queryForObject("""
        insert into process_migrations (batch_id, source_definition_id, target_definition_id, instructions,
          instances, skipped, started_by, started_at)
        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?) returning id""", Long.class,
        batch.getId(), request.sourceDefinitionId(), request.targetDefinitionId(), toJson(request.instructions()),
        toJson(validation.migratable()), toJson(validation.unmappable()), actor, Timestamp.from(clock.instant()));
    audit.record(AuditLog.Entry.of("PROCESS_MIGRATION_STARTED", "process-migration", id).change(null, Map.of(
        "source", request.sourceDefinitionId(), "target", request.targetDefinitionId(), "batchId", batch.getId(),
        "instances", validation.migratable().size(), "skipped", validation.unmappable().size())));
    return status(id);
  }

  @Transactional(readOnly = true)
  public Status status(long id) {
    List<Map<String, Object>> rows = jdbc.queryForList("select * from process_migrations where id = ?", id);
    if (rows.isEmpty()) {
      throw ApiException.notFound("MIGRATION_NOT_FOUND");
    }
    Map<String, Object> row = rows.get(0);
    String batchId = (String) row.get("batch_id");
    String target = (String) row.get("target_definition_id");
    List<Instance> instances = fromJson(row.get("instances").toString(), new TypeReference<>() {});
    Map<String, String> definitionOf = new HashMap<>();
    if (!instances.isEmpty()) {
      runtime.createProcessInstanceQuery()
          .processInstanceIds(instances.stream().map(Instance::processInstanceId).collect(Collectors.toSet()))
          .list().forEach(p -> definitionOf.put(p.getId(), p.getProcessDefinitionId()));
    }
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    // A batch job's configuration (a byte array) names the instances it migrates; its exception says why it failed.
    List<Map<String, Object>> failedJobs = batch == null ? List.of() : jdbc.queryForList("""
        select j.exception_msg_ as message, convert_from(b.bytes_, 'UTF8') as configuration
        from act_ru_job j join act_ge_bytearray b on b.id_ = j.handler_cfg_
        where j.job_def_id_ = ? and j.exception_msg_ is not null""", batch.getBatchJobDefinitionId());
    List<InstanceStatus> statuses = new ArrayList<>();
    for (Instance instance : instances) {
      String definition = definitionOf.get(instance.processInstanceId());
      String failure = failedJobs.stream()
          .filter(j -> String.valueOf(j.get("configuration")).contains(instance.processInstanceId()))
          .map(j -> (String) j.get("message")).findFirst().orElse(null);
      String state = definition == null ? "ENDED" : definition.equals(target) ? "MIGRATED"
          : failure != null || batch == null ? "FAILED" : "PENDING";
      statuses.add(new InstanceStatus(instance.processInstanceId(), instance.businessKey(), state,
          "FAILED".equals(state) ? failure : null));
    }
    int migrated = (int) statuses.stream().filter(s -> s.status().equals("MIGRATED")).count();
    int failed = (int) statuses.stream().filter(s -> s.status().equals("FAILED")).count();
    int pending = (int) statuses.stream().filter(s -> s.status().equals("PENDING")).count();
    BatchStatistics statistics = batch == null ? null
        : management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    HistoricBatch historic = history.createHistoricBatchQuery().batchId(batchId).singleResult();
    boolean finished = batch == null || (historic != null && historic.getEndTime() != null)
        || (statistics != null && statistics.getRemainingJobs() == statistics.getFailedJobs() && pending == 0);
    return new Status(id, batchId, (String) row.get("source_definition_id"), target,
        fromJson(row.get("instructions").toString(), new TypeReference<>() {}), instances.size(), migrated, failed,
        pending, finished, (String) row.get("started_by"), ((Timestamp) row.get("started_at")).toInstant(),
        statuses, fromJson(row.get("skipped").toString(), new TypeReference<>() {}));
  }

  /** Migrations started from a version (newest first). */
  @Transactional(readOnly = true)
  public List<Status> ofSource(String sourceDefinitionId) {
    return jdbc.queryForList("select id from process_migrations where source_definition_id = ? order by id desc",
        Long.class, sourceDefinitionId).stream().map(this::status).toList();
  }

  private MigrationPlan build(String source, String target, List<Instruction> instructions) {
    MigrationPlanBuilder builder = runtime.createMigrationPlan(source, target);
    for (Instruction instruction : instructions) {
      builder = builder.mapActivities(instruction.source(), instruction.target());
    }
    return builder.build();
  }

  private void definitions(String source, String target) {
    ProcessDefinition from = definition(source);
    ProcessDefinition to = definition(target);
    if (from.getId().equals(to.getId())) {
      throw ApiException.invalid(List.of(FieldViolation.of("targetDefinitionId", "SAME_DEFINITION")));
    }
    if (!from.getKey().equals(to.getKey())) {
      throw ApiException.invalid(List.of(FieldViolation.of("targetDefinitionId", "DIFFERENT_PROCESS")));
    }
  }

  private ProcessDefinition definition(String id) {
    ProcessDefinition definition = id == null ? null
        : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    if (definition == null) {
      throw ApiException.notFound("PROCESS_NOT_FOUND");
    }
    return definition;
  }

  private List<Activity> activities(String definitionId) {
    return repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class).stream()
        .map(n -> new Activity(n.getId(), n.getName(), n.getElementType().getTypeName()))
        .sorted(java.util.Comparator.comparing(Activity::id)).toList();
  }

  private static void collectActivities(ActivityInstance instance, Set<String> into) {
    if (instance == null) {
      return;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      into.add(child.getActivityId());
      collectActivities(child, into);
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      into.add(transition.getActivityId());
    }
  }

  private static List<Instruction> toInstructions(MigrationPlan plan) {
    return plan.getInstructions().stream().map(ProcessMigrations::toInstruction).toList();
  }

  private static Instruction toInstruction(MigrationInstruction instruction) {
    return new Instruction(instruction.getSourceActivityId(), instruction.getTargetActivityId());
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T fromJson(String value, TypeReference<T> type) {
    try {
      return json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
