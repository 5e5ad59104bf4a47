import type { Notification } from '../dataProvider';

export type NotificationKind = Notification['kind'];

export type NotificationSection = { kind: NotificationKind; items: Notification[] };

export type NotificationGroups = { unread: number; sections: NotificationSection[] };

const KIND_ORDER: NotificationKind[] = ['CASE_OVERDUE', 'OVERDUE', 'PAPERWORK_OVERDUE', 'DUE_SOON'];

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : Number.MAX_SAFE_INTEGER);

/**
 * The bell's list: one entry per task (an overdue notice supersedes the due-soon one of the same task, and counts
 * as unread while either is), overdue before due soon, unread first, then by due date, earliest first.
 */
export const groupNotifications = (notifications: Notification[] | undefined): NotificationGroups => {
  const byTask = new Map<string, Notification>();
  for (const notification of notifications ?? []) {
    const seen = byTask.get(notification.taskId);
    if (!seen) {
      byTask.set(notification.taskId, notification);
      continue;
    }
    const winner = KIND_ORDER.indexOf(notification.kind) < KIND_ORDER.indexOf(seen.kind) ? notification : seen;
    byTask.set(notification.taskId, { ...winner, read: seen.read && notification.read });
  }
  const shown = [...byTask.values()];
  const sections = KIND_ORDER
    .map(kind => ({
      kind,
      items: shown.filter(n => n.kind === kind)
        .sort((a, b) => Number(a.read) - Number(b.read) || time(a.due) - time(b.due) || a.id - b.id),
    }))
    .filter(section => section.items.length > 0);
  return { unread: shown.filter(n => !n.read).length, sections };
};

/** Where a notice leads: a task's page, or the case page for a case past its total time limit. */
export const targetOf = (notification: Notification): string =>
  notification.kind === 'CASE_OVERDUE'
    ? `/cases/${encodeURIComponent(notification.caseNumber ?? '')}/show`
    : `/tasks/${encodeURIComponent(notification.taskId)}/show`;

/** The ids to mark read when a task is opened from the bell: every unread notice of that task. */
export const unreadIdsOfTask = (notifications: Notification[] | undefined, taskId: string): number[] =>
  (notifications ?? []).filter(n => n.taskId === taskId && !n.read).map(n => n.id);
