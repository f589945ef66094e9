import { expect, test } from '@playwright/test';
import { login, navLink, snap } from './support';

test('a parent sees their child and the child’s class', async ({ page }) => {
  await login(page, 'parent1@demo.zalik.ua');
  await expect(navLink(page, 'Запрошення')).toHaveCount(0);

  await navLink(page, 'Мої діти').click();
  const child = page.getByRole('article', { name: 'Олена Бондаренко' });
  await expect(child).toBeVisible();
  await expect(child.getByText('7-А · 2026/2027')).toBeVisible();
  await expect(page.getByText('Оцінки, дедлайни й час навчання')).toBeVisible();
  await snap(page, 'children');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(child).toBeVisible();
  await snap(page, 'children-phone');
});
