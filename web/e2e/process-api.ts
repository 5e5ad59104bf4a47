import { APIRequestContext, expect } from '@playwright/test';
import { PASSWORD, randomResidentId } from './helpers';

/** Set-up through the API: what the browser cannot do (import extracts, add a second investigator, drive a case). */

const tokens = new Map<string, string>();

export const token = async (request: APIRequestContext, username: string): Promise<string> => {
  const known = tokens.get(username);
  if (known) return known;
  const response = await request.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(response.ok(), `login of ${username}`).toBeTruthy();
  const { token: value } = await response.json();
  tokens.set(username, value);
  return value;
};

const as = async (request: APIRequestContext, username: string) => ({
  Authorization: `Bearer ${await token(request, username)}`, 'Accept-Language': 'zh-CN',
});

export const localDay = (date = new Date()) => date.toLocaleDateString('sv-SE');

/** A cell that passes the extract checks for a column type (see docs/verification-extracts.md). */
const cell = (column: { code: string; type: string; choices: string[] }, day: string, residentId: string) => {
  switch (column.type) {
    case 'RESIDENT_ID': return residentId;
    case 'AMOUNT': return '1';
    case 'DATE': return day;
    case 'MONTH': return day.slice(0, 7);
    case 'CHOICE': return column.choices.includes('NORMAL') ? 'NORMAL' : column.choices[0];
    default: return 'e2e';
  }
};

/**
 * Verification needs an extract of every source dated on or before the day. Imports, per source, one row about a
 * person who is in no household, so that new applications verify without findings. Re-running imports nothing
 * new (same file, same SHA-256: 200).
 */
export const ensureExtracts = async (request: APIRequestContext) => {
  const headers = await as(request, 'admin');
  const sources = await (await request.get('/api/verification/sources', { headers })).json();
  const day = localDay(new Date(Date.now() - 86_400_000));
  const stranger = fixedStranger;
  for (const source of sources) {
    const columns = source.columns.filter((c: any) => c.required);
    const csv = `${columns.map((c: any) => c.code).join(',')}\n${columns.map((c: any) => cell(c, day, stranger)).join(',')}\n`;
    const response = await request.post('/api/verification/imports', {
      headers,
      multipart: { source: source.code, extractDate: day, file: { name: `e2e-${source.code}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) } },
    });
    expect([200, 201], `import of ${source.code}: ${await response.text()}`).toContain(response.status());
  }
};
// A valid resident ID nobody in the demo city has (born 1931), fixed so that re-runs send the same files.
const fixedStranger = (() => {
  const first17 = '11010519310101001';
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
})();

export const SECOND_INVESTIGATOR = 'caseworker2.110105001';

/** The countersignature needs a second caseworker of the street; the demo city has one per street. */
export const ensureSecondInvestigator = async (request: APIRequestContext) => {
  const response = await request.post('/api/users', {
    headers: await as(request, 'admin'),
    data: { username: SECOND_INVESTIGATOR, displayName: '建外街道第二调查人', password: PASSWORD, jurisdictionCode: '110105001', roles: ['caseworker'] },
  });
  expect([201, 200, 409, 422], await response.text()).toContain(response.status());
};

/** Files a 低保 application of a couple with a low wage at 永安里社区 (eligible by the demo parameters). */
export const fileApplication = async (request: APIRequestContext, headName = '流程测试户主'): Promise<string> => {
  const head = randomResidentId('110105', 'MALE');
  const spouse = randomResidentId('110105', 'FEMALE');
  const person = (name: string, residentId: string, relation: string) => ({
    name, residentId, relation, workAbility: 'PARTIAL', illness: 'NONE', employmentStatus: 'UNEMPLOYED', studentStatus: 'NONE',
    birthDate: `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`,
    sex: Number(residentId[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  });
  const response = await request.post('/api/applications', {
    headers: { ...(await as(request, 'clerk.110105001')), 'Idempotency-Key': `e2e-${head}` },
    data: {
      category: 'DIBAO', streetCode: '110105001', applicantResidentId: head, truthPledgeSigned: true, verificationConsent: true,
      materials: ['APPLICATION_FORM', 'RESIDENT_IDS', 'HOUSEHOLD_REGISTER', 'INCOME_DECLARATION', 'ASSET_DECLARATION', 'VERIFICATION_AUTHORISATION'],
      household: {
        communityCode: '110105001001', address: '建外街道流程测试小区3号楼303', phone: '13900139001',
        members: [person(headName, head, 'HEAD'), person('流程测试配偶', spouse, 'SPOUSE')],
        incomes: [{ memberResidentId: head, kind: 'WAGES', periodStart: '2026-01-01', periodEnd: '2026-06-30', amount: 6000 }],
        // Savings within the verification's asset tolerance: a bank extract that lists nothing for them agrees.
        assets: [{ kind: 'DEPOSIT', description: '活期存款', value: 800 }],
        rigidExpenses: [],
      },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).caseNumber;
};

type TaskRow = { id: string; step: string; caseNumber: string; assignee?: string | null };

const tasksOf = async (request: APIRequestContext, username: string, caseNumber: string): Promise<TaskRow[]> => {
  const headers = await as(request, username);
  const rows: TaskRow[] = [];
  for (const inbox of ['GROUP', 'MINE']) {
    const query = new URLSearchParams({ filter: JSON.stringify({ inbox, caseNumber }), range: '[0,49]', sort: '["due","ASC"]' });
    const response = await request.get(`/api/tasks?${query}`, { headers });
    if (response.ok()) rows.push(...await response.json());
  }
  return rows;
};

/**
 * Waits until the case has a task at one of `steps` that `username` may work, and returns it. A verification
 * discrepancy (review task) is answered "applicant accepts" on the way, so the case goes on to the investigation.
 */
export const awaitTask = async (request: APIRequestContext, username: string, caseNumber: string, step: string,
  timeout = 45_000): Promise<TaskRow> => {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const rows = await tasksOf(request, username, caseNumber);
    const found = rows.find(t => t.step === step);
    if (found) return found;
    if (step === 'UserTask_InvestigateHousehold') {
      const review = (await tasksOf(request, 'caseworker.110105001', caseNumber)).find(t => t.step === 'UserTask_ReviewVerificationResult');
      if (review) await complete(request, 'caseworker.110105001', review.id, { informedOn: localDay(), applicantContests: false });
    }
    await new Promise(resolve => setTimeout(resolve, 1_000));
  }
  throw new Error(`No task ${step} for ${username} in ${caseNumber} within ${timeout / 1000} s`);
};

export const claim = async (request: APIRequestContext, username: string, taskId: string) =>
  request.post(`/api/tasks/${taskId}/claim`, { headers: await as(request, username) });

/** Completes a task (the server takes it for the user); returns the response for the caller to check. */
export const complete = async (request: APIRequestContext, username: string, taskId: string, data: Record<string, unknown>) =>
  request.post(`/api/tasks/${taskId}/complete`, { headers: await as(request, username), data });

export const INVESTIGATION = {
  visitDate: '2026-11-20', investigators: '陈经办、李社工', livingConditions: 'RENTED', membersPresent: 2,
  findings: '夫妻二人租住平房，户主打零工，收入不稳定。', familySigned: true,
};
