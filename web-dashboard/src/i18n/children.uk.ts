// Ukrainian (the default) strings of a parent’s children page.
// children.en.ts has exactly the same keys (i18n.test.ts checks); AppRoutes names the routes that load it (index.ts tells how).
const messages = {
  children: {
    title: 'Мої діти',
    loading: 'Завантажуємо дітей…',
    loadFailed: 'Не вдалося завантажити дітей',
    emptyTitle: 'Дітей ще не пов’язано з вашим записом',
    emptyHint: 'Попросіть адміністратора школи пов’язати вас із дитиною або відкрийте запрошення для батьків у Telegram.',
    classes: 'Класи',
    noClass: 'Ще не зарахована до класу',
    classesFailed: 'Не вдалося завантажити класи',
    results: 'Останні результати',
    noResults: 'Завершених тестів ще немає. Результати з’являться тут, коли дитина здасть тест.',
    grade: 'Оцінка {{grade}} з 12',
    points: '{{points}} з {{max}} балів · {{percent}}%',
    awaitsGrading: 'Чекає на перевірку вчителем',
    hidden: 'Здано; результат ще не відкрито для перегляду',
    scoreNotShown: 'Перевірено; цей тест не показує бали',
    upcoming: 'Найближчі дедлайни',
    noUpcoming: 'Зараз нічого не треба здавати.',
    missed: 'Пропущені дедлайни',
    due: 'до {{date}}',
    timeZone: 'Час — за часовим поясом школи ({{tz}}).',
    loadingReport: 'Завантажуємо результати й дедлайни…',
    reportFailed: 'Не вдалося завантажити результати й дедлайни',
    studyTime: 'Час навчання цього тижня',
    loadingStudy: 'Завантажуємо час навчання…',
    studyFailed: 'Не вдалося завантажити час навчання',
    noStudy: 'Цього тижня час навчання не записано. Дитина записує його в Telegram-боті командами /timer або /spent.',
    weekTotal: 'Разом: {{time}}',
    noSubject: 'Без предмета',
    hoursMinutes: '{{h}} год {{m}} хв',
    minutes: '{{m}} хв',
  },
};

export default messages;
