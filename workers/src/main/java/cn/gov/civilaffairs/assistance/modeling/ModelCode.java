package cn.gov.civilaffairs.assistance.modeling;

import cn.gov.civilaffairs.assistance.engine.ModelCodeSandbox;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The part of the deploy check about code: walks every element and every attribute and text of the model (process,
 * flows, events, tasks of every kind, sub-processes, listeners, input/output mappings, multi-instance, timers,
 * conditions, assignments) and refuses whatever can run code: a script anywhere, a connector, a Java class or
 * delegate expression outside {@link ModelCodeSandbox#ALLOWED_DELEGATES}, and an expression of any other shape than
 * the shipped models use: process variables, literals and operators, plus {@code execution.hasVariable('name')} and
 * {@code execution.processBusinessKey}. No method call, no property or index access, no function, no assignment, no
 * lambda, no bean name, no other engine object ({@code task}, {@code connector}, ...).
 */
final class ModelCode {

  static final String SCRIPT_NOT_ALLOWED = "SCRIPT_NOT_ALLOWED";
  static final String CLASS_NOT_ALLOWED = "CLASS_NOT_ALLOWED";
  static final String DELEGATE_EXPRESSION_NOT_ALLOWED = "DELEGATE_EXPRESSION_NOT_ALLOWED";
  static final String CONNECTOR_NOT_ALLOWED = "CONNECTOR_NOT_ALLOWED";
  static final String EXPRESSION_NOT_ALLOWED = "EXPRESSION_NOT_ALLOWED";

  private static final Set<String> ENGINE_NS = Set.of("http://camunda.org/schema/1.0/bpmn",
      "http://operaton.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
  /** Names the engine itself resolves in expressions (besides variables); only {@code execution} in two shapes. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "connector", "variableScope",
      "authenticatedUserId", "caseExecution", "caseInstance", "externalTask", "decisionInstance", "processEngine",
      "processEngineServices", "now", "dateTime", "currentUser", "currentUserGroups", "context", "beans",
      "applicationContext");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
      "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

  private final Set<String> beanNames;

  /** {@code beanNames}: every bean of the application (an expression naming one is refused even if allow-listed). */
  ModelCode(Set<String> beanNames) {
    this.beanNames = beanNames;
  }

  List<ModelProblem> check(String file, BpmnModelInstance model) {
    Set<ModelProblem> problems = new LinkedHashSet<>();
    walk(file, document(model), null, problems);
    return new ArrayList<>(problems);
  }

  private static Element document(BpmnModelInstance model) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
          Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException("not readable XML", e);
    }
  }

  private void walk(String file, Element element, String id, Set<ModelProblem> problems) {
    String local = element.getLocalName();
    String here = element.hasAttribute("id") && !element.getAttribute("id").isBlank() && namesTheElement(local)
        ? element.getAttribute("id") : id;
    boolean engine = engineNamespace(element.getNamespaceURI());
    if ("scriptTask".equals(local) || "script".equals(local) || element.hasAttribute("scriptFormat")) {
      problems.add(new ModelProblem(file, here, SCRIPT_NOT_ALLOWED));
    }
    if (engine && "connector".equals(local)) {
      problems.add(new ModelProblem(file, here, CONNECTOR_NOT_ALLOWED));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      boolean engineAttribute = engineNamespace(attribute.getNamespaceURI())
          || (attribute.getNamespaceURI() == null && engine);
      if (engineAttribute && ("class".equals(name) || name.endsWith("Class"))
          && !ModelCodeSandbox.ALLOWED_DELEGATES.contains(attribute.getValue())) {
        problems.add(new ModelProblem(file, here, CLASS_NOT_ALLOWED));
      } else if (engineAttribute && ("delegateExpression".equals(name) || name.endsWith("DelegateExpression"))
          && !ModelCodeSandbox.ALLOWED_DELEGATES.contains(attribute.getValue())) {
        problems.add(new ModelProblem(file, here, DELEGATE_EXPRESSION_NOT_ALLOWED));
      } else if (engineAttribute && "resource".equals(name)) {
        problems.add(new ModelProblem(file, here, SCRIPT_NOT_ALLOWED));
      } else if (!allowed(attribute.getValue())) {
        problems.add(new ModelProblem(file, here, EXPRESSION_NOT_ALLOWED));
      }
    }
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        walk(file, (Element) child, here, problems);
      }
    }
    if (!Set.of("script", "documentation", "text").contains(local) && !allowed(text.toString())) {
      problems.add(new ModelProblem(file, here, EXPRESSION_NOT_ALLOWED));
    }
  }

  /** Whether an id on this element is what a modeller sees (the event, not its timer or condition definition). */
  private static boolean namesTheElement(String local) {
    return java.util.stream.Stream.of("EventDefinition", "Expression", "Characteristics", "Condition", "Cardinality")
        .noneMatch(local::endsWith) && !local.startsWith("time");
  }

  private static boolean engineNamespace(String uri) {
    return uri != null && ENGINE_NS.contains(uri);
  }

  /** Whether every {@code ${...}} / {@code #{...}} in {@code value} has an allowed shape. */
  boolean allowed(String value) {
    int i = 0;
    while (i < value.length() - 1) {
      char c = value.charAt(i);
      if ((c == '$' || c == '#') && value.charAt(i + 1) == '{') {
        int end = end(value, i + 2);
        if (end < 0 || !allowedExpression(value.substring(i + 2, end))) {
          return false;
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return true;
  }

  /** The index of the closing brace of an expression starting at {@code from}, or -1. */
  private static int end(String value, int from) {
    char quote = 0;
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '}') {
        return i;
      } else if (c == '{') {
        return -1;
      }
    }
    return -1;
  }

  private boolean allowedExpression(String expression) {
    List<String> tokens = tokens(expression);
    if (tokens == null) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      if ("execution".equals(token)) {
        if (tokens.subList(i, Math.min(tokens.size(), i + 3)).equals(List.of("execution", ".", "processBusinessKey"))
            && !(i + 3 < tokens.size() && Set.of(".", "[", "(").contains(tokens.get(i + 3)))) {
          i += 2;
          continue;
        }
        if (i + 5 < tokens.size() && tokens.subList(i, i + 3).equals(List.of("execution", ".", "hasVariable"))
            && "(".equals(tokens.get(i + 3)) && tokens.get(i + 4).startsWith("'") && ")".equals(tokens.get(i + 5))
            && !(i + 6 < tokens.size() && Set.of(".", "[", "(").contains(tokens.get(i + 6)))) {
          i += 5;
          continue;
        }
        return false;
      }
      if (Character.isJavaIdentifierStart(token.charAt(0))) {
        boolean bean = beanNames.contains(token) && !ModelCodeSandbox.ALLOWED_BEANS.contains(token);
        boolean call = "(".equals(next) && !EL_WORDS.contains(token)
            || ":".equals(next) && i + 3 < tokens.size() && "(".equals(tokens.get(i + 3));
        if (ENGINE_NAMES.contains(token) || bean || call) {
          return false;
        }
      } else if (Set.of(".", "[", "]", "=", ";", "->", "+=", "{", "}").contains(token)) {
        return false;
      }
    }
    return true;
  }

  private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "&&", "||", "->", "+=", "!", "<",
      ">", "+", "-", "*", "/", "%", "(", ")", "?", ":", ",", ".", "[", "]", "=", ";", "{", "}");

  /** The tokens of an expression (strings as {@code 'text'}), or null for a character outside EL. */
  private static List<String> tokens(String expression) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder text = new StringBuilder("'");
        int j = i + 1;
        while (j < expression.length() && expression.charAt(j) != c) {
          if (expression.charAt(j) == '\\') {
            j++;
          }
          if (j < expression.length()) {
            text.append(expression.charAt(j));
          }
          j++;
        }
        if (j >= expression.length()) {
          return null;
        }
        tokens.add(text.toString());
        i = j + 1;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < expression.length() && (Character.isDigit(expression.charAt(j)) || expression.charAt(j) == '.'
            || expression.charAt(j) == 'e' || expression.charAt(j) == 'E')) {
          j++;
        }
        tokens.add(expression.substring(i, j));
        i = j;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < expression.length() && Character.isJavaIdentifierPart(expression.charAt(j))) {
          j++;
        }
        tokens.add(expression.substring(i, j));
        i = j;
      } else {
        final int at = i;
        String operator = OPERATORS.stream().filter(o -> expression.startsWith(o, at)).findFirst().orElse(null);
        if (operator == null) {
          return null;
        }
        tokens.add(operator);
        i += operator.length();
      }
    }
    return tokens;
  }
}
