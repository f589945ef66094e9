import { expect, test } from '@playwright/test';
import { ApiSession, takeTest } from './results-api';
import { login, navLink, snap } from './support';

const TEST_TITLE = 'Дроби: самоперевірка';

test('a parent sees their child’s class, latest result, an upcoming deadline and this week’s study time', async ({ page }) => {
  test.setTimeout(120_000);
  // the maths teacher gives 7-А the demo test twice: Олена (student1) takes one, the other stays due in three days
  const teacher = await ApiSession.login('teacher1@demo.zalik.ua');
  const demo = (await teacher.get<{ items: { testId: number; testTitle: string; classId: number }[] }>('/api/testing/assignments?size=200'))
    .items.find((a) => a.testTitle === TEST_TITLE)!;
  const give = (days: number) => teacher.send<{ id: number }>('POST', '/api/testing/assignments',
    { testId: demo.testId, classId: demo.classId, dueAt: new Date(Date.now() + days * 86_400_000).toISOString() });
  const taken = await give(7);
  await give(3);
  const olena = await ApiSession.login('student1@demo.zalik.ua');
  await takeTest(olena, taken.id, () => true);
  // and she logs 45 minutes of maths by hand, as /spent does in the chat
  const maths = (await olena.get<{ id: number; name: string }[]>('/api/subjects')).find((s) => s.name === 'Математика')!;
  await olena.send('POST', '/api/worktime/entries', { activity: 'homework', subjectId: maths.id, minutes: 45 });
  await Promise.all([teacher, olena].map((s) => s.dispose()));

  await login(page, 'parent1@demo.zalik.ua');
  await expect(navLink(page, 'Запрошення')).toHaveCount(0);
  await navLink(page, 'Мої діти').click();
  const child = page.getByRole('article', { name: 'Олена Бондаренко' });
  await expect(child).toBeVisible();
  await expect(child.getByText('7-А · 2026/2027')).toBeVisible();

  const results = child.getByRole('region', { name: 'Останні результати' });
  await expect(results.getByText(TEST_TITLE).first()).toBeVisible();
  await expect(results.getByText(/^Оцінка \d+ з 12$/).first()).toBeVisible();
  await expect(child.getByRole('region', { name: 'Найближчі дедлайни' })).toContainText(`${TEST_TITLE} — до `);
  const time = child.getByRole('region', { name: 'Час навчання цього тижня' });
  await expect(time.getByText(/^Разом: /)).toBeVisible();
  await expect(time.getByRole('progressbar', { name: /^Математика: / })).toBeVisible();
  await snap(page, 'children');

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(child).toBeVisible();
  await snap(page, 'children-phone');
});
