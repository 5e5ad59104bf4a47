import { describe, expect, it } from 'vitest';
import { ApiProblem, fieldErrors, lines } from './api';
import { rowsOf } from './PlanEditor';

describe('assistance plan helpers', () => {
  it('keeps one goal per non-blank line', () => {
    expect(lines(' 户主就业\n\n  女儿入学 \n')).toEqual(['户主就业', '女儿入学']);
  });

  it('shows the server\'s field errors at their fields', () => {
    const error = new ApiProblem(422, { errors: [{ field: 'goals', code: 'REQUIRED', message: '必填' }, { field: 'reviewOn', code: 'REQUIRED' }] });
    expect(fieldErrors(error)).toEqual({ goals: '必填', reviewOn: 'REQUIRED' });
    expect(fieldErrors(new Error('network'))).toEqual({});
  });

  it('groups a plan\'s measures under the help kind the catalogue gives them', () => {
    const catalogue = { version: '1', departments: {}, helps: [{ kind: 'EMPLOYMENT' as const, name: '帮就业', measures: [
      { code: 'EMPLOYMENT_JOB_REFERRAL', name: '推荐就业岗位', kind: 'EMPLOYMENT' as const, department: 'HUMAN_RESOURCES', departmentName: '人社', deadlineDays: 60, fields: [] }] }] };
    const rows = rowsOf({ measures: [{ id: 3, memberId: 7, measureCode: 'EMPLOYMENT_JOB_REFERRAL', dueOn: '2027-01-31', details: {}, kind: 'LIVING' }] } as any, catalogue);
    expect(rows).toMatchObject([{ id: 3, memberId: 7, kind: 'EMPLOYMENT', dueOn: '2027-01-31' }]);
    expect(rowsOf(null, catalogue)).toEqual([]);
  });
});
