import { expect, Page, test } from '@playwright/test';
import { login, shot } from './helpers';
import {
  awaitTask, claim, complete, ensureExtracts, ensureSecondInvestigator, fileApplication, INVESTIGATION, SECOND_INVESTIGATOR,
} from './process-api';

const logout = async (page: Page) => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
  await page.goto('about:blank');
};

test.beforeAll(async ({ request }) => {
  await ensureExtracts(request);
  await ensureSecondInvestigator(request);
});

test('a caseworker completes the home investigation form and a second investigator must countersign', async ({ page, request }) => {
  test.setTimeout(120_000);
  const caseNumber = await fileApplication(request, '入户测试户主');
  const task = await awaitTask(request, 'caseworker.110105001', caseNumber, 'UserTask_InvestigateHousehold');

  await login(page, 'caseworker.110105001');
  await page.goto(`/#/tasks/${task.id}/show`);
  await expect(page.getByTestId('task-title')).toHaveText('入户调查');
  await page.getByTestId('claim-task').click();
  const form = page.getByTestId('task-form');
  await expect(form.getByLabel('入户日期')).toBeVisible({ timeout: 20_000 });
  const date = form.getByLabel('入户日期');
  await date.click();
  await date.fill('2026-11-20');
  await date.press('Enter');
  await form.getByLabel('调查人员').fill('陈经办、李社工');
  await form.locator('.fjs-select-display').click();
  await page.locator('.fjs-dropdownlist-item').filter({ hasText: '租住' }).first().click();
  await form.getByLabel('在场家庭成员人数').fill('2');
  await form.getByLabel('调查情况').fill('户主及配偶在家，租住一居室，家中无大额资产，与申报情况一致。');
  await form.getByLabel('家庭成员已在调查记录上签字').check();
  // Under load the date picker sometimes drops the typed date when the focus moves on, and the form can lose a
  // text field typed before it settled: type them again until they stay.
  const investigators = form.getByLabel('调查人员');
  await expect(async () => {
    if (!/2026/.test(await date.inputValue())) {
      await date.fill('2026-11-20');
      await date.press('Enter');
    }
    if ((await investigators.inputValue()) === '') {
      await investigators.fill('陈经办、李社工');
    }
    await expect(date).toHaveValue(/2026/, { timeout: 1_000 });
    await expect(investigators).toHaveValue('陈经办、李社工', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await shot(page, 'process-01-investigation');
  await page.getByTestId('submit-task-form').click();
  await expect(page.getByText('任务已办结', { exact: true })).toBeVisible();

  // The countersignature: the same investigator is refused, a second one may sign.
  const countersign = await awaitTask(request, 'caseworker.110105001', caseNumber, 'UserTask_CountersignInvestigation');
  const same = await complete(request, 'caseworker.110105001', countersign.id, { tookPart: true, signedOn: '2026-11-20' });
  expect(same.status()).toBe(403);
  expect((await same.json()).code).toBe('SAME_PERSON_TWICE');
  const other = await complete(request, SECOND_INVESTIGATOR, countersign.id, { tookPart: true, signedOn: '2026-11-20' });
  expect(other.status(), await other.text()).toBe(204);
  await awaitTask(request, 'reviewer.110105001', caseNumber, 'UserTask_StreetFirstOpinion');
});

test('the street refuses at first opinion with reasons, the county approver reads the assessment and approves', async ({ page, request }) => {
  test.setTimeout(180_000);
  const caseNumber = await fileApplication(request, '审批测试户主');
  const investigation = await awaitTask(request, 'caseworker.110105001', caseNumber, 'UserTask_InvestigateHousehold');
  expect((await complete(request, 'caseworker.110105001', investigation.id, INVESTIGATION)).status()).toBe(204);
  const countersign = await awaitTask(request, SECOND_INVESTIGATOR, caseNumber, 'UserTask_CountersignInvestigation');
  expect((await complete(request, SECOND_INVESTIGATOR, countersign.id, { tookPart: true, signedOn: '2026-11-20' })).status()).toBe(204);

  // 街道初审 on its built-in screen: a refusal needs a reason; it goes to the county without 公示.
  const opinion = await awaitTask(request, 'reviewer.110105001', caseNumber, 'UserTask_StreetFirstOpinion');
  await claim(request, 'reviewer.110105001', opinion.id);
  await login(page, 'reviewer.110105001');
  await page.goto(`/#/tasks/${opinion.id}/show`);
  const screen = page.getByTestId('screen-opinion');
  await expect(screen.getByTestId('assessment')).toBeVisible({ timeout: 20_000 });
  await expect(screen.getByTestId('verification-report')).toBeVisible();
  await screen.getByTestId('verdict-refuse').click();
  await screen.getByTestId('submit-decision').click();
  await expect(screen.getByTestId('error-reasons')).toContainText('至少一条理由');
  await screen.getByLabel('理由 1').fill('申请人表示家中另有未申报的经营收入，需县级复核');
  await screen.getByLabel('备注').press('Control+Enter');
  await expect(page.getByText('任务已办结', { exact: true })).toBeVisible();
  await logout(page);

  // 县级审批: the assessment explained, the street's opinion with its reason, then approval.
  const decision = await awaitTask(request, 'approver.110105', caseNumber, 'UserTask_CountyDecision');
  await login(page, 'approver.110105');
  await page.goto(`/#/tasks/${decision.id}/show`);
  await expect(page.getByTestId('task-title')).toHaveText('县级审批决定');
  await page.getByTestId('claim-task').click();
  const decide = page.getByTestId('screen-decision');
  await expect(decide.getByTestId('assessment-eligible')).toHaveText('符合条件', { timeout: 20_000 });
  await expect(decide.getByTestId('test-outcome').first()).toBeVisible();
  expect(await decide.getByTestId('test-outcome').count()).toBeGreaterThan(1);
  await expect(decide.getByTestId('assessment-benefit')).toContainText('元');
  await expect(decide.getByTestId('first-opinion')).toContainText('未申报的经营收入');
  await shot(page, 'process-02-county-decision');
  await decide.getByTestId('verdict-approve').click();
  await decide.getByLabel('备注').fill('经复核，符合低保条件');
  await decide.getByTestId('submit-decision').click();
  await expect(page.getByText('任务已办结', { exact: true })).toBeVisible();

  await page.goto(`/#/cases/${encodeURIComponent(caseNumber)}/show`);
  const progress = page.getByTestId('review-progress');
  await expect(progress.getByTestId('case-decision')).toHaveCount(2);
  await expect(progress).toContainText('区县审批决定');
  await expect(progress).toContainText('经复核，符合低保条件');
  await expect(progress.getByTestId('case-assessment').first()).toBeVisible();
  await shot(page, 'process-03-case-progress');
});
