import { expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';

export const PASSWORD = 'zalik-demo';

/** Logs in through the login page (Ukrainian, the default language). */
export async function login(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Електронна пошта').fill(email);
  await page.getByLabel('Пароль').fill(PASSWORD);
  await page.getByRole('button', { name: 'Увійти' }).click();
  await expect(page.getByRole('button', { name: 'Вийти' })).toBeVisible();
}

/** A full-page screenshot kept as a build artifact under target/e2e/screenshots. */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: resolve(import.meta.dirname, '../target/e2e/screenshots', `${name}.png`), fullPage: true });
}

export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Головне меню' }).getByRole('link', { name });
}
