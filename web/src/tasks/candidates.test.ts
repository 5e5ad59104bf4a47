import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { candidateLabel, candidateOptions, fieldError } from './candidates';

const people = [
  { username: 'reviewer.110105001', displayName: '建外街道审核员' },
  { username: 'caseworker.110105001', displayName: '建外街道经办人' },
  { username: 'head.110105001', displayName: '建外街道分管领导' },
];

describe('reassign and delegate candidates', () => {
  it('marks the current assignee and me, and offers them last', () => {
    const options = candidateOptions(people, { assignee: 'caseworker.110105001', me: 'head.110105001' });
    expect(options.map(o => [o.username, o.note, o.disabled])).toEqual([
      ['reviewer.110105001', undefined, false],
      ['head.110105001', 'me', true],
      ['caseworker.110105001', 'currentAssignee', true],
    ]);
    expect(candidateOptions(undefined, {})).toEqual([]);
  });

  it('names people by display name with the username', () => {
    expect(candidateLabel(people[1])).toBe('建外街道经办人（caseworker.110105001）');
    expect(candidateLabel({ username: 'x', displayName: '' })).toBe('x');
  });

  it('finds the message of a 422 at one field', () => {
    const translate = (key: string, options?: any) => (key === 'app.tasks.errors.NOT_A_CANDIDATE' ? '不属于办理组' : options?._ ?? key);
    const refused = (errors: unknown[]) => new HttpError('提交的信息有误', 422, { code: 'VALIDATION_FAILED', errors });
    expect(fieldError(refused([{ field: 'username', code: 'NOT_A_CANDIDATE', message: '该用户不属于此任务的办理组' }]), 'username', translate))
      .toBe('该用户不属于此任务的办理组');
    expect(fieldError(refused([{ field: 'username', code: 'NOT_A_CANDIDATE' }]), 'username', translate)).toBe('不属于办理组');
    expect(fieldError(refused([{ field: 'text', code: 'SIZE' }]), 'username', translate)).toBeNull();
    expect(fieldError(new HttpError('taken', 409, { code: 'TASK_ALREADY_TAKEN' }), 'username', translate)).toBeNull();
  });
});

describe('delegation', () => {
  it('knows a delegated task by its owner', async () => {
    const { isDelegated, isDelegatedTo } = await import('./delegation');
    expect(isDelegated({ owner: 'caseworker.1', assignee: 'reviewer.1' })).toBe(true);
    expect(isDelegated({ owner: 'caseworker.1', assignee: 'caseworker.1' })).toBe(false); // given back
    expect(isDelegated({ owner: null, assignee: 'caseworker.1' })).toBe(false);
    expect(isDelegated({ assignee: 'caseworker.1' })).toBe(false);
    expect(isDelegatedTo({ owner: 'caseworker.1', assignee: 'reviewer.1' }, 'reviewer.1')).toBe(true);
    expect(isDelegatedTo({ owner: 'caseworker.1', assignee: 'reviewer.1' }, 'caseworker.1')).toBe(false);
  });
});
