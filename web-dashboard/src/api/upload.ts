import type { ApiClient } from './client';
import { ApiError } from './client';

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * POSTs a file as multipart form data (part "file") with the session cookie and the CSRF header, reporting the upload's
 * progress 0..100: XMLHttpRequest, because fetch cannot tell how much of a body is sent. Errors are ApiErrors as the
 * client throws them (problem+json detail kept whole).
 */
export async function uploadFile<T>(api: ApiClient, apiBase: string, path: string, file: File,
                                    onProgress: (percent: number) => void, language?: string): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return send<T>(api, apiBase, 'POST', path, form, onProgress, language);
}

/** A problem+json that names lines of the uploaded file ({@code problems}: [{line, text}], in the page's language). */
export class FileProblemsError extends ApiError {
  readonly lines: { line: number; problem: string }[];

  constructor(status: number, title: string, detail: string, lines: { line: number; problem: string }[]) {
    super(status, title, detail);
    this.lines = lines;
  }
}

function fileProblems(body: { problems?: unknown } | undefined): { line: number; problem: string }[] | undefined {
  if (!Array.isArray(body?.problems)) return undefined;
  return body.problems
    .filter((p): p is { line: number; text: string } => typeof p?.line === 'number' && typeof p?.text === 'string')
    .map((p) => ({ line: p.line, problem: p.text }));
}

/** PUTs a file as the raw body with its own media type (an image), with the same progress and errors. */
export function putFile<T>(api: ApiClient, apiBase: string, path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return send<T>(api, apiBase, 'PUT', path, file, onProgress);
}

async function send<T>(api: ApiClient, apiBase: string, method: string, path: string, body: FormData | File,
                       onProgress: (percent: number) => void, language?: string): Promise<T> {
  const csrf = await api.get<{ cookieName: string; headerName: string }>('/auth/csrf');
  const token = readCookie(csrf.cookieName);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, apiBase + path);
    if (body instanceof File) xhr.setRequestHeader('Content-Type', body.type);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader(csrf.headerName, token);
    if (language) xhr.setRequestHeader('Accept-Language', language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'Network error', 'the upload did not reach the server'));
    xhr.onload = () => {
      let body: { title?: unknown; detail?: unknown; problems?: unknown } | undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
      } else {
        const title = typeof body?.title === 'string' ? body.title : xhr.statusText;
        const detail = typeof body?.detail === 'string' ? body.detail : '';
        const lines = fileProblems(body);
        reject(lines ? new FileProblemsError(xhr.status, title, detail, lines) : new ApiError(xhr.status, title, detail));
      }
    };
    xhr.send(body);
  });
}

/**
 * An import refused for its content: the lines the server names (its problems member, else the detail's "line N: problem"
 * or "рядок N: ..." lines), and the summary line above them.
 */
export function importProblems(error: ApiError): { summary: string; lines: { line: number; problem: string }[] } {
  const lines: { line: number; problem: string }[] = [];
  const other: string[] = [];
  for (const row of error.detail.split('\n')) {
    const match = /^\s*(?:line|рядок) (\d+): (.*)$/.exec(row);
    if (match) lines.push({ line: Number(match[1]), problem: match[2]! });
    else if (row.trim()) other.push(row.trim());
  }
  return { summary: other.join(' '), lines: error instanceof FileProblemsError ? error.lines : lines };
}
