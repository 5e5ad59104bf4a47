package cn.gov.civilaffairs.assistance.bench;

import cn.gov.civilaffairs.assistance.identity.Role;
import cn.gov.civilaffairs.assistance.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/**
 * "My groups' unassigned tasks, first page by due date" with 100,000 open and 1,000,000 finished tasks across
 * 200 streets: our inbox over HTTP (token check, scope, count, case numbers, working days) against the engine's
 * plain TaskQuery in the same run. Prints p50/p95/p99; asserts nothing. Run with {@code bin/bench}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestPropertySource(properties = {"app.jobs.enabled=false", "bench.context=own"})
class InboxBenchmark extends IntegrationTest {

  private static final int OPEN = 100_000;
  private static final int FINISHED = 1_000_000;
  private static final int STREETS = 200;
  private static final int ROUNDS = 300;
  private static final String GROUP = "caseworker:110105001";

  @Autowired
  TaskService tasks;

  @Autowired
  RepositoryService repository;

  @Test
  void measuresTheGroupInboxAgainstThePlainEngineQuery() {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("assistance-application")
        .latestVersion().singleResult().getId();
    long loading = System.nanoTime();
    load(definitionId);
    System.out.printf("Loaded %,d open and %,d finished tasks in %.1f s%n", OPEN, FINISHED,
        (System.nanoTime() - loading) / 1e9);
    ensureUser("bench.caseworker", "110105001", Role.CASEWORKER);
    TestRestTemplate caseworker = as("bench.caseworker");
    var uri = listUri("/api/tasks", "[\"due\",\"ASC\"]", "[0,19]", "{\"inbox\":\"GROUP\"}");

    Runnable engine = () -> tasks.createTaskQuery().taskCandidateGroupIn(List.of(GROUP)).taskUnassigned()
        .orderByDueDate().asc().listPage(0, 20);
    Runnable inbox = () -> {
      var page = caseworker.exchange(uri, HttpMethod.GET, null, JSON_ARRAY);
      if (page.getBody() == null || page.getBody().size() != 20) {
        throw new IllegalStateException("unexpected inbox page: " + page.getStatusCode());
      }
    };
    Runnable engineWithCount = () -> {
      var query = tasks.createTaskQuery().taskCandidateGroupIn(List.of(GROUP)).taskUnassigned();
      query.count();
      query.orderByDueDate().asc().listPage(0, 20);
    };
    Runnable signedInRequest = () -> caseworker.getForEntity("/api/auth/me", String.class);
    for (int i = 0; i < 30; i++) {
      engine.run();
      engineWithCount.run();
      signedInRequest.run();
      inbox.run();
    }
    List<Long> engineTimes = measure(engine);
    print("engine TaskQuery (baseline)", engineTimes, engineTimes);
    print("engine TaskQuery + count", measure(engineWithCount), engineTimes);
    print("GET /api/auth/me (HTTP + token)", measure(signedInRequest), engineTimes);
    print("GET /api/tasks inbox=GROUP", measure(inbox), engineTimes);
  }

  private void load(String definitionId) {
    jdbc.execute("set statement_timeout = 0");
    jdbc.update("""
        insert into operaton.act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_,
          proc_def_id_, act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
          cached_ent_state_, sequence_counter_, proc_def_key_)
        select 'bench-pi-' || n, 1, 'bench-pi-' || n, 'bench-pi-' || n, 'BENCH-' || n, ?,
          'UserTask_InvestigateHousehold', true, false, true, false, 1, 0, 1, 'assistance-application'
        from generate_series(1, ?) n""", definitionId, OPEN);
    jdbc.update("""
        insert into operaton.act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_,
          task_def_key_, priority_, create_time_, last_updated_, due_date_, suspension_state_, task_state_)
        select 'bench-t-' || n, 1, 'bench-pi-' || n, 'bench-pi-' || n, ?, '入户调查', 'UserTask_InvestigateHousehold',
          50, now() - (n % 1000) * interval '1 minute', now(), now() + (n % 30) * interval '1 day', 1, 'Created'
        from generate_series(1, ?) n""", definitionId, OPEN);
    jdbc.update("""
        insert into operaton.act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
        select 'bench-il-' || n, 1,
          case when n % ? = 0 then ? else 'caseworker:1101' || lpad((n % ?)::text, 5, '0') end,
          'candidate', 'bench-t-' || n
        from generate_series(1, ?) n""", STREETS, GROUP, STREETS, OPEN);
    jdbc.update("""
        insert into operaton.act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
          proc_inst_id_, execution_id_, name_, assignee_, start_time_, end_time_, duration_, priority_, task_state_)
        select 'bench-h-' || n, 'UserTask_InvestigateHousehold', 'assistance-application', ?, 'bench-old-' || n,
          'bench-old-' || n, 'bench-old-' || n, '入户调查', 'someone', now() - interval '400 days',
          now() - interval '390 days', 864000000, 50, 'Completed'
        from generate_series(1, ?) n""", definitionId, FINISHED);
    jdbc.execute("analyze operaton.act_ru_task");
    jdbc.execute("analyze operaton.act_ru_identitylink");
    jdbc.execute("analyze operaton.act_ru_execution");
    jdbc.execute("analyze operaton.act_hi_taskinst");
  }

  private static List<Long> measure(Runnable call) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      call.run();
      times.add(System.nanoTime() - start);
    }
    Collections.sort(times);
    return times;
  }

  private static void print(String what, List<Long> times, List<Long> baseline) {
    System.out.printf("%-32s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (p95 ratio to baseline %.1fx)%n", what,
        ms(times, 50), ms(times, 95), ms(times, 99), ms(times, 95) / ms(baseline, 95));
  }

  private static double ms(List<Long> sorted, int percentile) {
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    return sorted.get(index) / 1e6;
  }

}
