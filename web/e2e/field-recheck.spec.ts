import { expect, test } from '@playwright/test';
import { login, shot } from './helpers';

test('a county approver sees the share of this month\'s 特困 cases re-checked in the field', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, 'approver.110105');
  await page.goto('/#/');
  const note = page.getByTestId('field-recheck-share');
  await expect(note).toContainText('本月特困入户抽查');
  await expect(note).toContainText('不低于 30%');
  const box = await note.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(1366);
  await shot(page, 'field-recheck-share');
});

test('a street caseworker does not see the county\'s re-check share', async ({ page }) => {
  await login(page, 'caseworker.110105001');
  await page.goto('/#/');
  await expect(page.getByTestId('greeting')).toBeVisible();
  await expect(page.getByTestId('field-recheck-share')).toHaveCount(0);
});
