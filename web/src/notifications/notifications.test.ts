import { describe, expect, it } from 'vitest';
import type { Notification } from '../dataProvider';
import { groupNotifications, targetOf, unreadIdsOfTask } from './notifications';

const note = (id: number, taskId: string, kind: Notification['kind'], due: string, read = false): Notification => ({
  id, kind, taskId, due, read, recipient: 'street-head:110105001', caseNumber: `DB-${taskId}`, step: '入户调查',
  createdAt: '2026-11-20T01:00:00Z',
});

describe('notification bell', () => {
  it('puts overdue tasks first, unread first, then by due date', () => {
    const { sections, unread } = groupNotifications([
      note(1, 'a', 'DUE_SOON', '2026-11-30T09:00:00Z'),
      note(2, 'b', 'OVERDUE', '2026-11-25T09:00:00Z', true),
      note(3, 'c', 'OVERDUE', '2026-11-26T09:00:00Z'),
      note(4, 'd', 'DUE_SOON', '2026-11-28T09:00:00Z'),
      note(5, 'e', 'OVERDUE', '2026-11-24T09:00:00Z'),
    ]);
    expect(sections.map(s => [s.kind, s.items.map(n => n.id)])).toEqual([
      ['OVERDUE', [5, 3, 2]],
      ['DUE_SOON', [4, 1]],
    ]);
    expect(unread).toBe(4);
  });

  it('shows a task once: its overdue notice replaces the due-soon one, unread while either is', () => {
    const { sections, unread } = groupNotifications([
      note(1, 'a', 'DUE_SOON', '2026-11-25T09:00:00Z', false),
      note(2, 'a', 'OVERDUE', '2026-11-25T09:00:00Z', true),
    ]);
    expect(sections).toHaveLength(1);
    expect(sections[0].kind).toBe('OVERDUE');
    expect(sections[0].items.map(n => [n.id, n.read])).toEqual([[2, false]]);
    expect(unread).toBe(1);
    expect(unreadIdsOfTask([note(1, 'a', 'DUE_SOON', '', false), note(2, 'a', 'OVERDUE', '', true), note(3, 'b', 'OVERDUE', '')], 'a'))
      .toEqual([1]);
  });

  it('has nothing to show without notices', () => {
    expect(groupNotifications(undefined)).toEqual({ unread: 0, sections: [] });
    expect(groupNotifications([note(1, 'a', 'OVERDUE', '', true)]).unread).toBe(0);
  });
});

describe('targetOf', () => {
  it('opens the case page for a case past its time limit and the task page otherwise', () => {
    expect(targetOf({ id: 1, kind: 'CASE_OVERDUE', recipient: 'county-approver:110105', taskId: 'case:DB-1',
      caseNumber: 'DB-1', step: null, due: null, createdAt: '2026-11-27T00:00:00Z', read: false } as never))
      .toBe('/cases/DB-1/show');
    expect(targetOf({ id: 2, kind: 'OVERDUE', recipient: 'county-approver:110105', taskId: 't-1',
      caseNumber: 'DB-1', step: '入户调查', due: null, createdAt: '2026-11-27T00:00:00Z', read: false } as never))
      .toBe('/tasks/t-1/show');
  });
});
