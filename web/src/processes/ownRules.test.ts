import { describe, expect, it } from 'vitest';
import { ownRules, type LintConfig } from './ownRules';

const config: LintConfig = { topics: ['verify-household-economy'], roles: ['caseworker'], screens: ['decision'], forms: ['note'] };

const node = ($type: string, id: string, attrs: Record<string, unknown> = {}) => ({
  $type, id, get: (name: string) => attrs[name], $instanceOf: (type: string) => type === $type
    || (type === 'bpmn:FlowNode' && /Task|Event|Gateway/.test($type)),
});

const run = (name: keyof ReturnType<typeof ownRules>, n: ReturnType<typeof node>) => {
  const reports: string[] = [];
  ownRules(config)[name]().check(n as any, { report: (id: string) => reports.push(id) });
  return reports;
};

describe('our lint rules (mirroring the server)', () => {
  it('rejects generated ids and accepts <Type>_<PascalCase>', () => {
    expect(run('element-id', node('bpmn:UserTask', 'Activity_0abc12'))).toEqual(['Activity_0abc12']);
    expect(run('element-id', node('bpmn:UserTask', 'UserTask_Recheck'))).toEqual([]);
  });
  it('requires historyTimeToLive on a process', () => {
    expect(run('history-time-to-live', node('bpmn:Process', 'p'))).toEqual(['p']);
    expect(run('history-time-to-live', node('bpmn:Process', 'p', { 'camunda:historyTimeToLive': 'P30D' }))).toEqual([]);
  });
  it('requires role:jurisdiction candidate groups of known roles', () => {
    expect(run('user-task-candidate-groups', node('bpmn:UserTask', 'UserTask_A', { 'camunda:candidateGroups': 'clerk:${streetCode}' }))).toEqual(['UserTask_A']);
    expect(run('user-task-candidate-groups', node('bpmn:UserTask', 'UserTask_A', { 'camunda:assignee': 'x', 'camunda:candidateGroups': 'caseworker:1' }))).toEqual(['UserTask_A']);
    expect(run('user-task-candidate-groups', node('bpmn:UserTask', 'UserTask_A', { 'camunda:candidateGroups': 'caseworker:${streetCode}' }))).toEqual([]);
  });
  it('requires a known form or installed screen', () => {
    expect(run('user-task-form', node('bpmn:UserTask', 'UserTask_A'))).toEqual(['UserTask_A']);
    expect(run('user-task-form', node('bpmn:UserTask', 'UserTask_A', { 'camunda:formRef': 'other' }))).toEqual(['UserTask_A']);
    expect(run('user-task-form', node('bpmn:UserTask', 'UserTask_A', { 'camunda:formKey': 'builtin:nope' }))).toEqual(['UserTask_A']);
    expect(run('user-task-form', node('bpmn:UserTask', 'UserTask_A', { 'camunda:formRef': 'note' }))).toEqual([]);
  });
  it('requires external service tasks on a topic with a worker', () => {
    expect(run('service-task-topic', node('bpmn:ServiceTask', 'ServiceTask_A', { 'camunda:class': 'x' }))).toEqual(['ServiceTask_A']);
    expect(run('service-task-topic', node('bpmn:ServiceTask', 'ServiceTask_A', { 'camunda:type': 'external', 'camunda:topic': 'nope' }))).toEqual(['ServiceTask_A']);
    expect(run('service-task-topic', node('bpmn:ServiceTask', 'ServiceTask_A', { 'camunda:type': 'external', 'camunda:topic': 'verify-household-economy' }))).toEqual([]);
  });
});
