import type { SavedFilter } from '../dataProvider';

export type Inbox = 'MINE' | 'GROUP' | 'ALL';

type Filter = Record<string, unknown>;

const empty = (value: unknown) =>
  value === undefined || value === null || value === '' || value === false
  || (Array.isArray(value) && value.length === 0);

/**
 * The list's filter as it is saved: without empty inputs (a switched-off toggle, a cleared text field), keys in a
 * stable order, text trimmed; the inbox tab is part of it.
 */
export const filterToSave = (filterValues: Filter): Filter =>
  Object.fromEntries(Object.keys(filterValues).sort()
    .map(key => [key, typeof filterValues[key] === 'string' ? (filterValues[key] as string).trim() : filterValues[key]])
    .filter(([, value]) => !empty(value)));

/** Whether a saved filter says something beyond the default (my tasks, nothing else). */
export const isWorthSaving = (filterValues: Filter) => {
  const filter = filterToSave(filterValues);
  const keys = Object.keys(filter);
  return keys.length > 0 && !(keys.length === 1 && filter.inbox === 'MINE');
};

/**
 * The list filter a saved one applies: the inbox tab falls back to 我的任务 when the saved tab is not open to this
 * user (a team filter shared with someone who may not list all tasks), and defaults to it when missing.
 */
export const filterToApply = (saved: Filter, inboxes: Inbox[]): Filter => {
  const filter = filterToSave(saved ?? {});
  const inbox = inboxes.includes(filter.inbox as Inbox) ? filter.inbox : 'MINE';
  return { ...filter, inbox };
};

/** Whether the list shows what a saved filter would (so the menu can mark it). */
export const sameFilter = (a: Filter, b: Filter) =>
  JSON.stringify(filterToSave(a)) === JSON.stringify(filterToSave(b));

/** The saved filters in menu order: mine first, then those colleagues shared, each by name. */
export const menuOrder = (filters: SavedFilter[], me: string | undefined): SavedFilter[] =>
  [...filters].sort((a, b) => Number(a.owner !== me) - Number(b.owner !== me) || a.name.localeCompare(b.name, 'zh-CN'));

/** The candidate groups a user may share a filter with: `role:jurisdictionCode` of each of their roles. */
export const shareableGroups = (roles: string[] | undefined, jurisdictionCode: string | undefined): string[] =>
  jurisdictionCode ? [...new Set(roles ?? [])].sort().map(role => `${role}:${jurisdictionCode}`) : [];

/** The role and the jurisdiction code of a candidate group `role:code`. */
export const parseGroup = (group: string): { role: string; code: string } => {
  const at = group.indexOf(':');
  return at < 0 ? { role: group, code: '' } : { role: group.slice(0, at), code: group.slice(at + 1) };
};
