import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { admin, fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import type { Chat, ChatEntry, Identity } from './types';

const student: Me = { ...admin, id: 41, fullName: 'Олена Бондаренко', roles: ['STUDENT'] };
const identity: Identity = { accountId: 41, fullName: student.fullName, roles: ['STUDENT'], chatId: 7_000_000_000_041, linked: false };
const bot = (messageId: number, html: string, extra: Partial<ChatEntry> = {}): ChatEntry => ({
  key: `b${messageId}`, from: 'bot', messageId, kind: 'TEXT', text: html.replace(/<[^>]+>/g, ''), html, buttons: [], poll: null, fileName: null, edits: 0, ...extra,
});

describe('Telegram sandbox', () => {
  it('links the chat, sends text, presses buttons and answers polls, showing the bot’s HTML safely', async () => {
    let linked = false;
    const messages: ChatEntry[] = [];
    const api = fakeApi({
      'GET /api/auth/me': () => json(student),
      'GET /api/sandbox': () => json({ botUsername: 'ZalikBot' }),
      'GET /api/sandbox/identities': () => json([{ ...identity, linked }]),
      'GET /api/sandbox/chats/41': () => json({ identity: { ...identity, linked }, messages, notice: null } satisfies Chat),
      'POST /api/sandbox/chats/41/link': () => {
        linked = true;
        return json({ ...identity, linked });
      },
      'POST /api/sandbox/chats/41/messages': (call) => {
        messages.push({ ...bot(0, ''), key: 'u1', from: 'user', html: null, text: (call.body as { text: string }).text });
        messages.push(bot(2, '<b>Олена</b> <script>alert(1)</script>', {
          buttons: [[{ text: 'English', callbackData: 'tok123', url: null }]],
        }));
        messages.push(bot(3, '', { kind: 'POLL', poll: { question: '2+2?', options: ['3', '4'], quiz: true, closed: false, chosen: [] } }));
        return new Response(null, { status: 202 });
      },
      'POST /api/sandbox/chats/41/presses': () => new Response(null, { status: 202 }),
      'POST /api/sandbox/chats/41/poll-answers': () => problem(400, 'the poll has options 0 to 1'),
    });
    const { user } = renderApp('/sandbox', api.fetch, 'en');

    expect(await screen.findByText('Nothing here yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Telegram sandbox' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Link to “${student.fullName}”` }));
    await screen.findByRole('textbox', { name: 'Message' });
    await waitFor(() => expect(screen.queryByText('This chat is not linked to an account')).toBeNull());
    expect(api.callsTo('POST', '/api/sandbox/chats/41/link')).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), '/me');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const list = await screen.findByRole('list', { name: 'Chat messages' });
    expect(api.callsTo('POST', '/api/sandbox/chats/41/messages')[0]?.body).toEqual({ text: '/me' });
    const reply = await within(list).findByText('Олена');
    expect(reply.tagName).toBe('STRONG');
    expect(list.querySelector('script')).toBeNull();
    expect(list).toHaveTextContent('<script>alert(1)</script>');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');

    await user.click(within(list).getByRole('button', { name: 'English' }));
    expect(api.callsTo('POST', '/api/sandbox/chats/41/presses')[0]?.body).toEqual({ messageId: 2, callbackData: 'tok123' });

    await user.click(within(list).getByRole('button', { name: '4' }));
    expect(api.callsTo('POST', '/api/sandbox/chats/41/poll-answers')[0]?.body).toEqual({ messageId: 3, optionIds: [1] });
    expect(await screen.findByRole('alert')).toHaveTextContent('the poll has options 0 to 1');
  });

  it('explains how to turn the sandbox on when the server runs without it', async () => {
    const api = fakeApi({ 'GET /api/auth/me': () => json(student) });
    renderApp('/sandbox', api.fetch, 'en');

    expect(await screen.findByText('The sandbox is off')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Telegram sandbox' })).toBeNull();
  });
});
