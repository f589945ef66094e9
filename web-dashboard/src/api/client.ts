/** An RFC 9457 problem as the API answers it, plus what went wrong on the way (network: status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** Seconds from Retry-After, when the server sent one. */
  readonly retryAfter: number | undefined;

  constructor(status: number, title: string, detail: string, retryAfter?: number) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.retryAfter = retryAfter;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface CsrfInfo {
  cookieName: string;
  headerName: string;
}

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  delete<T>(path: string, body?: unknown): Promise<T>;
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      return decodeURIComponent(value.join('='));
    }
  }
  return undefined;
}

async function toError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as { title?: unknown; detail?: unknown };
      return new ApiError(response.status,
        typeof problem.title === 'string' ? problem.title : response.statusText,
        typeof problem.detail === 'string' ? problem.detail : '', seconds);
    } catch {
      // not JSON after all: fall through to the status line
    }
  }
  return new ApiError(response.status, response.statusText, '', seconds);
}

/**
 * fetch against the Zalik API: same-origin cookies (the session is HttpOnly), the SPA CSRF pattern
 * (GET /auth/csrf sets the XSRF-TOKEN cookie, unsafe methods echo it as X-XSRF-TOKEN),
 * problem+json errors thrown as ApiError, and the page's language as Accept-Language (the server words its problems in it).
 */
export function createApiClient(apiBase: string, fetchFn: typeof fetch = (...args) => fetch(...args),
  language?: () => string): ApiClient {
  let csrf: CsrfInfo | undefined;

  async function send(method: string, path: string, body: unknown): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (language) {
      headers['Accept-Language'] = language();
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (UNSAFE.has(method)) {
      const info = await csrfInfo();
      const token = readCookie(info.cookieName);
      if (token) {
        headers[info.headerName] = token;
      }
    }
    try {
      return await fetchFn(apiBase + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, 'Network error', e instanceof Error ? e.message : String(e));
    }
  }

  async function csrfInfo(refresh = false): Promise<CsrfInfo> {
    if (csrf && !refresh && readCookie(csrf.cookieName)) {
      return csrf;
    }
    const response = await send('GET', '/auth/csrf', undefined);
    if (!response.ok) {
      throw await toError(response);
    }
    csrf = (await response.json()) as CsrfInfo;
    return csrf;
  }

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response = await send(method, path, body);
    if (response.status === 403 && UNSAFE.has(method)) {
      const error = await toError(response);
      if (!error.detail.includes('CSRF')) {
        throw error;
      }
      // the token rotated or its cookie is gone (another tab, an expired cookie): fetch a fresh one, try once more
      await csrfInfo(true);
      response = await send(method, path, body);
    }
    if (!response.ok) {
      throw await toError(response);
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path, body) => request('DELETE', path, body),
  };
}
