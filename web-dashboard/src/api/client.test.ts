import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../test/fakeApi';
import { ApiError, createApiClient } from './client';

describe('api client', () => {
  it('fetches the CSRF cookie once and echoes it on unsafe methods only', async () => {
    const api = fakeApi({
      'GET /api/classes': () => json({ items: [] }),
      'POST /api/classes': () => json({ id: 1 }, 201),
      'DELETE /api/classes/1': () => new Response(null, { status: 204 }),
    });
    const client = createApiClient('/api', api.fetch);

    await client.get('/classes');
    expect(api.callsTo('GET', '/api/auth/csrf')).toHaveLength(0);

    expect(await client.post('/classes', { name: '5-В' })).toEqual({ id: 1 });
    expect(await client.delete('/classes/1')).toBeUndefined();

    expect(api.callsTo('GET', '/api/auth/csrf')).toHaveLength(1);
    expect(api.callsTo('GET', '/api/classes')[0]?.headers['X-XSRF-TOKEN']).toBeUndefined();
    expect(api.callsTo('POST', '/api/classes')[0]?.headers).toMatchObject({ 'X-XSRF-TOKEN': 'csrf-token-1', 'Content-Type': 'application/json' });
    expect(api.callsTo('DELETE', '/api/classes/1')[0]?.headers['X-XSRF-TOKEN']).toBe('csrf-token-1');
  });

  it('asks for problems in the page’s current language', async () => {
    const api = fakeApi({ 'GET /api/classes': () => json({ items: [] }) });
    let language = 'uk';
    const client = createApiClient('/api', api.fetch, () => language);

    await client.get('/classes');
    language = 'en';
    await client.get('/classes');

    expect(api.callsTo('GET', '/api/classes').map((call) => call.headers['Accept-Language'])).toEqual(['uk', 'en']);
  });

  it('turns a problem+json answer into an ApiError with status, title and detail', async () => {
    const api = fakeApi({ 'GET /api/classes/9': () => problem(404, 'no class 9') });
    const error = await createApiClient('/api', api.fetch).get('/classes/9').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, title: 'Problem', detail: 'no class 9' });
  });

  it('reports a failed fetch as status 0', async () => {
    const failing = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await createApiClient('/api', failing).get('/classes').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 0 });
  });

  it('fetches a fresh token and tries once more when the server refuses the CSRF token', async () => {
    let token = 'old';
    let attempts = 0;
    const api = fakeApi({
      'GET /api/auth/csrf': () => {
        document.cookie = `XSRF-TOKEN=${token}; path=/`;
        return json({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' });
      },
      'POST /api/auth/logout': (call) => {
        attempts++;
        return call.headers['X-XSRF-TOKEN'] === 'new'
          ? new Response(null, { status: 204 })
          : problem(403, 'missing or wrong CSRF token: send the XSRF-TOKEN cookie\'s value as X-XSRF-TOKEN');
      },
    });
    const client = createApiClient('/api', api.fetch);
    await client.post('/auth/csrf-warmup').catch(() => undefined); // any unsafe call: the client now holds 'old'
    token = 'new';

    await client.post('/auth/logout');

    expect(attempts).toBe(2);
  });

  it('does not repeat a request refused for another reason', async () => {
    const api = fakeApi({ 'POST /api/classes': () => problem(403, 'only admins create classes') });
    const error = await createApiClient('/api', api.fetch).post('/classes', {}).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 403, detail: 'only admins create classes' });
    expect(api.callsTo('POST', '/api/classes')).toHaveLength(1);
  });
});
