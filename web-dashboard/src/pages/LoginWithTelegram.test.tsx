import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TELEGRAM_WIDGET_SRC } from '../auth/TelegramLoginButton';
import { defaultConfig } from '../config';
import { admin, classPage, fakeApi, json, problem } from '../test/fakeApi';
import { location, renderApp } from '../test/renderApp';

const withBot = { ...defaultConfig, telegramLoginBot: 'ZalikSchoolBot' };
const telegramUser = { id: 123456789, first_name: 'Олена', username: 'olena_k', auth_date: 1764000000, hash: 'ab'.repeat(32) };

function widgetScript(): HTMLScriptElement | null {
  return document.querySelector(`script[src="${TELEGRAM_WIDGET_SRC}"]`);
}

describe('log in with Telegram', () => {
  it('shows Telegram’s widget for the configured bot, calling back into the page', async () => {
    renderApp('/login', fakeApi({}).fetch, 'uk', withBot);

    expect(await screen.findByRole('group', { name: 'Увійти через Telegram' })).toBeInTheDocument();
    const script = widgetScript();
    expect(script).not.toBeNull();
    expect(script).toHaveAttribute('data-telegram-login', 'ZalikSchoolBot');
    expect(script).toHaveAttribute('data-onauth', 'zalikTelegramAuth(user)');
    expect(window.zalikTelegramAuth).toBeTypeOf('function');
  });

  it('has no widget when no bot is configured for it (the local sandbox)', async () => {
    renderApp('/login', fakeApi({}).fetch);

    expect(await screen.findByRole('button', { name: 'Увійти' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Увійти через Telegram' })).not.toBeInTheDocument();
    expect(widgetScript()).toBeNull();
    expect(window.zalikTelegramAuth).toBeUndefined();
  });

  it('sends the widget’s data to the server with the CSRF token and lands on the classes', async () => {
    let loggedIn = false;
    const api = fakeApi({
      'GET /api/auth/me': () => (loggedIn ? json(admin) : problem(401, 'log in first')),
      'POST /api/auth/telegram': () => {
        loggedIn = true;
        return json(admin);
      },
      'GET /api/classes': () => json(classPage([])),
    }, 'token-from-server');
    renderApp('/login', api.fetch, 'uk', withBot);
    await screen.findByRole('group', { name: 'Увійти через Telegram' });

    act(() => window.zalikTelegramAuth?.(telegramUser));

    expect(await screen.findByRole('heading', { name: 'Класи' })).toBeInTheDocument();
    await waitFor(() => expect(location.current).toBe('/classes'));
    const [call] = api.callsTo('POST', '/api/auth/telegram');
    expect(call?.body).toEqual(telegramUser);
    expect(call?.headers['X-XSRF-TOKEN']).toBe('token-from-server');
  });

  it('says what to do when the server refuses the Telegram account', async () => {
    const api = fakeApi({ 'POST /api/auth/telegram': () => problem(401, 'this Telegram account is not linked to Zalik') });
    renderApp('/login', api.fetch, 'en', withBot);
    await screen.findByRole('group', { name: 'Log in with Telegram' });

    act(() => window.zalikTelegramAuth?.(telegramUser));

    expect(await screen.findByRole('alert')).toHaveTextContent('the Telegram account is not linked to Zalik');
    expect(location.current).toBe('/login');
  });
});
