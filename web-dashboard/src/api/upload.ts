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
                                    onProgress: (percent: number) => void): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return send<T>(api, apiBase, 'POST', path, form, onProgress);
}

/** PUTs a file as the raw body with its own media type (an image), with the same progress and errors. */
export function putFile<T>(api: ApiClient, apiBase: string, path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return send<T>(api, apiBase, 'PUT', path, file, onProgress);
}

async function send<T>(api: ApiClient, apiBase: string, method: string, path: string, body: FormData | File,
                       onProgress: (percent: number) => void): Promise<T> {
  const csrf = await api.get<{ cookieName: string; headerName: string }>('/auth/csrf');
  const token = readCookie(csrf.cookieName);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, apiBase + path);
    if (body instanceof File) xhr.setRequestHeader('Content-Type', body.type);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader(csrf.headerName, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'Network error', 'the upload did not reach the server'));
    xhr.onload = () => {
      let body: { title?: unknown; detail?: unknown } | undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
      } else {
        reject(new ApiError(xhr.status, typeof body?.title === 'string' ? body.title : xhr.statusText,
          typeof body?.detail === 'string' ? body.detail : ''));
      }
    };
    xhr.send(body);
  });
}

/** An import refused for its content: the server's "line N: problem" lines, and the summary line above them. */
export function importProblems(detail: string): { summary: string; lines: { line: number; problem: string }[] } {
  const lines: { line: number; problem: string }[] = [];
  const other: string[] = [];
  for (const row of detail.split('\n')) {
    const match = /^\s*line (\d+): (.*)$/.exec(row);
    if (match) lines.push({ line: Number(match[1]), problem: match[2]! });
    else if (row.trim()) other.push(row.trim());
  }
  return { summary: other.join(' '), lines };
}
