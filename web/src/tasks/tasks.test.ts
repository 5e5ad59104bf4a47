import { describe, expect, it } from 'vitest';
import { dueChip } from './dueChip';
import { isSubmitShortcut, taskKeyAction } from './keyboard';
import { localDay } from './localDay';
import { i18nProvider } from '../i18n';

describe('due chip', () => {
  const due = '2026-03-01T00:00:00Z';

  it('shows overdue tasks in red with the working days past the deadline', () => {
    expect(dueChip({ due, remainingWorkingDays: -3, overdue: true, dueSoon: false }))
      .toEqual({ kind: 'overdue', key: 'app.tasks.overdueBy', days: 3, color: 'error' });
  });

  it('shows tasks due soon in orange with the working days left', () => {
    expect(dueChip({ due, remainingWorkingDays: 2, overdue: false, dueSoon: true }))
      .toEqual({ kind: 'dueSoon', key: 'app.tasks.remaining', days: 2, color: 'warning' });
  });

  it('shows other tasks neutral with the working days left', () => {
    expect(dueChip({ due, remainingWorkingDays: 12, overdue: false, dueSoon: false }))
      .toEqual({ kind: 'normal', key: 'app.tasks.remaining', days: 12, color: 'default' });
  });

  it('shows a dash without a deadline', () => {
    expect(dueChip({ due: null, remainingWorkingDays: null, overdue: false, dueSoon: false })).toEqual({ kind: 'none' });
    expect(dueChip(undefined)).toEqual({ kind: 'none' });
  });

  it('counts an overdue task due today as 0 days, never negative', () => {
    expect(dueChip({ due, remainingWorkingDays: 0, overdue: true }).kind).toBe('overdue');
    expect((dueChip({ due, remainingWorkingDays: 0, overdue: true }) as any).days).toBe(0);
  });

  it('words the labels in both languages', async () => {
    const t = (key: string, n: number) => i18nProvider.translate(key, { smart_count: n });
    expect(t('app.tasks.overdueBy', 3)).toBe('已超期 3 个工作日');
    expect(t('app.tasks.remaining', 5)).toBe('剩余 5 个工作日');
    await i18nProvider.changeLocale('en');
    expect(t('app.tasks.overdueBy', 1)).toBe('1 working day overdue');
    expect(t('app.tasks.remaining', 5)).toBe('5 working days left');
    await i18nProvider.changeLocale('zh-CN');
  });
});

describe('task list keyboard', () => {
  const body = { tagName: 'BODY' };

  it('moves the highlight down and up with arrows and j/k, within the page', () => {
    expect(taskKeyAction({ key: 'ArrowDown', target: body }, -1, 3)).toEqual({ type: 'move', index: 0 });
    expect(taskKeyAction({ key: 'j', target: body }, 0, 3)).toEqual({ type: 'move', index: 1 });
    expect(taskKeyAction({ key: 'j', target: body }, 2, 3)).toEqual({ type: 'move', index: 2 });
    expect(taskKeyAction({ key: 'ArrowUp', target: body }, 2, 3)).toEqual({ type: 'move', index: 1 });
    expect(taskKeyAction({ key: 'k', target: body }, 0, 3)).toEqual({ type: 'move', index: 0 });
    expect(taskKeyAction({ key: 'k', target: body }, -1, 3)).toEqual({ type: 'move', index: 0 });
  });

  it('keeps the highlight on the page when the list got shorter', () => {
    expect(taskKeyAction({ key: 'Enter', target: body }, 7, 2)).toEqual({ type: 'open', index: 1 });
  });

  it('opens, claims and completes the highlighted row', () => {
    expect(taskKeyAction({ key: 'Enter', target: body }, 1, 3)).toEqual({ type: 'open', index: 1 });
    expect(taskKeyAction({ key: 'c', target: body }, 1, 3)).toEqual({ type: 'claim', index: 1 });
    expect(taskKeyAction({ key: 'x', target: body }, 2, 3)).toEqual({ type: 'complete', index: 2 });
  });

  it('does nothing without a highlighted row, on an empty page or for other keys', () => {
    expect(taskKeyAction({ key: 'Enter', target: body }, -1, 3)).toBeNull();
    expect(taskKeyAction({ key: 'c', target: body }, -1, 3)).toBeNull();
    expect(taskKeyAction({ key: 'j', target: body }, -1, 0)).toBeNull();
    expect(taskKeyAction({ key: 'q', target: body }, 0, 3)).toBeNull();
  });

  it('leaves typing in inputs and shortcuts with modifiers alone', () => {
    expect(taskKeyAction({ key: 'j', target: { tagName: 'INPUT' } }, 0, 3)).toBeNull();
    expect(taskKeyAction({ key: 'c', target: { tagName: 'TEXTAREA' } }, 0, 3)).toBeNull();
    expect(taskKeyAction({ key: 'x', target: { tagName: 'DIV', isContentEditable: true } }, 0, 3)).toBeNull();
    expect(taskKeyAction({ key: 'c', ctrlKey: true, target: body }, 0, 3)).toBeNull();
    expect(taskKeyAction({ key: 'x', metaKey: true, target: body }, 0, 3)).toBeNull();
  });

  it('lets Enter press a focused button or link instead of opening the row', () => {
    expect(taskKeyAction({ key: 'Enter', target: { tagName: 'BUTTON' } }, 0, 3)).toBeNull();
    expect(taskKeyAction({ key: 'Enter', target: { tagName: 'A' } }, 0, 3)).toBeNull();
    expect(taskKeyAction({ key: 'j', target: { tagName: 'BUTTON' } }, 0, 3)).toEqual({ type: 'move', index: 1 });
  });
});

describe('comment shortcut', () => {
  it('posts with Ctrl+Enter or ⌘+Enter, not with Enter alone or while composing Chinese input', () => {
    expect(isSubmitShortcut({ key: 'Enter', ctrlKey: true })).toBe(true);
    expect(isSubmitShortcut({ key: 'Enter', metaKey: true })).toBe(true);
    expect(isSubmitShortcut({ key: 'Enter' })).toBe(false);
    expect(isSubmitShortcut({ key: 'a', ctrlKey: true })).toBe(false);
    expect(isSubmitShortcut({ key: 'Enter', ctrlKey: true, nativeEvent: { isComposing: true } })).toBe(false);
  });
});

describe('follow-up day', () => {
  it('shows a date as the day of a date input, empty when there is none', () => {
    expect(localDay(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(localDay(new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(localDay(null)).toBe('');
    expect(localDay('not a date')).toBe('');
  });
});
