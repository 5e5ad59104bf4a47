import { expect, test } from '@playwright/test';
import { choose, login, randomResidentId, shot } from './helpers';

/** One household registered and one application filed at the front desk, then looked at from another street. */
test.describe.serial('front desk, household file and jurisdiction', () => {
  const residentId = randomResidentId('110105', 'MALE');
  let householdId = '';
  let caseNumber = '';

  test('a window clerk registers a household, files a dibao application and sees the receipt and the case', async ({ page }) => {
    await page.goto('/#/login');
    await expect(page.locator('input[name="username"]')).toBeVisible();
    await shot(page, '01-login');
    await login(page, 'clerk.110105001');
    await shot(page, '02-dashboard');

    await page.getByRole('menuitem', { name: '受理窗口' }).click();
    await expect(page.getByText('救助类别与受理街道')).toBeVisible();
    await expect(page.getByRole('combobox', { name: '救助类别' })).toContainText('低保');
    await expect(page.getByRole('combobox', { name: '受理街道' })).toContainText('建外街道');
    await page.getByRole('button', { name: '下一步' }).click();

    // Step 2: a new household with one member; birth date and sex come from the resident ID.
    await choose(page, '所属社区', /永安里社区/);
    await page.getByLabel('住址').fill('建外街道测试小区1号楼101');
    await page.getByLabel('联系电话').fill('13800138000');
    await page.getByLabel('姓名', { exact: true }).first().fill('测试户主');
    await page.getByLabel('身份证号', { exact: true }).first().fill(residentId);
    const birth = `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`;
    await expect(page.getByLabel('出生日期').first()).toHaveValue(birth);
    await expect(page.getByRole('combobox', { name: '性别' }).first()).toContainText('男');
    await choose(page, '劳动能力', '部分劳动能力');
    await choose(page, '就业状况', '失业');
    await shot(page, '03-front-desk');
    await page.getByRole('button', { name: '下一步' }).click();

    // Step 3: applicant, every required material, pledge and consent.
    await choose(page, /申请人/, new RegExp(residentId));
    const required = page.locator('label').filter({ hasText: '必交' }).filter({ hasNotText: '代理' });
    const count = await required.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) await required.nth(i).click();
    await page.getByText('申请人已签署如实申报承诺书').click();
    await page.getByText('申请人已授权核对家庭经济状况').click();
    await page.getByTestId('submit-application').click();

    const receipt = page.getByTestId('receipt');
    await expect(receipt).toBeVisible({ timeout: 20_000 });
    caseNumber = (await page.getByTestId('receipt-case-number').innerText()).trim();
    expect(caseNumber).toMatch(/^DB-110105001-/);
    await expect(receipt).toContainText('测试户主');
    await expect(receipt).toContainText('最低生活保障申请书');
    await expect(receipt).toContainText('自受理之日起30个工作日内办结（可依法延长至45个工作日）');
    await shot(page, '04-receipt');

    await page.getByRole('link', { name: '查看案件' }).click();
    await expect(page.getByTestId('case-title')).toContainText(caseNumber);
    await expect(page.locator('[data-testid="bpmn-diagram"] .djs-container svg')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.highlight-active').first()).toBeAttached();
    await expect(page.locator('.bjs-powered-by')).toBeVisible();
    await shot(page, '06-case');

    await page.getByRole('link', { name: /家庭档案/ }).last().click();
    await expect(page.getByTestId('household-title')).toContainText('测试户主');
    householdId = page.url().match(/households\/(\d+)\/show/)![1];
    await expect(page.getByText(`${residentId.slice(0, 6)}********${residentId.slice(14)}`)).toBeVisible();
    await shot(page, '05-household');
  });

  test('a clerk of another district neither finds nor opens that household', async ({ page }) => {
    test.skip(!householdId, 'needs the household of the first test');
    await login(page, 'clerk.110108001');
    await page.goto('/#/households');
    await page.getByPlaceholder(/身份证号/).fill(residentId);
    await expect(page.getByText(/没有家庭档案/)).toBeVisible({ timeout: 15_000 });
    await page.goto(`/#/households/${householdId}/show`);
    await expect(page.getByTestId('not-found')).toBeVisible({ timeout: 15_000 });
  });
});

test('the English switch changes the menu labels', async ({ page }) => {
  await login(page, 'clerk.110105001');
  await expect(page.getByRole('menuitem', { name: '家庭档案' })).toBeVisible();
  await page.getByRole('button', { name: /中文/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('menuitem', { name: 'Household files' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Front desk' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Cases' })).toBeVisible();
});
