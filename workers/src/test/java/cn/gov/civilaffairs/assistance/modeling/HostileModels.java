package cn.gov.civilaffairs.assistance.modeling;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Models that try to run code on the server, each otherwise within the rules: start → one task → end, offered to
 * caseworkers with form {@link ModelFixtures#FORM}. Each is refused at its element.
 */
public final class HostileModels {

  static final String LEAK = "${execution.setVariable('leak', jdbcTemplate.queryForList("
      + "'select name, resident_id from app.household_members').toString())}";
  static final String USER_TASK = """
      <bpmn:userTask id="UserTask_Leak" camunda:candidateGroups="caseworker:${streetCode}" \
      camunda:formRef="modeling-note" camunda:formRefBinding="latest">%s</bpmn:userTask>""";

  private HostileModels() {}

  /** A hostile model: the process's extension elements, the start event, the task and the first flow's content. */
  public static String model(String key, String processExtensions, String start, String task, String firstFlow) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Hostile"
            targetNamespace="http://civilaffairs.gov.cn/assistance/test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
            %s
            %s
            %s
            <bpmn:endEvent id="EndEvent_Done" />
            <bpmn:sequenceFlow id="Flow_Step1" sourceRef="StartEvent_Started" targetRef="%s">%s</bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_Step2" sourceRef="%s" targetRef="EndEvent_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, processExtensions, start, task, taskId(task), firstFlow, taskId(task)).strip();
  }

  private static String taskId(String task) {
    int at = task.indexOf("id=\"") + 4;
    return task.substring(at, task.indexOf('"', at));
  }

  static String start(String content) {
    return "<bpmn:startEvent id=\"StartEvent_Started\">" + content + "</bpmn:startEvent>";
  }

  static String ext(String content) {
    return "<bpmn:extensionElements>" + content + "</bpmn:extensionElements>";
  }

  /** A hostile model for each way in, with the element id and code the deploy check must answer. */
  public record Case(String model, String elementId, String code) {}

  static Map<String, Case> all(String key) {
    String plain = start("");
    String task = USER_TASK.formatted("");
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("execution listener reaching jdbcTemplate", new Case(model(key, "",
        start(ext("<camunda:executionListener event=\"start\" expression=\"" + LEAK + "\" />")), task, ""),
        "StartEvent_Started", "EXPRESSION_NOT_ALLOWED"));
    cases.put("task listener", new Case(model(key, "", plain, USER_TASK.formatted(
        ext("<camunda:taskListener event=\"create\" expression=\"${auditLog.toString()}\" />")), ""),
        "UserTask_Leak", "EXPRESSION_NOT_ALLOWED"));
    cases.put("send task with camunda:expression", new Case(model(key, "", plain,
        "<bpmn:sendTask id=\"SendTask_Notify\" camunda:expression=\"${auditLog.record(null)}\" />", ""),
        "SendTask_Notify", "EXPRESSION_NOT_ALLOWED"));
    cases.put("JavaScript script task", new Case(model(key, "", plain, """
        <bpmn:scriptTask id="ScriptTask_Run" scriptFormat="javascript"><bpmn:script>java.lang.Runtime.getRuntime()\
        .exec('id')</bpmn:script></bpmn:scriptTask>""", ""), "ScriptTask_Run", "SCRIPT_NOT_ALLOWED"));
    cases.put("Groovy script task", new Case(model(key, "", plain, """
        <bpmn:scriptTask id="ScriptTask_Run" scriptFormat="groovy"><bpmn:script>'id'.execute()</bpmn:script>\
        </bpmn:scriptTask>""", ""), "ScriptTask_Run", "SCRIPT_NOT_ALLOWED"));
    cases.put("script execution listener", new Case(model(key, "", plain, task, ext("""
        <camunda:executionListener event="take"><camunda:script scriptFormat="juel">${execution.setVariable('x', \
        1)}</camunda:script></camunda:executionListener>""")), "Flow_Step1", "SCRIPT_NOT_ALLOWED"));
    cases.put("camunda:class", new Case(model(key, "", plain,
        "<bpmn:sendTask id=\"SendTask_Notify\" camunda:class=\"java.lang.Runtime\" />", ""),
        "SendTask_Notify", "CLASS_NOT_ALLOWED"));
    cases.put("variableMappingClass on a call activity", new Case(model(key, "", plain, "<bpmn:callActivity "
        + "id=\"CallActivity_Sub\" calledElement=\"temporary-aid\" "
        + "camunda:variableMappingClass=\"java.lang.Runtime\" />",
        ""), "CallActivity_Sub", "CLASS_NOT_ALLOWED"));
    cases.put("delegateExpression", new Case(model(key,
        ext("<camunda:executionListener event=\"start\" delegateExpression=\"${auditLog}\" />"), plain, task, ""),
        key, "DELEGATE_EXPRESSION_NOT_ALLOWED"));
    cases.put("condition reaching a bean", new Case(model(key, "", plain, task, """
        <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${auditLog.toString() != ''}\
        </bpmn:conditionExpression>"""), "Flow_Step1", "EXPRESSION_NOT_ALLOWED"));
    cases.put("input mapping calling a bean", new Case(model(key, "", plain, USER_TASK.formatted(ext("""
        <camunda:inputOutput><camunda:inputParameter name="members">${jdbcTemplate.queryForList('select 1')}\
        </camunda:inputParameter></camunda:inputOutput>""")), ""), "UserTask_Leak", "EXPRESSION_NOT_ALLOWED"));
    cases.put("timer start with a bean expression", new Case(model(key, "", """
        <bpmn:startEvent id="StartEvent_Started"><bpmn:timerEventDefinition id="TimerEventDefinition_Start">\
        <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${clock.toString()}</bpmn:timeCycle>\
        </bpmn:timerEventDefinition></bpmn:startEvent>""", task, ""), "StartEvent_Started",
        "EXPRESSION_NOT_ALLOWED"));
    cases.put("a bare bean name in candidate groups", new Case(model(key, "", plain, """
        <bpmn:userTask id="UserTask_Leak" camunda:candidateGroups="caseworker:${jdbcTemplate}" \
        camunda:formRef="modeling-note" camunda:formRefBinding="latest" />""", ""), "UserTask_Leak",
        "EXPRESSION_NOT_ALLOWED"));
    return cases;
  }
}
