package cn.gov.civilaffairs.assistance.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.operaton.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What code a deployed model can reach inside the engine, whatever got past the deploy checks: expressions see only
 * the beans in {@link #ALLOWED_BEANS} (instead of every Spring bean), no script runs (every script language is
 * refused when the engine looks for its script engine, JUEL and FEEL scripts included), and a model naming a Java
 * class or a delegate expression outside {@link #ALLOWED_DELEGATES} does not parse, so it cannot be deployed.
 */
@Component
public class ModelCodeSandbox extends AbstractProcessEnginePlugin {

  /** Beans expressions in models may name; the shipped processes use none (only variables and execution). */
  public static final Set<String> ALLOWED_BEANS = Set.of();
  /** Classes or delegate expressions a model may name ({@code camunda:class}, {@code delegateExpression}): none. */
  public static final Set<String> ALLOWED_DELEGATES = Set.of();

  private static final List<String> CODE_ATTRIBUTES = List.of("class", "delegateExpression");

  private final ApplicationContext context;

  ModelCodeSandbox(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new LinkedHashMap<>();
    ALLOWED_BEANS.forEach(name -> beans.put(name, context.getBean(name)));
    // A non-null map: the engine's expression manager resolves these names and no other bean (with a null map it
    // asks the whole application context); the script bindings likewise get no Spring beans.
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new RefuseJavaDelegates());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getScriptingEngines().setScriptEngineResolver(new NoScripts());
  }

  /** Refuses every script language. */
  static final class NoScripts implements ScriptEngineResolver {
    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
      // scripts are off: no engine is added
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return new ScriptEngineManager(new ClassLoader(null) { });
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      throw new ProcessEngineException("scripts are disabled in this engine (language " + language + ")");
    }
  }

  /**
   * A model naming a class or delegate expression outside the allow-list does not parse ({@code class},
   * {@code delegateExpression}, {@code variableMappingClass}, {@code formHandlerClass}, ...).
   */
  static final class RefuseJavaDelegates implements BpmnParseListener {
    @Override
    public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
      walk(root, null);
    }

    private static void walk(Element element, String id) {
      String here = element.attribute("id") != null ? element.attribute("id") : id;
      for (String attribute : element.attributes()) {
        String local = attribute.substring(attribute.lastIndexOf(':') + 1);
        boolean code = CODE_ATTRIBUTES.contains(local) || local.endsWith("Class")
            || local.endsWith("DelegateExpression");
        if (code && !ALLOWED_DELEGATES.contains(element.attribute(attribute))) {
          throw new ProcessEngineException("element " + here + ": " + local + " is not allowed in deployed models");
        }
      }
      element.elements().forEach(child -> walk(child, here));
    }
  }
}
