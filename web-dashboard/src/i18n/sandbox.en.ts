import type { Shape } from './shape';
import type uk from './sandbox.uk';

// English strings of the Telegram sandbox page.
// The same keys as sandbox.uk.ts (the type says so).
const messages: Shape<typeof uk> = {
  sandbox: {
    title: 'Telegram sandbox',
    intro: 'Try the bot @{{bot}} without Telegram: messages take the same path as real ones. The chat refreshes every second.',
    offTitle: 'The sandbox is off',
    off: 'It runs only in the local profile (./zalik run) without TELEGRAM_BOT_TOKEN and with ZALIK_SANDBOX=true. With a token, talk to the bot in real Telegram.',
    loading: 'Loading the chat…',
    loadFailed: 'Could not load the chat',
    chatAs: 'Chat as',
    notLinkedTitle: 'This chat is not linked to an account',
    notLinked: 'The bot sees a stranger. Link the chat to “{{name}}” (as an invite would) or send /start with an invite code.',
    link: 'Link to “{{name}}”',
    linkFailed: 'Could not link the chat',
    emptyTitle: 'Nothing here yet',
    emptyHint: 'Send /start or /help to begin talking to the bot.',
    messages: 'Chat messages',
    you: 'You',
    bot: 'Bot',
    quiz: 'Quiz',
    poll: 'Poll',
    pollClosed: 'closed',
    edited: 'edited',
    notice: 'The bot answered: {{text}}',
    sendFailed: 'Could not send',
    fileTooBig: 'The file is too big for the sandbox: 700 KB at most.',
    quick: 'Quick commands',
    attach: 'File',
    message: 'Message',
    placeholder: 'Write to the bot…',
    send: 'Send',
  },
};

export default messages;
