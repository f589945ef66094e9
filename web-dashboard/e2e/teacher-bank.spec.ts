import { expect, test } from '@playwright/test';
import { login, navLink, snap } from './support';

const GIFT = (tag: string) => [
  `// questions of the teacher e2e test ${tag}`,
  `::Сума ${tag}::Скільки буде 2 + 2? {=4 ~3 ~5}`,
  '',
  `::Столиця ${tag}::Київ — столиця України. {T}`,
  '',
].join('\n');

test('a teacher imports a GIFT file, builds a test from it and assigns it to a class', async ({ page }) => {
  const tag = Date.now().toString(36).slice(-4).toUpperCase();
  const category = `Е2Е ${tag}`;
  await login(page, 'teacher1@demo.zalik.ua');
  for (const item of ['Банк питань', 'Імпорт питань', 'Тести', 'Завдання']) {
    await expect(navLink(page, item)).toBeVisible();
  }
  await expect(navLink(page, 'Імпорт учнів')).toHaveCount(0);

  // a category of its own
  await navLink(page, 'Банк питань').click();
  await expect(page.getByRole('heading', { name: 'Банк питань' })).toBeVisible();
  await page.getByLabel('Назва категорії').fill(category);
  await page.getByRole('button', { name: 'Створити категорію' }).click();
  await expect(page.getByText('У цій категорії ще немає питань')).toBeVisible();

  // a broken file first: nothing is imported and the problem's line is named
  await page.getByRole('link', { name: 'Імпорт і експорт' }).click();
  await expect(page.getByRole('heading', { name: 'Імпорт і експорт питань' })).toBeVisible();
  await expect(page.getByLabel('Категорія для питань')).toHaveValue(/\d+/);
  await page.getByLabel('Файл з питаннями').setInputFiles({
    name: 'broken.gift', mimeType: 'text/plain',
    buffer: Buffer.from(GIFT(tag) + '\n::Без відповідей::Питання без фігурних дужок\n'),
  });
  await page.getByRole('button', { name: 'Імпортувати' }).click();
  const problems = page.getByRole('table', { name: 'Помилки у файлі' });
  await expect(problems.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('6');
  await expect(problems.getByRole('row')).toHaveCount(2);
  await snap(page, 'question-import-errors');

  await page.getByLabel('Файл з питаннями').setInputFiles({ name: 'questions.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT(tag)) });
  await page.getByRole('button', { name: 'Імпортувати' }).click();
  await expect(page.getByText('Імпортовано питань: 2')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Перебіг завантаження' })).toHaveAttribute('aria-valuenow', '100');
  await expect(page.getByRole('link', { name: 'Завантажити файл' })).toHaveAttribute('href', /\/export\?format=gift$/);
  await snap(page, 'question-import');

  // the bank shows them; the editor shows one as a student would see it
  await page.getByRole('link', { name: 'Переглянути їх у банку' }).click();
  const questions = page.getByRole('table', { name: /^Питання категорії/ });
  await expect(questions.getByRole('link', { name: `Сума ${tag}` })).toBeVisible();
  await expect(questions.getByText('Правда чи неправда')).toBeVisible();
  await snap(page, 'bank');
  await questions.getByRole('link', { name: `Сума ${tag}` }).click();
  await expect(page.getByRole('heading', { name: 'Редагування питання' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Так питання бачить учень' }).getByRole('radio', { name: '4' })).toBeVisible();
  await snap(page, 'question-editor');

  // a test of both questions
  await navLink(page, 'Тести').click();
  await page.getByRole('link', { name: 'Створити тест' }).click();
  await page.getByLabel('Назва тесту').fill(`Контрольна ${tag}`);
  await page.getByLabel('З категорії').selectOption({ label: category });
  await page.getByRole('button', { name: 'Додати всі (2)' }).click();
  await expect(page.getByRole('article', { name: 'Слот 2' })).toBeVisible();
  await page.getByLabel('Обмеження часу, хв').fill('15');
  await page.getByLabel('Коли').selectOption({ label: 'Після закриття завдання' });
  await page.getByRole('button', { name: 'Створити тест' }).click();
  await expect(page.getByText('Тест створено. Тепер його можна призначити класу.')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Слот 1' })).toContainText(`Сума ${tag}`);
  await snap(page, 'test-builder');

  // given to 7-А, due in a week (the form's default)
  await page.getByRole('link', { name: 'Призначити класу' }).click();
  await expect(page.getByRole('heading', { name: 'Завдання класам' })).toBeVisible();
  await expect(page.getByLabel('Тест', { exact: true })).toHaveValue(/\d+/);
  await page.getByLabel('Клас', { exact: true }).selectOption({ label: '7-А' });
  await snap(page, 'assignments');
  await page.getByRole('button', { name: 'Призначити', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Завдання: Контрольна ${tag}` })).toBeVisible();
  await expect(page.getByText(/^Здали 0 з \d+$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Перебіг за учнями' }).getByText('Не розпочато').first()).toBeVisible();
  await snap(page, 'assignment-progress');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByText(/^Здали 0 з \d+$/)).toBeVisible();
  await snap(page, 'assignment-progress-phone');

  await page.goto('/assignments');
  await expect(page.getByRole('table', { name: 'Призначені тести' }).getByRole('link', { name: `Контрольна ${tag}` })).toBeVisible();
});
