import { expect, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'Demo-2026!';
export const SHOTS = 'e2e-screenshots';
mkdirSync(SHOTS, { recursive: true });

export const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A fresh valid resident ID (GB 11643) in the given region, so that reruns do not collide. */
export const randomResidentId = (region = '110105', sex: 'MALE' | 'FEMALE' = 'MALE') => {
  const start = Date.UTC(1950, 0, 1);
  const end = Date.UTC(2000, 11, 31);
  const birth = new Date(start + Math.floor(Math.random() * (end - start)));
  const date = birth.toISOString().slice(0, 10).replace(/-/g, '');
  let sequence = Math.floor(Math.random() * 999) + 1;
  if ((sequence % 2 === 1) !== (sex === 'MALE')) sequence = sequence === 999 ? 998 : sequence + 1;
  const first17 = region + date + String(sequence).padStart(3, '0');
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
};

export const login = async (page: Page, username: string, password = PASSWORD) => {
  await page.goto('/#/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByTestId('greeting')).toBeVisible({ timeout: 20_000 });
};

/**
 * Picks an option of a MUI select found by its label, checked and repeated: on a busy machine a click can land
 * while the list is still opening, and the list then stays open over the form.
 */
export const choose = async (page: Page, label: string | RegExp, option: string | RegExp) => {
  const combobox = page.getByRole('combobox', { name: label }).first();
  await expect(async () => {
    if (!(await page.getByRole('listbox').isVisible())) await combobox.click({ timeout: 2_000 });
    await page.getByRole('option', { name: option }).first().click({ timeout: 2_000 });
    await expect(page.getByRole('listbox')).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
};
