import { expect, test } from '@playwright/test';
import { apiAs } from './api';
import { login, shot } from './helpers';

/** A year far ahead, so that no case deadline of the other tests depends on what this test enters. */
const YEAR = 2099;

test('an administrator adds a day to a year of the holiday calendar', async ({ page, request }) => {
  const admin = await apiAs(request, 'admin');
  // A year nobody entered answers its provisional schedule; the list names the years entered.
  if (!(await admin.get('/api/calendar')).includes(YEAR)) {
    const response = await request.put(`/api/calendar/${YEAR}`, {
      headers: { Authorization: `Bearer ${admin.token}` },
      data: { source: `E2E 测试年度 ${YEAR}`, days: [{ day: `${YEAR}-01-01`, kind: 'HOLIDAY', name: '元旦' }] },
    });
    expect(response.ok()).toBeTruthy();
  }
  const { days } = await admin.get(`/api/calendar/${YEAR}`);
  const taken = new Set(days.map((d: { day: string }) => d.day));
  // A weekend day not entered yet: it becomes a working day (调休上班).
  let day = '';
  for (let n = 2; !day; n++) {
    const date = new Date(Date.UTC(YEAR, 2, n));
    const candidate = date.toISOString().slice(0, 10);
    if ([0, 6].includes(date.getUTCDay()) && !taken.has(candidate)) day = candidate;
  }

  await login(page, 'admin');
  const nextYear = new Date().getFullYear() + 1;
  if (!(await admin.get('/api/calendar')).includes(nextYear)) {
    await expect(page.getByTestId('calendar-missing'))
      .toContainText(`${nextYear} 年节假日安排尚未公布，跨入该年的办理时限按法定节假日暂算并标注“暂定”`);
    await expect(page.getByTestId('enter-calendar')).toBeVisible();
  }
  await page.getByRole('menuitem', { name: '节假日安排' }).click();
  await page.locator('tbody tr').filter({ hasText: String(YEAR) }).click();
  await expect(page.getByTestId('calendar-title')).toHaveText(`${YEAR}年节假日安排`);
  await page.getByTestId('calendar-edit').click();
  await expect(page.getByTestId('calendar-edit-title')).toHaveText(`${YEAR}年节假日安排`);

  await page.getByRole('button', { name: '添加' }).last().click();
  const row = page.locator('.RaSimpleFormIterator-line').last();
  // A date of another year is refused at its row, before anything is sent.
  await row.getByLabel('日期').fill(`${YEAR - 1}-12-31`);
  await row.getByRole('combobox', { name: '类型' }).click();
  await page.getByRole('option', { name: '调休上班' }).click();
  await row.getByLabel('名称').fill('E2E 调休');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(row).toContainText('日期不在该年度内');

  await row.getByLabel('日期').fill(day);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('calendar-title')).toHaveText(`${YEAR}年节假日安排`);
  const saved = page.getByTestId('calendar-day').filter({ hasText: day });
  await expect(saved).toContainText('E2E 调休');
  await expect(saved.getByTestId('day-kind')).toHaveText('调休上班');
  await shot(page, '13-calendar');
});

test('everyone may read the holiday calendar, only administrators change it', async ({ page, request }) => {
  await login(page, 'caseworker.110105001');
  const nextYear = new Date().getFullYear() + 1;
  const caseworker = await apiAs(request, 'caseworker.110105001');
  if (!(await caseworker.get('/api/calendar')).includes(nextYear)) {
    // Clerks and heads are told too that deadlines into next year are provisional; only administrators get the link.
    await expect(page.getByTestId('calendar-missing')).toContainText(`${nextYear} 年节假日安排尚未公布`);
    await expect(page.getByTestId('enter-calendar')).toHaveCount(0);
  }
  await expect(page.getByRole('menuitem', { name: '节假日安排' })).toHaveCount(0);
  await page.goto('/#/calendar/2026/show');
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年节假日安排');
  await expect(page.getByTestId('calendar-day').first()).toBeVisible();
  await expect(page.getByTestId('calendar-edit')).toHaveCount(0);
});
