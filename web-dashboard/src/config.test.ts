import { describe, expect, it } from 'vitest';
import { json } from './test/fakeApi';
import { loadConfig } from './config';

describe('runtime config', () => {
  it('reads the API base and bot name from /config.json', async () => {
    const config = await loadConfig(async (url) => {
      expect(String(url)).toBe('/config.json');
      return json({ apiBase: 'https://api.zalik.example/api/', botUsername: 'ZalikStagingBot' });
    });

    expect(config).toEqual({ apiBase: 'https://api.zalik.example/api', botUsername: 'ZalikStagingBot' });
  });

  it('falls back to the defaults when /config.json is missing or unreachable', async () => {
    expect(await loadConfig(async () => new Response('not found', { status: 404 }))).toEqual({ apiBase: '/api', botUsername: 'ZalikBot' });
    expect(await loadConfig(() => Promise.reject(new TypeError('offline')))).toEqual({ apiBase: '/api', botUsername: 'ZalikBot' });
  });
});
