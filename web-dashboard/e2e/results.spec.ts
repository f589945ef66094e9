import { expect, test, type Download } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ApiSession, takeTest } from './results-api';
import { login, navLink, snap } from './support';

const TEST_TITLE = 'Дроби: самоперевірка';

async function expectXlsx(download: Download) {
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = readFileSync((await download.path())!);
  // an XLSX is a zip whose first entry is a local file header: "PK\3\4"
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBeTruthy();
}

test('after attempts made through the API, a teacher grades the essays, sees the gradebook and item analysis, and exports XLSX', async ({ page }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36).slice(-4);

  // the admin adds three students with logins to 7-А; the teacher gives 7-А the demo test again, so they are recipients
  const admin = await ApiSession.login('admin@demo.zalik.ua');
  const seventh = (await admin.get<{ items: { id: number; name: string }[] }>('/api/classes?size=200')).items.find((c) => c.name === '7-А')!;
  const emails = ['1', '2', '3'].map((n) => `e2e.${tag}.${n}@example.com`);
  for (const [i, email] of emails.entries()) {
    const account = await admin.send<{ id: number }>('POST', '/api/users',
      { fullName: `Учень Е2Е ${tag} ${i + 1}`, email, password: 'e2e-password', roles: ['STUDENT'], language: 'uk' });
    await admin.send('POST', `/api/classes/${seventh.id}/students`, { studentId: account.id });
  }
  const teacher = await ApiSession.login('teacher1@demo.zalik.ua');
  const demo = (await teacher.get<{ items: { id: number; testId: number; testTitle: string }[] }>('/api/testing/assignments?size=200'))
    .items.find((a) => a.testTitle === TEST_TITLE)!;
  const assignment = await teacher.send<{ id: number }>('POST', '/api/testing/assignments',
    { testId: demo.testId, classId: seventh.id, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });

  // four students: from all right to mostly wrong, each with an essay for the teacher
  const students = [await ApiSession.login('student1@demo.zalik.ua'), ...await Promise.all(emails.map((e) => ApiSession.login(e, 'e2e-password')))];
  for (const [i, student] of students.entries()) {
    await takeTest(student, assignment.id, (slot) => slot < 8 - i * 2);
  }
  await Promise.all([admin, teacher, ...students].map((s) => s.dispose()));

  await login(page, 'teacher1@demo.zalik.ua');
  for (const item of ['Журнал оцінок', 'Перевірка відповідей', 'Аналіз питань', 'Час навчання', 'Нотатки']) {
    await expect(navLink(page, item)).toBeVisible();
  }

  // the grading queue: four essays, graded one after another
  await navLink(page, 'Перевірка відповідей').click();
  await page.goto(`/grading?assignment=${assignment.id}`);
  const current = page.getByRole('region', { name: 'Відповідь на перевірку' });
  await expect(current.getByText('Відповідь 1 з 4')).toBeVisible();
  await current.getByRole('button', { name: 'Зберегти й далі' }).click();
  await expect(current.getByText('Поставте бали')).toBeVisible();
  await snap(page, 'grading');
  for (let left = 4; left >= 1; left--) {
    await expect(current.getByText(`Відповідь 1 з ${left}`)).toBeVisible();
    await current.getByLabel(/Бали/).fill(left % 2 === 0 ? '1' : '0');
    await current.getByLabel('Коментар для учня').fill(`Коментар ${left}`);
    await current.getByRole('button', { name: left > 1 ? 'Зберегти й далі' : 'Зберегти оцінку' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Оцінку збережено' })).toBeVisible();
  }
  await expect(page.getByText('Немає відповідей на перевірку')).toBeVisible();

  // the gradebook of 7-А: everyone who answered has a grade; the class table and the per-question results download as XLSX
  await navLink(page, 'Журнал оцінок').click();
  await expect(page.getByRole('heading', { name: 'Журнал оцінок' })).toBeVisible();
  await page.getByLabel('Клас').selectOption({ label: (await page.getByLabel('Клас').locator('option', { hasText: '7-А' }).textContent())! });
  const olena = page.getByRole('row', { name: /Олена Бондаренко/ });
  await expect(olena.getByRole('link', { name: 'Спроба: Олена Бондаренко' }).last()).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Учень Е2Е ${tag} 3`) }).getByText(/з \d+/)).toBeVisible();
  await snap(page, 'gradebook');

  const classFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Завантажити XLSX' }).click();
  await expectXlsx(await classFile);
  const questionsFile = page.waitForEvent('download');
  await page.getByRole('link', { name: `Результати «${TEST_TITLE}» за питаннями, XLSX` }).last().click();
  await expectXlsx(await questionsFile);

  // one attempt's review
  await olena.getByRole('link', { name: 'Спроба: Олена Бондаренко' }).last().click();
  await expect(page.getByRole('heading', { name: /Олена Бондаренко: спроба/ })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Питання 1' })).toBeVisible();
  await snap(page, 'review');

  // item analysis of the new assignment: charts with a bar per question, the table, the histogram
  await page.goto(`/analysis/${assignment.id}`);
  await expect(page.getByRole('heading', { name: `Аналіз питань: ${TEST_TITLE}` })).toBeVisible();
  await expect(page.getByRole('cell', { name: '4' }).first()).toBeVisible();
  const facility = page.getByRole('figure', { name: 'Легкість питань' });
  await expect(facility.locator('.recharts-bar-rectangle').first()).toBeAttached();
  await expect(page.getByRole('figure', { name: 'Розподіл результатів' }).locator('.recharts-bar-rectangle').first()).toBeAttached();
  await expect(page.getByRole('table', { name: 'Статистика кожного питання' }).getByRole('row')).toHaveCount(9);
  await snap(page, 'analysis');

  await navLink(page, 'Час навчання').click();
  await expect(page.getByRole('heading', { name: 'Час навчання класу' })).toBeVisible();
  await expect(page.getByText('Цього тижня час навчання не записано').or(page.getByRole('figure'))).toBeVisible();
  await snap(page, 'study-time');

  await navLink(page, 'Нотатки').click();
  await page.getByLabel(/^Текст/).fill(`Контрольна з дробів у п’ятницю #e2e${tag}`);
  await page.getByLabel('Увесь клас').check();
  await page.getByLabel('Клас', { exact: true }).selectOption({ label: '7-А' });
  await page.getByRole('button', { name: 'Зберегти нотатку' }).click();
  await expect(page.getByRole('article', { name: new RegExp(`Контрольна з дробів у п’ятницю #e2e${tag}`) })).toContainText('Для класу 7-А');
  await snap(page, 'notes');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/analysis/${assignment.id}`);
  await expect(page.getByRole('figure', { name: 'Легкість питань' })).toBeVisible();
  await snap(page, 'analysis-phone');
  await page.goto('/gradebook');
  await expect(page.getByRole('row', { name: /Олена Бондаренко/ })).toBeVisible();
  await snap(page, 'gradebook-phone');
});
