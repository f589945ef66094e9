import type { Role } from '../api/types';

export interface Identity {
  accountId: number;
  fullName: string;
  roles: Role[];
  chatId: number;
  linked: boolean;
}

export interface ChatButton {
  text: string;
  callbackData: string | null;
  url: string | null;
}

export interface ChatPoll {
  question: string;
  options: string[];
  quiz: boolean;
  closed: boolean;
  chosen: number[];
}

/** One bubble: the bot's (Telegram HTML, buttons, poll) or the user's (plain text or a file). */
export interface ChatEntry {
  key: string;
  from: 'bot' | 'user';
  messageId: number;
  kind: 'TEXT' | 'POLL' | 'DOCUMENT' | 'PHOTO';
  text: string | null;
  html: string | null;
  buttons: ChatButton[][];
  poll: ChatPoll | null;
  fileName: string | null;
  edits: number;
}

export interface Chat {
  identity: Identity;
  messages: ChatEntry[];
  notice: string | null;
}
