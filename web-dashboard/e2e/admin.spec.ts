import { expect, test } from '@playwright/test';
import { login, navLink, snap } from './support';

test('the demo admin creates a class and an invite, then imports students from CSV with one bad row', async ({ page }) => {
  const tag = Date.now().toString(36).slice(-4).toUpperCase();
  const className = `9-${tag}`;
  await login(page, 'admin@demo.zalik.ua');

  await expect(page.getByRole('heading', { name: 'Класи' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '7-А' })).toBeVisible();
  for (const item of ['Школа', 'Користувачі', 'Імпорт учнів', 'Запрошення', 'Telegram-пісочниця']) {
    await expect(navLink(page, item)).toBeVisible();
  }
  await snap(page, 'classes');

  await page.getByRole('button', { name: 'Додати клас' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Клас', { exact: false }).first().fill(className);
  await dialog.getByLabel('Рік навчання').fill('9');
  await dialog.getByRole('button', { name: 'Створити клас' }).click();
  await expect(page.getByRole('heading', { name: `Клас ${className}` })).toBeVisible();
  await expect(page.getByText('У класі ще немає учнів')).toBeVisible();
  await snap(page, 'class');

  await navLink(page, 'Запрошення').click();
  await expect(page.getByRole('heading', { name: 'Запрошення', exact: true })).toBeVisible();
  await page.getByLabel('Клас').selectOption({ label: className });
  await page.getByRole('button', { name: 'Створити запрошення' }).click();
  const created = page.getByRole('status').filter({ hasText: 'Запрошення створено' });
  const card = created.getByRole('article');
  await expect(card.getByRole('link', { name: /^https:\/\/t\.me\/ZalikBot\?start=/ })).toBeVisible();
  await expect(card.getByRole('img', { name: /QR-код запрошення/ })).toBeVisible();
  await expect(card.getByText(`Учень · ${className}`)).toBeVisible();
  await snap(page, 'invites');

  await navLink(page, 'Імпорт учнів').click();
  await page.getByLabel('Рядки CSV').fill([
    'fullName,email,class',
    `Ірина Е2Е ${tag},iryna.${tag.toLowerCase()}@example.com,${className}`,
    `Марко Е2Е ${tag},marko@,${className}`,
    `Тарас Е2Е ${tag},,7-А`,
  ].join('\n'));
  await expect(page.getByText('Готові до імпорту: 2, з помилками: 1')).toBeVisible();
  const bad = page.getByRole('row').filter({ hasText: `Марко Е2Е ${tag}` });
  await expect(bad).toContainText('«marko@» не схоже на електронну пошту');
  await expect(bad).toContainText('Пропущено');
  await snap(page, 'import-preview');
  await page.getByRole('button', { name: 'Імпортувати рядків: 2' }).click();
  await expect(page.getByText('Створено 2, не вдалося 0 з 2')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Перебіг імпорту' })).toHaveAttribute('aria-valuenow', '100');
  await snap(page, 'import-done');

  await page.goto('/classes');
  await page.getByRole('link', { name: className }).click();
  await expect(page.getByRole('rowheader', { name: `Ірина Е2Е ${tag}` })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Марко Е2Е ${tag}` })).toHaveCount(0);

  for (const [item, heading, file] of [
    ['Школа', 'Налаштування школи', 'school'],
    ['Користувачі', 'Користувачі', 'users'],
    ['Предмети', 'Предмети', 'subjects'],
    ['Хто що викладає', 'Хто що викладає', 'teaching'],
    ['Семестри', 'Семестри', 'terms'],
    ['Батьки й діти', 'Батьки й діти', 'guardians'],
  ] as const) {
    await navLink(page, item).click();
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
    await snap(page, file);
  }
});
