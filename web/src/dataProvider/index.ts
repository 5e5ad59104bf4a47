import simpleRestProvider from 'ra-data-simple-rest';
import { DataProvider, HttpError } from 'react-admin';
import { callApi, fetchBlobUrl, fetchJson } from './http';

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
export type Diagram = { bpmnXml: string; activeSteps: string[]; completedSteps: string[] };

/** ra-data-simple-rest plus the calls that are not CRUD (reveal, upload, workflow, account actions). */
export const dataProvider = {
  ...base,
  getOne: async (resource, params) => {
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
    return base.getOne(resource, params);
  },
  create: (resource, params) => {
    if (resource === 'users') {
      return withFieldErrors(() => base.create(resource, {
        ...params,
        data: pick(params.data, ['username', 'displayName', 'password', 'jurisdictionCode', 'roles']),
      })).then(({ data }) => ({ data: { ...data, id: data.id ?? data.username } }));
    }
    return base.create(resource, params);
  },
  update: (resource, params) => {
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
  resetPassword: (username: string, password: string) =>
    post(`${API}/users/${encodeURIComponent(username)}/reset-password`, { password }),
  lockUser: (username: string) => post(`${API}/users/${encodeURIComponent(username)}/lock`),
  unlockUser: (username: string) => post(`${API}/users/${encodeURIComponent(username)}/unlock`),
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;
