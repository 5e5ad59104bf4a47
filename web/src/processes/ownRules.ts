/* Our model rules for the browser, the same as the server's ModelLint (workers/.../modeling/ModelLint.java). */

export type LintConfig = { topics: string[]; roles: string[]; screens: string[]; forms: string[] };

type Node = { $type: string; id?: string; get: (name: string) => any; $instanceOf?: (type: string) => boolean };
type Reporter = { report: (id: string, message: string) => void };

export const ELEMENT_ID = /^(StartEvent|EndEvent|ServiceTask|UserTask|ReceiveTask|SendTask|CallActivity|SubProcess|Gateway|BoundaryEvent|IntermediateEvent|Flow|Task|ScriptTask|BusinessRuleTask)_[A-Z][A-Za-z0-9]*$/;
const CANDIDATE_GROUP = /^([a-z-]+):(\$\{[A-Za-z]+}|[0-9]+)$/;

const is = (node: Node, type: string) => node.$instanceOf ? node.$instanceOf(type) : node.$type === type;

/** The messages are the zh texts the modeler shows; the rule names are stable (assistance/<name>). */
export const messages = {
  elementId: '标识须为 <类型>_<大驼峰>（ELEMENT_ID_FORMAT）',
  historyTimeToLive: '流程必须设置 historyTimeToLive（NO_HISTORY_TIME_TO_LIVE）',
  noCandidateGroups: '用户任务须有候选组且不指定办理人（NO_CANDIDATE_GROUPS）',
  candidateGroup: '候选组须为 已知角色:${jurisdictionCode} 形式（CANDIDATE_GROUP_FORMAT）',
  formNotFound: '引用的表单未部署，也不在本次部署中（FORM_NOT_FOUND）',
  screen: '内置界面未安装（SCREEN_NOT_INSTALLED）',
  noForm: '用户任务须有表单（NO_FORM）',
  notExternal: '服务任务须为外部任务（SERVICE_TASK_NOT_EXTERNAL）',
  topic: '此主题没有作业处理程序（TOPIC_WITHOUT_WORKER）',
};

const rule = (check: (node: Node, reporter: Reporter) => void) => () => ({ check });

export const ownRules = (config: LintConfig) => ({
  'element-id': rule((node, reporter) => {
    if ((is(node, 'bpmn:FlowNode') || is(node, 'bpmn:SequenceFlow')) && !ELEMENT_ID.test(node.id ?? '')) {
      reporter.report(node.id!, messages.elementId);
    }
  }),
  'history-time-to-live': rule((node, reporter) => {
    if (is(node, 'bpmn:Process') && !String(node.get('camunda:historyTimeToLive') ?? '').trim()) {
      reporter.report(node.id!, messages.historyTimeToLive);
    }
  }),
  'user-task-candidate-groups': rule((node, reporter) => {
    if (!is(node, 'bpmn:UserTask')) return;
    const groups = String(node.get('camunda:candidateGroups') ?? '').trim();
    if (node.get('camunda:assignee') || !groups) {
      reporter.report(node.id!, messages.noCandidateGroups);
      return;
    }
    for (const group of groups.split(',').map(g => g.trim())) {
      const match = CANDIDATE_GROUP.exec(group);
      if (!match || !config.roles.includes(match[1])) reporter.report(node.id!, messages.candidateGroup);
    }
  }),
  'user-task-form': rule((node, reporter) => {
    if (!is(node, 'bpmn:UserTask')) return;
    const formRef = node.get('camunda:formRef');
    const formKey = String(node.get('camunda:formKey') ?? '');
    if (formRef) {
      if (!config.forms.includes(formRef)) reporter.report(node.id!, messages.formNotFound);
    } else if (formKey.startsWith('builtin:')) {
      if (!config.screens.includes(formKey.substring('builtin:'.length))) reporter.report(node.id!, messages.screen);
    } else {
      reporter.report(node.id!, messages.noForm);
    }
  }),
  'service-task-topic': rule((node, reporter) => {
    if (!is(node, 'bpmn:ServiceTask')) return;
    if (node.get('camunda:type') !== 'external') reporter.report(node.id!, messages.notExternal);
    else if (!config.topics.includes(node.get('camunda:topic'))) reporter.report(node.id!, messages.topic);
  }),
});
