// Ukrainian (the default) strings of the Telegram sandbox page.
// sandbox.en.ts has exactly the same keys (i18n.test.ts checks); AppRoutes names the routes that load it (index.ts tells how).
const messages = {
  sandbox: {
    title: 'Telegram-пісочниця',
    intro: 'Спробуйте бота @{{bot}} без Telegram: повідомлення проходять той самий шлях, що й справжні. Чат оновлюється щосекунди.',
    offTitle: 'Пісочниця вимкнена',
    off: 'Вона працює лише в локальному профілі (./zalik run) без TELEGRAM_BOT_TOKEN і з ZALIK_SANDBOX=true. З токеном говоріть із ботом у справжньому Telegram.',
    loading: 'Завантажуємо чат…',
    loadFailed: 'Не вдалося завантажити чат',
    chatAs: 'Писати як',
    notLinkedTitle: 'Чат не пов’язаний з обліковим записом',
    notLinked: 'Бот бачить незнайомця. Пов’яжіть чат із записом «{{name}}» (як це робить запрошення) або надішліть /start з кодом запрошення.',
    link: 'Пов’язати з «{{name}}»',
    linkFailed: 'Не вдалося пов’язати чат',
    emptyTitle: 'Тут поки порожньо',
    emptyHint: 'Надішліть /start або /help, щоб почати розмову з ботом.',
    messages: 'Повідомлення чату',
    you: 'Ви',
    bot: 'Бот',
    quiz: 'Вікторина',
    poll: 'Опитування',
    pollClosed: 'закрито',
    edited: 'змінено',
    notice: 'Бот відповів: {{text}}',
    sendFailed: 'Не вдалося надіслати',
    fileTooBig: 'Файл завеликий для пісочниці: не більше 700 КБ.',
    quick: 'Швидкі команди',
    attach: 'Файл',
    message: 'Повідомлення',
    placeholder: 'Напишіть боту…',
    send: 'Надіслати',
  },
};

export default messages;
