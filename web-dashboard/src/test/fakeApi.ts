import type { Me, Page, SchoolClass } from '../api/types';

/** One call the page made: what a test asserts on. */
export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Handler = (call: Call) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(status: number, detail: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, detail }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

export const admin: Me = { id: 1, fullName: 'Олена Адміністратор', email: 'admin@school.ua', roles: ['ADMIN'], schoolId: 7, language: 'uk' };

export function classPage(items: SchoolClass[], total = items.length): Page<SchoolClass> {
  return { items, page: 0, size: 50, total };
}

/**
 * A stand-in for the Zalik API behind fetch: handlers keyed "METHOD /path" (path without query),
 * the CSRF endpoint sets the XSRF-TOKEN cookie as the server does, anything unknown is a 404 problem.
 */
export function fakeApi(handlers: Record<string, Handler>, csrfToken = 'csrf-token-1') {
  const calls: Call[] = [];
  const all: Record<string, Handler> = {
    'GET /api/auth/csrf': () => {
      document.cookie = `XSRF-TOKEN=${csrfToken}; path=/`;
      return json({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' });
    },
    'GET /api/auth/me': () => problem(401, 'log in first: POST /api/auth/login'),
    ...handlers,
  };
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const call: Call = {
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      headers: { ...(init.headers as Record<string, string> | undefined) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      credentials: init.credentials,
    };
    calls.push(call);
    const handler = all[`${call.method} ${url.pathname}`];
    return handler ? handler(call) : problem(404, `no ${call.method} ${url.pathname}`);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path.split('?')[0] === path) };
}
