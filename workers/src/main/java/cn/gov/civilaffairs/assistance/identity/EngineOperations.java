package cn.gov.civilaffairs.assistance.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an operator may do through the engine's REST API ({@code /engine-rest}) and the engine webapps' internal
 * engine API ({@code /operaton/api/engine/engine/{name}}): deploy, read definitions, deployments, instances, tasks,
 * incidents, jobs and history, and retry failed jobs and external tasks. An allow-list: every other call (completing,
 * claiming or assigning tasks, variables, starting, modifying, deleting, suspending or migrating instances,
 * messages, signals, external-task work, decision evaluation, job execution, batches, identity and authorization
 * changes, and any resource a later engine version adds) is refused. Cases are decided only through {@code /api}.
 */
public final class EngineOperations {

  /** The engine REST API, with or without a named engine ({@code /engine-rest/engine/default/...}). */
  private static final Pattern REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");
  /** The webapps' own engine API (Cockpit and Admin call it; so would Tasklist). */
  private static final Pattern WEBAPP = Pattern.compile("^/operaton/api/engine/engine/[^/]+(/.*)?$");

  /** Variables (and the history of their values) may hold personal data and are not read here either. */
  private static final Pattern VARIABLES = Pattern.compile(
      "(?i).*(variable|/history/detail|/form-variables|/rendered-form|/submit-form).*");

  private static final List<Rule> ALLOWED = List.of(
      // reading: engines, definitions, deployments (with resources, XML and diagrams), instances, tasks, incidents,
      // jobs, history, batches, the accounts' profiles
      get("/?"),
      get("/engine/?"),
      get("/version"),
      get("/(deployment|process-definition|decision-definition|decision-requirements-definition)(/.*)?"),
      get("/(process-instance|execution|task|incident|job|job-definition|external-task|batch)(/.*)?"),
      get("/history/.+"),
      get("/(user|group)(/.*)?"),
      get("/identity/groups"),
      // queries with a body (Cockpit posts them): only the collection and its count, never an action below them
      rule("POST", "/(process-instance|execution|task|job|external-task)(/count)?"),
      rule("POST", "/history/(process-instance|activity-instance|task|incident|job-log|external-task-log)(/count)?"),
      // deploying: the Camunda Modeler's path, answered by the product's own deploy checks (CamundaModelerDeployFilter)
      rule("POST", "/deployment/create/?"),
      // retrying what failed
      rule("PUT", "/job/[^/]+/retries"),
      rule("POST", "/job/retries"),
      rule("PUT", "/job-definition/[^/]+/retries"),
      rule("PUT", "/external-task/[^/]+/retries"),
      rule("PUT", "/external-task/retries"),
      rule("POST", "/external-task/retries-async"));

  private EngineOperations() {
  }

  /** Whether the request is an engine call (either door) that operators may make. */
  public static boolean allows(HttpServletRequest request) {
    return enginePath(request).map(path -> allows(request.getMethod(), path, request)).orElse(false);
  }

  /** Whether the request goes to the engine through the webapps' internal engine API. */
  static boolean isWebappEngineCall(HttpServletRequest request) {
    return WEBAPP.matcher(pathOf(request)).matches();
  }

  static boolean allows(String method, String enginePath, HttpServletRequest request) {
    // A method override header would let Jersey run another method than the one checked here.
    if (request != null && (request.getHeader("X-HTTP-Method-Override") != null
        || request.getHeader("X-HTTP-Method") != null || request.getHeader("X-Method-Override") != null)) {
      return false;
    }
    // The patterns match the raw path, Jersey the decoded one: an escaped letter (/task/1/%76ariables) is refused.
    if (enginePath.indexOf('%') >= 0 || VARIABLES.matcher(enginePath).matches()) {
      return false;
    }
    return ALLOWED.stream().anyMatch(rule -> rule.method().equalsIgnoreCase(method)
        && rule.path().matcher(enginePath).matches());
  }

  /** The path below the engine (e.g. {@code /task/1/complete}), for either door; empty for other requests. */
  static Optional<String> enginePath(HttpServletRequest request) {
    String path = pathOf(request);
    for (Pattern door : List.of(REST, WEBAPP)) {
      var matcher = door.matcher(path);
      if (matcher.matches()) {
        return Optional.of(matcher.group(1) == null ? "/" : matcher.group(1));
      }
    }
    return Optional.empty();
  }

  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static Rule get(String path) {
    return rule("GET", path);
  }

  private static Rule rule(String method, String path) {
    return new Rule(method, Pattern.compile(path));
  }

  private record Rule(String method, Pattern path) {
  }
}
