import simpleRestProvider from 'ra-data-simple-rest';
import { DataProvider, HttpError } from 'react-admin';
import { callApi, fetchBlobUrl, fetchJson, uploadWithProgress } from './http';
import { toFormErrors } from '../calendar/calendarForm';
import { processApi } from './process';

export const API = '/api';

const base = simpleRestProvider(API, fetchJson);

const pick = (data: Record<string, any>, keys: string[]) =>
  Object.fromEntries(keys.filter(k => data[k] !== undefined).map(k => [k, data[k]]));

/**
 * react-admin forms read server field errors from body.errors as an object {field: message}; the API sends an
 * RFC 7807 array. Converts it so that create and edit views show each message on its input.
 */
export const withFieldErrors = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (e: any) {
    const list = e?.body?.errors;
    if (Array.isArray(list) && list.length) {
      const errors = Object.fromEntries(
        list.filter((x: any) => x.field).map((x: any) => [x.field, x.message || x.code]));
      if (Object.keys(errors).length) throw new HttpError(e.message, e.status, { ...e.body, problemErrors: list, errors });
    }
    throw e;
  }
};

const post = (url: string, body?: unknown, headers?: Record<string, string>) =>
  callApi(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body), headers });

export type ChecklistItem = { code: string; name: string; nameEn?: string; need: 'ALWAYS' | 'WITH_AGENT' | 'OPTIONAL' };
export type Jurisdiction = { id: string; code: string; parentCode?: string; level: string; name: string };
/** A form-js schema as the server keeps it (only what the admin reads of it is typed). */
export type FormSchema = { id?: string; type?: string; components?: FormComponent[]; [other: string]: unknown };
export type FormComponent = {
  id?: string; key?: string; type: string; label?: string; dateLabel?: string; timeLabel?: string;
  components?: FormComponent[]; [other: string]: unknown;
};
export type Diagram = { bpmnXml: string; activeSteps: string[]; completedSteps: string[] };

export type Task = {
  id: string; name: string; step: string; processKey: string; caseNumber: string; assignee?: string | null;
  /** set while the task is delegated: who asked the assignee (the task comes back to them) */
  owner?: string | null;
  created: string; due?: string | null; followUp?: string | null; remainingWorkingDays?: number | null;
  overdue: boolean; dueSoon: boolean;
  /** the due date was computed on a year whose holiday schedule is not published yet (recomputed once it is) */
  dueProvisional?: boolean; provisionalYears?: number[];
  /** `builtin:<key>` when the step uses a built-in screen instead of a form-js form */
  formKey?: string | null;
};

/** Someone who could take a task (GET /api/tasks/{id}/candidates). */
export type Candidate = { username: string; displayName: string };

import type { CaseDocument } from './process';

export type { CaseDocument };

export type SavedFilter = {
  id: number; owner: string; name: string; filter: Record<string, unknown>; sharedGroup: string | null;
  createdAt: string;
};

export type Notification = {
  id: number; kind: 'DUE_SOON' | 'OVERDUE' | 'CASE_OVERDUE' | 'PAPERWORK_OVERDUE'; recipient: string; taskId: string; caseNumber: string | null;
  step: string | null; due: string | null; createdAt: string; read: boolean;
};

export type CalendarDay = { day: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string };
export type CalendarYear = { year: number; source: string; days: CalendarDay[] };

const taskPath = (id: string, action: string) => `${API}/tasks/${encodeURIComponent(id)}/${action}`;

const calendarRecord = (year: CalendarYear) => ({ ...year, id: year.year });

/** The calendar API is not ra-data-simple-rest: a plain list of years, and PUT per year for create and edit. */
const calendar = {
  getList: async () => {
    const years = await callApi<number[]>(`${API}/calendar`);
    const schedules = await Promise.all([...years].sort((a, b) => b - a)
      .map(year => callApi<CalendarYear>(`${API}/calendar/${year}`)));
    return { data: schedules.map(calendarRecord), total: schedules.length };
  },
  getOne: async (id: unknown) => ({ data: calendarRecord(await callApi<CalendarYear>(`${API}/calendar/${id}`)) }),
  /** PUT /api/calendar/{year}; field errors (`days[3].day`) come back shaped like the form, at their rows. */
  put: async (year: number, data: Partial<CalendarYear>) => {
    try {
      return {
        data: calendarRecord(await callApi<CalendarYear>(`${API}/calendar/${year}`, {
          method: 'PUT', body: JSON.stringify({ source: data.source, days: data.days ?? [] }),
        })),
      };
    } catch (e: any) {
      const list = e?.body?.errors;
      if (Array.isArray(list) && list.length) {
        throw new HttpError(e.message, e.status, { ...e.body, problemErrors: list, errors: toFormErrors(list) });
      }
      throw e;
    }
  },
};

/**
 * GET /api/tasks/{id}; while a server lacks that endpoint, looks the task up in the inbox (mine and my groups',
 * then all for heads). A task that is nowhere (completed, or not mine to see) is a 404.
 */
const getTask = async (id: string): Promise<{ data: Task }> => {
  try {
    return { data: await callApi<Task>(`${API}/tasks/${encodeURIComponent(id)}`) };
  } catch (e: any) {
    if (![404, 405, 500].includes(e?.status) || e?.body?.code === 'TASK_NOT_FOUND') throw e;
    for (const filter of [{}, { inbox: 'ALL' }]) {
      try {
        // The server pages by at most 500 rows.
        for (let page = 1; page <= 10; page++) {
          const { data, total = 0 } = await base.getList('tasks', {
            pagination: { page, perPage: 500 }, sort: { field: 'created', order: 'DESC' }, filter,
          });
          const found = data.find(task => task.id === id);
          if (found) return { data: found as Task };
          if (page * 500 >= total) break;
        }
      } catch (inner: any) {
        if (inner?.status !== 403) throw inner;
      }
    }
    throw new HttpError(e?.message ?? 'Not Found', 404, { status: 404, code: 'TASK_NOT_FOUND' });
  }
};

/** ra-data-simple-rest plus the calls that are not CRUD (reveal, upload, workflow, account actions). */
export const dataProvider = {
  ...base,
  getList: (resource, params) => {
    if (resource === 'calendar') return calendar.getList() as any;
    return base.getList(resource, params);
  },
  ...processApi,
  getOne: async (resource, params) => {
    if (resource === 'calendar') return calendar.getOne(params.id) as any;
    if (resource === 'users') {
      // The contract has no GET /api/users/{username}; fall back to the list when it is missing.
      try {
        return await base.getOne(resource, params);
      } catch (e: any) {
        if (e?.status !== 404 && e?.status !== 405) throw e;
        const { data } = await base.getList(resource, {
          pagination: { page: 1, perPage: 500 }, sort: { field: 'username', order: 'ASC' }, filter: {},
        });
        const found = data.find(u => u.id === params.id || u.username === params.id);
        if (!found) throw e;
        return { data: found };
      }
    }
    if (resource === 'tasks') return getTask(String(params.id));
    return base.getOne(resource, params);
  },
  create: async (resource, params) => {
    if (resource === 'calendar') {
      const year = Number(params.data.year);
      const exists = await callApi(`${API}/calendar/${year}`).then(() => true, (e: any) => {
        if (e?.status === 404) return false;
        throw e;
      });
      if (exists) {
        throw new HttpError('YEAR_EXISTS', 409, { code: 'YEAR_EXISTS', errors: { year: 'app.calendar.exists' } });
      }
      return calendar.put(year, params.data) as any;
    }
    if (resource === 'users') {
      return withFieldErrors(() => base.create(resource, {
        ...params,
        data: pick(params.data, ['username', 'displayName', 'password', 'jurisdictionCode', 'roles']),
      })).then(({ data }) => ({ data: { ...data, id: data.id ?? data.username } }));
    }
    return base.create(resource, params);
  },
  update: (resource, params) => {
    if (resource === 'calendar') return calendar.put(Number(params.id), params.data) as any;
    if (resource === 'users') {
      return withFieldErrors(() => base.update(resource, {
        ...params,
        data: pick(params.data, ['displayName', 'jurisdictionCode', 'roles']),
      }));
    }
    return base.update(resource, params);
  },
  jurisdictions: (): Promise<Jurisdiction[]> => callApi(`${API}/jurisdictions`),
  checklist: (category: string): Promise<ChecklistItem[]> =>
    callApi(`${API}/intake/checklists/${encodeURIComponent(category)}`),
  fileApplication: (body: unknown, idempotencyKey: string) =>
    post(`${API}/applications`, body, { 'Idempotency-Key': idempotencyKey }),
  revealMember: (householdId: number | string, memberId: number | string): Promise<{ residentId: string }> =>
    post(`${API}/households/${householdId}/members/${memberId}/reveal`),
  revealPhone: (householdId: number | string): Promise<{ phone: string }> =>
    post(`${API}/households/${householdId}/reveal-phone`),
  uploadDocument: (householdId: number | string, kind: string, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    return callApi(`${API}/households/${householdId}/documents`, { method: 'POST', body: form });
  },
  documentUrl: (householdId: number | string, documentId: number | string) =>
    fetchBlobUrl(`${API}/households/${householdId}/documents/${documentId}/content`),
  diagram: (caseNumber: string): Promise<Diagram> =>
    callApi(`${API}/cases/${encodeURIComponent(caseNumber)}/diagram`),
  claimTask: (id: string): Promise<Task> => post(taskPath(id, 'claim')),
  unclaimTask: (id: string): Promise<Task> => post(taskPath(id, 'unclaim')),
  completeTask: (id: string, variables: Record<string, unknown> = {}): Promise<void> =>
    post(taskPath(id, 'complete'), variables),
  /** GET /api/tasks/{id}/form: the form-js schema of the task's step, null when the step has no form. */
  taskForm: async (id: string): Promise<FormSchema | null> => {
    try {
      return await callApi<FormSchema>(taskPath(id, 'form'));
    } catch (e: any) {
      if (e?.status === 404 && e?.body?.code === 'FORM_NOT_FOUND') return null;
      throw e;
    }
  },
  /** The number of tasks in my inbox (mine and my groups' unclaimed), from the Content-Range of a 1-row page. */
  taskCount: async (filter: Record<string, unknown> = {}): Promise<number> => {
    const { total } = await base.getList('tasks', {
      pagination: { page: 1, perPage: 1 }, sort: { field: 'due', order: 'ASC' }, filter,
    });
    return total ?? 0;
  },
  commentTask: (id: string, text: string): Promise<void> => post(taskPath(id, 'comments'), { text }),
  reassignTask: (id: string, username: string): Promise<Task> => post(taskPath(id, 'reassign'), { username }),
  delegateTask: (id: string, username: string): Promise<Task> => post(taskPath(id, 'delegate'), { username }),
  returnTask: (id: string): Promise<Task> => post(taskPath(id, 'return')),
  /** PUT /api/tasks/{id}/follow-up with a day 'YYYY-MM-DD' (today or later). */
  setFollowUp: (id: string, day: string): Promise<Task> =>
    callApi(taskPath(id, 'follow-up'), { method: 'PUT', body: JSON.stringify({ day }) }),
  taskCandidates: (id: string): Promise<Candidate[]> => callApi(taskPath(id, 'candidates')),
  taskDocuments: (id: string): Promise<CaseDocument[]> => callApi(taskPath(id, 'documents')),
  /** POST /api/tasks/{id}/documents (multipart kind + file), reporting the share of bytes sent. */
  uploadTaskDocument: (id: string, kind: string, file: File, onProgress?: (fraction: number) => void): Promise<CaseDocument> => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    return uploadWithProgress(taskPath(id, 'documents'), form, onProgress);
  },
  taskFilters: (): Promise<SavedFilter[]> => callApi(`${API}/task-filters`),
  saveTaskFilter: (body: { name: string; filter: Record<string, unknown>; sharedGroup?: string | null }): Promise<SavedFilter> =>
    post(`${API}/task-filters`, body),
  deleteTaskFilter: (id: number): Promise<void> => callApi(`${API}/task-filters/${id}`, { method: 'DELETE' }),
  notifications: (): Promise<Notification[]> => callApi(`${API}/notifications`),
  readNotification: (id: number): Promise<void> => post(`${API}/notifications/${id}/read`),
  calendarYears: (): Promise<number[]> => callApi(`${API}/calendar`),
  resetPassword: (username: string, password: string) =>
    post(`${API}/users/${encodeURIComponent(username)}/reset-password`, { password }),
  lockUser: (username: string) => post(`${API}/users/${encodeURIComponent(username)}/lock`),
  unlockUser: (username: string) => post(`${API}/users/${encodeURIComponent(username)}/unlock`),
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;
