import { expect, Page, test } from '@playwright/test';
import { login, shot } from './helpers';
import {
  awaitTask, complete, ensureExtracts, ensureSecondInvestigator, fileApplication, INVESTIGATION, SECOND_INVESTIGATOR, token,
} from './process-api';

const logout = async (page: Page) => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
  await page.goto('about:blank');
};

/** Draws a stroke across a signature canvas. */
const sign = async (page: Page, testId: string) => {
  const box = (await page.getByTestId(testId).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 20 + i * 30, box.y + box.height / 2 + (i % 2 ? -25 : 25));
  await page.mouse.up();
};

test.beforeAll(async ({ request }) => {
  await ensureExtracts(request);
  await ensureSecondInvestigator(request);
});

test('a caseworker drafts the plan, the family and the street sign on a tablet, the department answers the job referral', async ({ page, request }) => {
  test.setTimeout(300_000);
  // An approved case (set up through the API: the approval has its own tests); the application calls the agreement.
  const caseNumber = await fileApplication(request, '协议测试户主');
  const investigation = await awaitTask(request, 'caseworker.110105001', caseNumber, 'UserTask_InvestigateHousehold');
  expect((await complete(request, 'caseworker.110105001', investigation.id, INVESTIGATION)).status()).toBe(204);
  const countersign = await awaitTask(request, SECOND_INVESTIGATOR, caseNumber, 'UserTask_CountersignInvestigation');
  expect((await complete(request, SECOND_INVESTIGATOR, countersign.id, { tookPart: true, signedOn: '2026-11-20' })).status()).toBe(204);
  const opinion = await awaitTask(request, 'reviewer.110105001', caseNumber, 'UserTask_StreetFirstOpinion');
  expect((await complete(request, 'reviewer.110105001', opinion.id, { opinion: 'REFUSE', reasons: ['请县级复核收入情况'] })).status()).toBe(204);
  const decision = await awaitTask(request, 'approver.110105', caseNumber, 'UserTask_CountyDecision');
  expect((await complete(request, 'approver.110105', decision.id, { decision: 'APPROVE', note: '符合低保条件' })).status()).toBe(204);

  // 制定帮扶计划: the caseworker drafts the plan by help kind and previews the agreement.
  const draft = await awaitTask(request, 'caseworker.110105001', caseNumber, 'UserTask_DraftPlan');
  await login(page, 'caseworker.110105001');
  await page.goto(`/#/tasks/${draft.id}/show`);
  await page.getByTestId('claim-task').click();
  const editor = page.getByTestId('screen-draft-plan');
  await expect(editor.getByTestId('help-EMPLOYMENT')).toBeVisible({ timeout: 20_000 });
  await editor.getByTestId('plan-goals').fill('户主6个月内实现就业');
  await editor.getByTestId('add-measure-EMPLOYMENT').click();
  await editor.getByTestId('measure-code-0').selectOption('EMPLOYMENT_JOB_REFERRAL');
  await editor.getByTestId('measure-member-0').selectOption({ label: '协议测试户主' });
  await editor.getByTestId('add-measure-LIVING').click();
  await editor.getByTestId('plan-review-on').fill('2027-06-30');
  await editor.getByTestId('plan-save').click();
  await expect(editor.getByTestId('plan-message')).toContainText('第 1 版');
  await editor.getByTestId('agreement-show').click();
  await expect(editor.getByTestId('agreement-frame')).toBeVisible({ timeout: 20_000 });
  await shot(page, 'agreement-01-plan');
  await editor.getByTestId('plan-submit').click();
  await expect(page.getByText('任务已办结', { exact: true })).toBeVisible();

  const review = await awaitTask(request, 'reviewer.110105001', caseNumber, 'UserTask_ReviewPlan');
  expect((await complete(request, 'reviewer.110105001', review.id, { planApproved: 'YES' })).status()).toBe(204);

  // 签订帮扶协议 on a tablet: both parties draw their signatures.
  const signing = await awaitTask(request, 'caseworker.110105001', caseNumber, 'UserTask_SignAgreement');
  await page.goto(`/#/tasks/${signing.id}/show`);
  await page.getByTestId('claim-task').click();
  const screen = page.getByTestId('screen-sign-agreement');
  await expect(screen).toBeVisible({ timeout: 20_000 });
  await screen.getByLabel('平板电子签名').check();
  await sign(page, 'sign-pad-family');
  await sign(page, 'sign-pad-street');
  await screen.getByTestId('sign-family-signer').fill('协议测试户主');
  await screen.getByTestId('sign-street-signer').fill('建外街道经办人');
  await shot(page, 'agreement-02-signing');
  await screen.getByTestId('sign-submit').click();
  await expect(page.getByText('任务已办结', { exact: true })).toBeVisible({ timeout: 20_000 });
  await logout(page);

  // The human-resources officer of the district answers the job referral in the referral inbox.
  await login(page, 'dept.hr.110105');
  const headers = { Authorization: `Bearer ${await token(request, 'dept.hr.110105')}` };
  await expect(async () => {
    const referrals = await (await request.get(`/api/agreements/referrals?filter=${encodeURIComponent(JSON.stringify({ caseNumber }))}`, { headers })).json();
    expect(referrals).toHaveLength(1);
    // Listed as soon as the plan refers it; answerable once the referral step has sent it (its due date is set).
    expect(referrals[0].dueAt).toBeTruthy();
  }).toPass({ timeout: 45_000 });
  await page.goto('/#/agreements/referrals');
  const row = page.getByTestId('referral-row').filter({ hasText: caseNumber });
  await expect(row).toContainText('推荐就业岗位');
  await row.getByRole('button', { name: '登记反馈' }).click();
  await page.getByTestId('referral-note').fill('已推荐至朝阳区某物业公司保洁岗位并录用');
  await page.getByTestId('referral-submit').click();
  await expect(row).toHaveCount(0);
  await expect(async () => {
    const referrals = await (await request.get(`/api/agreements/referrals?filter=${encodeURIComponent(JSON.stringify({ caseNumber }))}`, { headers })).json();
    expect(referrals[0].status).toBe('CLOSED');
  }).toPass({ timeout: 30_000 });
  await page.getByRole('tab', { name: '已办结' }).click();
  await expect(page.getByTestId('referral-row').filter({ hasText: caseNumber })).toContainText('部门登记（dept.hr.110105）', { timeout: 20_000 });
  await shot(page, 'agreement-03-referral');

  // The plan shows the measure done.
  await expect(async () => {
    const caseworker = { Authorization: `Bearer ${await token(request, 'caseworker.110105001')}` };
    const { householdId } = await (await request.get(`/api/cases/${caseNumber}`, { headers: caseworker })).json();
    const plan = await (await request.get(`/api/agreements/households/${householdId}/plan`, { headers: caseworker })).json();
    expect(plan.measures.map((m: { measureCode: string; status: string }) => `${m.measureCode}=${m.status}`))
      .toEqual(['EMPLOYMENT_JOB_REFERRAL=DONE', 'LIVING_ALLOWANCE=PLANNED']);
  }).toPass({ timeout: 30_000 });
});
