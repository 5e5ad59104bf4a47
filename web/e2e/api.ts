import { APIRequestContext, expect } from '@playwright/test';
import { PASSWORD, randomResidentId } from './helpers';

/** Test set-up through the API (the screens for it have their own tests): sign in, file, wait for a task. */
export type Api = {
  token: string;
  get: <T = any>(path: string) => Promise<T>;
  post: <T = any>(path: string, body?: unknown) => Promise<T>;
  status: (path: string) => Promise<number>;
};

export const apiAs = async (request: APIRequestContext, username: string): Promise<Api> => {
  const response = await request.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(response.ok(), `login of ${username}`).toBeTruthy();
  const { token } = await response.json();
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' };
  const read = async (response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) => {
    expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBeTruthy();
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  return {
    token,
    get: async path => read(await request.get(path, { headers }), `GET ${path}`),
    post: async (path, body) => read(await request.post(path, { headers, data: body ?? {} }), `POST ${path}`),
    status: async path => (await request.get(path, { headers })).status(),
  };
};

/** Files a 低保 application for a fresh one-person household at street 110105001; returns the case number. */
export const fileApplication = async (request: APIRequestContext): Promise<string> => {
  const clerk = await apiAs(request, 'clerk.110105001');
  const residentId = randomResidentId('110105', 'FEMALE');
  const checklist: { code: string; need: string }[] = await clerk.get('/api/intake/checklists/DIBAO');
  const body = {
    category: 'DIBAO', streetCode: '110105001', applicantResidentId: residentId,
    truthPledgeSigned: true, verificationConsent: true,
    materials: checklist.filter(item => item.need === 'ALWAYS').map(item => item.code),
    household: {
      communityCode: '110105001001', address: '建外街道待办测试小区3号楼303', phone: '13900139001',
      members: [{
        name: '待办测试户主', residentId, relation: 'HEAD', sex: 'FEMALE',
        birthDate: `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`,
        workAbility: 'PARTIAL', illness: 'NONE', employmentStatus: 'UNEMPLOYED', studentStatus: 'NONE',
      }],
      incomes: [], assets: [], rigidExpenses: [],
    },
  };
  const response = await request.post('/api/applications', {
    headers: { Authorization: `Bearer ${clerk.token}`, 'Idempotency-Key': `e2e-${residentId}` }, data: body,
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()).caseNumber;
};

export type TaskView = { id: string; name: string; assignee: string | null; owner?: string | null };

/** The first task of a case in an inbox, once the engine has created it (after the background check). */
export const waitForTask = async (api: Api, caseNumber: string, inbox: 'MINE' | 'GROUP' | 'ALL' = 'GROUP'): Promise<TaskView> => {
  const query = new URLSearchParams({
    filter: JSON.stringify({ inbox, caseNumber }), range: '[0,9]', sort: '["created","ASC"]',
  });
  let task: TaskView | undefined;
  await expect(async () => {
    const tasks: TaskView[] = await api.get(`/api/tasks?${query}`);
    task = tasks[0];
    expect(task, `a task of ${caseNumber} in ${inbox}`).toBeTruthy();
  }).toPass({ timeout: 20_000, intervals: [500, 1_000] });
  return task as TaskView;
};

/** Whether the server has an endpoint yet (it answers something else than the catch-all 404 NOT_FOUND). */
export const hasEndpoint = async (request: APIRequestContext, api: Api, path: string) => {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${api.token}` } });
  if (response.status() !== 404) return true;
  const body = await response.json().catch(() => ({}));
  return body?.code !== 'NOT_FOUND';
};
