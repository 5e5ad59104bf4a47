import { describe, expect, it } from 'vitest';
import { measuresByKind } from './ReviewPlanScreen';
import { lookupScreen } from '../tasks/screens/registry';

const measure = (id: number, kind: string, measureName: string) =>
  ({ id, kind, measureName, memberId: null, memberName: null, measureCode: `M${id}`, department: 'D', departmentName: '部门', dueOn: '2027-01-31' });

describe('review-plan screen', () => {
  it('is the screen of builtin:review-plan', () => {
    expect(lookupScreen('builtin:review-plan')).toMatchObject({ kind: 'screen', key: 'review-plan' });
  });

  it('groups the plan\'s measures by help kind in the catalogue\'s order, named as the catalogue names them', () => {
    const catalogue = { version: '1', departments: {}, helps: [
      { kind: 'LIVING' as const, name: '保生活', measures: [] }, { kind: 'EMPLOYMENT' as const, name: '帮就业', measures: [] }] };
    const plan = { measures: [measure(1, 'EMPLOYMENT', '推荐就业岗位'), measure(2, 'LIVING', '低保金'), measure(3, 'EMPLOYMENT', '职业培训')] } as any;
    expect(measuresByKind(plan, catalogue).map(g => [g.name, g.measures.map(m => m.id)]))
      .toEqual([['保生活', [2]], ['帮就业', [1, 3]]]);
    expect(measuresByKind(plan, undefined).map(g => g.name)).toEqual(['EMPLOYMENT', 'LIVING']);
  });
});
