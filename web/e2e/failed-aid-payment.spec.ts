import { expect, Page, test } from '@playwright/test';
import { apiAs, Api } from './api';
import { login, randomResidentId, shot } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

const fitsTheScreen = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

const logout = async (page: Page) => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
  await page.goto('about:blank');
};

const taskOf = async (api: Api, caseNumber: string, step: string) => {
  const query = new URLSearchParams({ filter: JSON.stringify({ inbox: 'GROUP', caseNumber, step }), range: '[0,9]' });
  let task: { id: string } | undefined;
  await expect(async () => {
    task = (await api.get(`/api/tasks?${query}`))[0];
    expect(task, `${step} of ${caseNumber}`).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  await api.post(`/api/tasks/${task!.id}/claim`);
  return task!.id;
};

/**
 * A failed emergency payment has a way out: the wife applied and moved out before the payment, so the payment
 * fails; the caseworker proposes the husband as payee, the street head approves, and the next attempt pays him.
 */
test('the caseworker changes the payee of a failed payment and the street head approves it', async ({ page, request }) => {
  const clerk = await apiAs(request, 'clerk.110108001');
  const caseworker = await apiAs(request, 'caseworker.110108001');
  const head = await apiAs(request, 'head.110108001');
  const husband = randomResidentId('110108', 'MALE');
  const wife = randomResidentId('110108', 'FEMALE');
  const born = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const member = (name: string, residentId: string, relation: string, sex: string) => ({
    name, residentId, relation, sex, birthDate: born(residentId), workAbility: 'FULL', illness: 'NONE',
    employmentStatus: 'UNEMPLOYED', studentStatus: 'NONE',
  });
  const checklist: { code: string; need: string }[] = await clerk.get('/api/intake/checklists/TEMPORARY_AID');
  const { caseNumber } = await clerk.post('/api/applications', {
    category: 'TEMPORARY_AID', streetCode: '110108001', applicantResidentId: wife,
    truthPledgeSigned: true, verificationConsent: true,
    materials: checklist.filter(item => item.need === 'ALWAYS').map(item => item.code),
    household: {
      communityCode: '110108001001', address: '万寿路街道收款人变更测试小区2号楼202', phone: '13900139002',
      members: [member('孙立军', husband, 'HEAD', 'MALE'), member('周美兰', wife, 'SPOUSE', 'FEMALE')],
      incomes: [], assets: [], rigidExpenses: [],
    },
    temporaryAid: { aidType: 'EMERGENCY', reason: 'ACCIDENT', amountRequested: 1200, aidForm: 'CASH' },
  });
  const approval = await taskOf(head, caseNumber, 'UserTask_ApproveEmergencyAid');
  const { householdId } = await caseworker.get(`/api/cases/${caseNumber}`);
  const before = await caseworker.get(`/api/temporary-aid/cases/${caseNumber}`);
  await caseworker.post(`/api/households/${householdId}/members/${before.resolution.payee.memberId}/leave`);
  await head.post(`/api/tasks/${approval}/complete`, { emergencyDecision: 'APPROVE', opinion: '情况属实，同意先行救助' });

  // The payment failed: the caseworker sees why and proposes the husband.
  const retry = await taskOf(caseworker, caseNumber, 'UserTask_RetryEmergencyPayment');
  await login(page, 'caseworker.110108001');
  await page.goto(`/#/tasks/${encodeURIComponent(retry)}/show`);
  const failed = page.getByTestId('screen-resolve-failed-aid-payment');
  await expect(failed.getByTestId('aid-failed-attempts')).toContainText('收款人已不是本户在册成员', { timeout: 20_000 });
  await expect(failed.getByTestId('aid-payee')).toContainText('周美兰');
  await expect(failed.getByTestId('retry-will-fail')).toBeVisible();
  await failed.getByLabel('结案不予发放').check();
  await failed.getByTestId('resolution-submit').click();
  await expect(failed.getByText('必填')).toBeVisible();
  await failed.getByLabel('变更收款人').check();
  await failed.getByTestId('new-payee').selectOption({ index: 1 });
  await failed.getByTestId('resolution-note').fill('原收款人已迁出，改由户主孙立军领取');
  await fitsTheScreen(page);
  await shot(page, 'aid-05-failed-payment');
  await failed.getByTestId('resolution-submit').click();
  await expect(page.getByText('任务已办结', { exact: true })).toBeVisible();

  // The street head sees who proposed it and approves.
  const decide = await taskOf(head, caseNumber, 'UserTask_ApproveEmergencyPayeeChange');
  await logout(page);
  await login(page, 'head.110108001');
  await page.goto(`/#/tasks/${encodeURIComponent(decide)}/show`);
  const approve = page.getByTestId('screen-approve-payee-change');
  await expect(approve.getByTestId('aid-pending-change')).toContainText('周美兰 → 孙立军', { timeout: 20_000 });
  await expect(approve.getByTestId('aid-pending-change')).not.toContainText('caseworker.110108001');
  await approve.getByTestId('payee-change-opinion').fill('同意由户主领取');
  await fitsTheScreen(page);
  await shot(page, 'aid-06-approve-payee-change');
  await approve.getByTestId('payee-change-submit').click();
  await expect(page.getByText('任务已办结', { exact: true })).toBeVisible();

  // Paid once to the husband; the aid page shows both attempts and who approved the change.
  await expect(async () => {
    const aid = await head.get(`/api/temporary-aid/cases/${caseNumber}`);
    expect(aid.account.payments.map((p: any) => `${p.status} ${p.payeeName}`)).toEqual(['FAILED 周美兰', 'PAID 孙立军']);
  }).toPass({ timeout: 30_000 });
  await page.goto(`/#/temporary-aid/cases/${encodeURIComponent(caseNumber)}`);
  await expect(page.getByTestId('aid-payments')).toContainText('孙立军', { timeout: 20_000 });
  await expect(page.getByTestId('payee-change-APPROVED')).toContainText('批准');
  await expect(page.getByTestId('aid-payee')).toContainText('孙立军');
  await fitsTheScreen(page);
  await shot(page, 'aid-07-aid-page-after-payee-change');
});
