import { describe, expect, it } from 'vitest';
import { json } from './test/fakeApi';
import { loadConfig } from './config';

describe('runtime config', () => {
  it('reads the API base and bot name from /config.json', async () => {
    const config = await loadConfig(async (url) => {
      expect(String(url)).toBe('/config.json');
      return json({ apiBase: 'https://api.zalik.example/api/', botUsername: 'ZalikStagingBot', telegramLoginBot: 'ZalikStagingBot' });
    });

    expect(config).toEqual({ apiBase: 'https://api.zalik.example/api', botUsername: 'ZalikStagingBot', telegramLoginBot: 'ZalikStagingBot' });
  });

  it('falls back to the defaults when /config.json is missing or unreachable', async () => {
    const defaults = { apiBase: '/api', botUsername: 'ZalikBot', telegramLoginBot: null };
    expect(await loadConfig(async () => new Response('not found', { status: 404 }))).toEqual(defaults);
    expect(await loadConfig(() => Promise.reject(new TypeError('offline')))).toEqual(defaults);
  });

  it('has no Telegram login when the server names no bot for it (or a name that is no bot name)', async () => {
    expect((await loadConfig(async () => json({ apiBase: '/api', botUsername: 'ZalikBot', telegramLoginBot: null }))).telegramLoginBot).toBeNull();
    expect((await loadConfig(async () => json({ telegramLoginBot: '"><script>' }))).telegramLoginBot).toBeNull();
  });
});
