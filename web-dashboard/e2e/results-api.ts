import { expect, request, type APIRequestContext } from '@playwright/test';
import { PASSWORD } from './support';

/** A logged-in API session of one demo account, as the dashboard's client talks to the server (cookie + CSRF header). */
export class ApiSession {
  private constructor(private readonly http: APIRequestContext) {}

  static async login(email: string, password = PASSWORD): Promise<ApiSession> {
    const session = new ApiSession(await request.newContext({ baseURL: process.env.ZALIK_E2E_URL }));
    await session.send('POST', '/api/auth/login', { email, password });
    return session;
  }

  private async csrf(): Promise<Record<string, string>> {
    const answer = await this.http.get('/api/auth/csrf');
    expect(answer.ok()).toBeTruthy();
    const { cookieName, headerName } = (await answer.json()) as { cookieName: string; headerName: string };
    const cookie = (await this.http.storageState()).cookies.find((c) => c.name === cookieName);
    return cookie ? { [headerName]: cookie.value } : {};
  }

  async get<T>(path: string): Promise<T> {
    const answer = await this.http.get(path);
    expect(answer.ok(), `GET ${path}: ${answer.status()} ${await answer.text()}`).toBeTruthy();
    return (await answer.json()) as T;
  }

  async send<T>(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
    const answer = await this.http.fetch(path, { method, headers: await this.csrf(), data: body });
    expect(answer.ok(), `${method} ${path}: ${answer.status()} ${await answer.text()}`).toBeTruthy();
    const text = await answer.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  dispose() {
    return this.http.dispose();
  }
}

interface QuestionView {
  slot: number;
  text: string;
  type: string;
  options: string[] | null;
  prompts: string[] | null;
}

const value = (fraction: string) => {
  const [a, b] = fraction.split('/').map(Number);
  return a! / b!;
};

/** The demo test's answers (DemoQuizzes): right ones while {@code right} holds for the question's slot, else wrong ones. */
function answerTo(q: QuestionView, right: boolean): unknown {
  const options = q.options ?? [];
  switch (q.type) {
    case 'SINGLE_CHOICE': return { kind: 'choices', chosen: [options.indexOf(right ? '3/4' : '2/6')] };
    case 'MULTIPLE_CHOICE': return { kind: 'choices', chosen: right ? [options.indexOf('2/4'), options.indexOf('5/10')] : [options.indexOf('2/3')] };
    case 'TRUE_FALSE': return { kind: 'true_false', value: right };
    case 'SHORT_ANSWER': return { kind: 'text', text: right ? 'знаменник' : 'чисельник' };
    case 'NUMERIC': return { kind: 'text', text: right ? '0,75' : '0,34' };
    case 'MATCHING': {
      const decimals: Record<string, string> = { '1/2': '0,5', '1/4': '0,25', '1/5': '0,2' };
      return { kind: 'matches', answerForPrompt: (q.prompts ?? []).map((p) => options.indexOf(right ? decimals[p]! : '0,3')) };
    }
    case 'ORDERING': {
      const sorted = [...options].sort((x, y) => (right ? value(x) - value(y) : value(y) - value(x)));
      return { kind: 'order', items: sorted.map((o) => options.indexOf(o)) };
    }
    default: return { kind: 'text', text: right ? 'Щоб додавати однакові частини.' : 'Не знаю.' };
  }
}

/** A student starts the assignment, answers (right where {@code right(slot)}) and submits; the attempt's id. */
export async function takeTest(student: ApiSession, assignmentId: number, right: (slot: number) => boolean): Promise<number> {
  const attempt = await student.send<{ id: number; questions: QuestionView[] }>('POST', `/api/testing/assignments/${assignmentId}/attempts`);
  for (const question of attempt.questions) {
    await student.send('PUT', `/api/testing/attempts/${attempt.id}/answers/${question.slot}`, answerTo(question, right(question.slot)));
  }
  await student.send('POST', `/api/testing/attempts/${attempt.id}/submit`);
  return attempt.id;
}
