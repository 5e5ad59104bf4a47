import { expect, Page, test } from '@playwright/test';
import { fileApplication } from './api';
import { login, shot } from './helpers';

const logout = async (page: Page) => {
  await page.evaluate(() => window.localStorage.clear());
  await page.context().clearCookies();
  await page.goto('about:blank'); // the next page load starts the app afresh
};

/** The inbox filtered to one case, so that other runs' and the demo's tasks do not matter. */
const openInbox = async (page: Page, inbox: 'MINE' | 'GROUP' | 'ALL', caseNumber: string) => {
  const filter = encodeURIComponent(JSON.stringify({ inbox, caseNumber }));
  await page.goto(`/#/tasks?filter=${filter}&order=ASC&sort=due&page=1&perPage=25`);
  await expect(page.getByTestId(`inbox-${inbox}`)).toHaveAttribute('aria-selected', 'true');
};

/** Fills the 入户调查 form (form-js), all but the signature checkbox. */
const fillVisitForm = async (page: Page) => {
  const form = page.getByTestId('task-form');
  const date = form.getByLabel('入户日期');
  await date.click();
  await date.fill('2026-11-20');
  await date.press('Enter');
  await form.getByLabel('调查人员').fill('陈经办、李社工');
  await form.locator('.fjs-select-display').click();
  await page.locator('.fjs-dropdownlist-item').filter({ hasText: '租住' }).first().click();
  await expect(form.locator('.fjs-select-display')).toContainText('租住');
  await form.getByLabel('在场家庭成员人数').fill('2');
  await form.getByLabel('调查情况').fill('户主及配偶在家，租住一居室，家中无大额资产，与申报情况一致。');
  await expect(date).toHaveValue(/2026/);
};

const taskRow = (page: Page, caseNumber: string) =>
  page.locator('tbody tr').filter({ has: page.getByTestId('task-case').filter({ hasText: caseNumber }) })
    .filter({ hasText: '入户调查' });

test('a caseworker claims, opens and completes the household visit of a new application', async ({ page, request }) => {
  test.setTimeout(120_000);
  const caseNumber = await fileApplication(request);

  await login(page, 'caseworker.110105001');
  await expect(page.getByRole('menuitem', { name: /待办任务/ })).toBeVisible();
  await openInbox(page, 'GROUP', caseNumber);
  // The 入户调查 task appears after the background check (about a second): refresh until it does.
  const row = taskRow(page, caseNumber);
  await expect(async () => {
    await page.reload();
    await expect(row).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000, intervals: [1_000] });
  await expect(row.getByTestId('due-chip')).toContainText(/个工作日/);
  await expect(row).toContainText('未签收');
  await expect(page.getByTestId('shortcut-hints')).toContainText('c 签收');
  await shot(page, '07-inbox');

  await row.getByTestId('claim-task').click();
  await expect(page.getByText('已签收', { exact: true })).toBeVisible();
  await expect(row).toHaveCount(0);

  await page.getByTestId('inbox-MINE').click();
  const mine = taskRow(page, caseNumber);
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('caseworker.110105001');
  // 办结 of a task with a form opens the task page (no confirmation, no empty completion).
  await mine.getByTestId('complete-task').click();

  await expect(page.getByTestId('task-title')).toHaveText('入户调查');
  await expect(page).toHaveURL(/#\/tasks\/[^/]+\/show/);
  await expect(page.getByTestId('task-case-summary')).toContainText(caseNumber);
  await expect(page.getByTestId('task-household')).toBeVisible();
  await expect(page.locator('[data-testid="bpmn-diagram"] .djs-container svg')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.highlight-task').first()).toBeAttached();
  await shot(page, '08-task');

  // 办理表单: the step's form-js form; the header offers no confirm-dialog completion for it.
  const card = page.getByTestId('task-form-card');
  await expect(card).toContainText('办理表单');
  await expect(page.getByTestId('complete-task')).toHaveCount(0);
  const form = page.getByTestId('task-form');
  await expect(form.getByLabel('入户日期')).toBeVisible({ timeout: 20_000 });
  await fillVisitForm(page);
  await expect(form.getByLabel('家庭成员已在调查记录上签字')).not.toBeChecked();

  // Without the family's signature the completion is refused (by form-js or by the server) and nothing happens.
  await page.getByTestId('submit-task-form').click();
  await expect(page.getByTestId('task-form-invalid').or(page.getByTestId('task-form-errors')).first()).toBeVisible();
  await expect(page.getByTestId('task-title')).toHaveText('入户调查');

  await form.getByLabel('家庭成员已在调查记录上签字').check();
  await expect(page.getByTestId('task-form-invalid')).toHaveCount(0);
  await shot(page, '09-task-form');
  await page.getByTestId('submit-task-form').click();
  await expect(page.getByText('任务已办结')).toBeVisible();
  await expect(page).toHaveURL(/#\/tasks(\?|$)/);
  await openInbox(page, 'MINE', caseNumber);
  await expect(taskRow(page, caseNumber)).toHaveCount(0);
  // The group now has the second investigator's countersignature of this case, and no 入户调查 any more.
  await openInbox(page, 'GROUP', caseNumber);
  await expect(page.locator('tbody tr').filter({ hasText: '第二调查人核实签字' })).toHaveCount(1);
  await expect(taskRow(page, caseNumber)).toHaveCount(0);
});

test('a caseworker of another street does not see the household visit of street 110105001', async ({ page, request }) => {
  test.setTimeout(90_000);
  const caseNumber = await fileApplication(request);
  // Wait until the task exists (seen by the right caseworker), then look as the other street's caseworker.
  await login(page, 'caseworker.110105001');
  await openInbox(page, 'GROUP', caseNumber);
  await expect(async () => {
    await page.reload();
    await expect(taskRow(page, caseNumber)).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000, intervals: [1_000] });
  await logout(page);

  await login(page, 'caseworker.110105002');
  for (const inbox of ['GROUP', 'MINE'] as const) {
    await openInbox(page, inbox, caseNumber);
    await expect(page.getByTestId('inbox-empty')).toBeVisible();
    await expect(taskRow(page, caseNumber)).toHaveCount(0);
  }
  await expect(page.getByTestId('inbox-ALL')).toHaveCount(0);
});
