import { expect, test } from '@playwright/test';
import { login, navLink, snap } from './support';

test('the demo student chats with the bot in the Telegram sandbox and takes a test there', async ({ page }) => {
  await login(page, 'student1@demo.zalik.ua');
  await navLink(page, 'Telegram-пісочниця').click();
  await expect(page.getByRole('heading', { name: 'Telegram-пісочниця' })).toBeVisible();

  await page.getByRole('button', { name: 'Пов’язати з «Олена Бондаренко»' }).click();
  await expect(page.getByText('Чат не пов’язаний з обліковим записом')).toHaveCount(0);

  const chat = page.getByRole('list', { name: 'Повідомлення чату' });
  const message = page.getByRole('textbox', { name: 'Повідомлення' });
  const send = async (text: string) => {
    await message.fill(text);
    await page.getByRole('button', { name: 'Надіслати', exact: true }).click();
    await expect(message).toHaveValue('');
  };

  await send('/start');
  await expect(chat.getByRole('listitem', { name: 'Бот' }).filter({ hasText: 'Олена' }).first()).toBeVisible();

  await send('/help');
  await expect(chat.getByRole('listitem', { name: 'Бот' }).filter({ hasText: '/me' }).last()).toBeVisible();

  await send('/me');
  const about = chat.getByRole('listitem', { name: 'Бот' }).filter({ hasText: '7-А' }).last();
  await expect(about.locator('strong', { hasText: 'Олена Бондаренко' })).toBeVisible();

  await send('/lang');
  await chat.getByRole('button', { name: 'English' }).last().click();
  await expect(chat.getByText('Language changed: English.')).toBeVisible();
  await send('/me');
  await expect(chat.getByRole('listitem', { name: 'Бот' }).filter({ hasText: 'Language: English' })).toBeVisible();
  await snap(page, 'sandbox');

  // the student takes the demo test in the sandbox: opens it, hands it in from the first question, sees the result
  await send('/tests');
  await chat.getByRole('button', { name: /^(▶|⏯ Continue:) Дроби: самоперевірка/ }).first().click();
  await expect(chat.getByRole('listitem', { name: 'Бот' }).filter({ hasText: /Question \d+/ }).last()).toBeVisible();
  await chat.getByRole('button', { name: '🏁 Finish' }).last().click();
  await expect(chat.getByText('Submit the test?').last()).toBeVisible();
  await chat.getByRole('button', { name: '✅ Submit' }).last().click();
  await expect(chat.getByText('Test submitted.').last()).toBeVisible();
  await snap(page, 'sandbox-test');
});
