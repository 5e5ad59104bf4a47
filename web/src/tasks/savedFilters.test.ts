import { describe, expect, it } from 'vitest';
import type { SavedFilter } from '../dataProvider';
import { filterToApply, filterToSave, isWorthSaving, menuOrder, parseGroup, sameFilter, shareableGroups } from './savedFilters';

const saved = (id: number, owner: string, name: string): SavedFilter =>
  ({ id, owner, name, filter: {}, sharedGroup: null, createdAt: '2026-11-01T00:00:00Z' });

describe('saved inbox filters', () => {
  it('saves the filter without empty inputs, in a stable key order', () => {
    expect(filterToSave({ overdue: false, caseNumber: ' DB-1 ', step: '', inbox: 'GROUP', dueSoon: true, q: null }))
      .toEqual({ caseNumber: 'DB-1', dueSoon: true, inbox: 'GROUP' });
    expect(Object.keys(filterToSave({ step: 'a', inbox: 'MINE', caseNumber: 'x' }))).toEqual(['caseNumber', 'inbox', 'step']);
  });

  it('finds nothing worth saving in the default inbox', () => {
    expect(isWorthSaving({ inbox: 'MINE' })).toBe(false);
    expect(isWorthSaving({ inbox: 'MINE', overdue: false })).toBe(false);
    expect(isWorthSaving({})).toBe(false);
    expect(isWorthSaving({ inbox: 'GROUP' })).toBe(true);
    expect(isWorthSaving({ inbox: 'MINE', overdue: true })).toBe(true);
  });

  it('applies a saved team filter as my tasks where the team tab is not open', () => {
    expect(filterToApply({ inbox: 'ALL', overdue: true }, ['MINE', 'GROUP']))
      .toEqual({ inbox: 'MINE', overdue: true });
    expect(filterToApply({ inbox: 'ALL', overdue: true }, ['MINE', 'GROUP', 'ALL']))
      .toEqual({ inbox: 'ALL', overdue: true });
    expect(filterToApply({ step: 'UserTask_Visit' }, ['MINE', 'GROUP'])).toEqual({ inbox: 'MINE', step: 'UserTask_Visit' });
    expect(filterToApply({ inbox: 'NONSENSE' }, ['MINE', 'GROUP'])).toEqual({ inbox: 'MINE' });
  });

  it('recognises the applied filter whatever the key order and empty inputs', () => {
    expect(sameFilter({ inbox: 'GROUP', overdue: true }, { overdue: true, inbox: 'GROUP', step: '' })).toBe(true);
    expect(sameFilter({ inbox: 'GROUP', overdue: true }, { inbox: 'GROUP' })).toBe(false);
  });

  it('lists my filters first, then shared ones, each by name', () => {
    const list = [saved(1, 'head.1', '超期'), saved(2, 'me', '待签收'), saved(3, 'me', '本周'), saved(4, 'head.1', '全部')];
    expect(menuOrder(list, 'me').map(f => f.id)).toEqual([3, 2, 1, 4]);
  });

  it('offers my own groups for sharing', () => {
    expect(shareableGroups(['street-head', 'caseworker', 'caseworker'], '110105001'))
      .toEqual(['caseworker:110105001', 'street-head:110105001']);
    expect(shareableGroups(['caseworker'], undefined)).toEqual([]);
    expect(parseGroup('street-head:110105001')).toEqual({ role: 'street-head', code: '110105001' });
    expect(parseGroup('odd')).toEqual({ role: 'odd', code: '' });
  });
});
