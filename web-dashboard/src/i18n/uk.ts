// Ukrainian is the default language; en.ts must have exactly the same keys (i18n.test.ts checks).
export const uk = {
  app: {
    name: 'Zalik',
    loading: 'Завантаження…',
  },
  language: {
    label: 'Мова',
    uk: 'УКР',
    en: 'ENG',
  },
  shell: {
    mainNav: 'Головне меню',
    openNav: 'Відкрити меню',
    logout: 'Вийти',
    signedInAs: 'Ви увійшли як {{name}}',
  },
  nav: {
    classes: 'Класи',
  },
  login: {
    title: 'Вхід до Zalik',
    subtitle: 'Панель керування школою',
    email: 'Електронна пошта',
    password: 'Пароль',
    submit: 'Увійти',
    emailRequired: 'Введіть електронну пошту',
    emailInvalid: 'Це не схоже на адресу електронної пошти',
    passwordRequired: 'Введіть пароль',
    wrongCredentials: 'Неправильна пошта або пароль',
    tooManyAttempts: 'Забагато спроб входу, зачекайте і спробуйте знову.',
    tryAgainIn: 'Наступна спроба — через {{seconds}} с.',
    failed: 'Не вдалося увійти',
  },
  errors: {
    network: 'Немає зв’язку із сервером. Перевірте інтернет і спробуйте знову.',
    generic: 'Щось пішло не так. Спробуйте ще раз.',
    retry: 'Спробувати знову',
  },
  classes: {
    title: 'Класи',
    caption: 'Класи вашої школи',
    name: 'Клас',
    grade: 'Рік навчання',
    academicYear: 'Навчальний рік',
    total: 'Усього: {{count}}',
    loading: 'Завантажуємо класи…',
    loadFailed: 'Не вдалося завантажити класи',
    pages: 'Сторінки списку класів',
    emptyTitle: 'Тут поки немає жодного класу',
    emptyAdmin: 'Додайте класи своєї школи: поки що через REST API (POST /api/classes), форма в панелі з’явиться згодом.',
    emptyTeacher: 'Вас ще не призначили до жодного класу. Попросіть адміністратора школи додати вас як учителя класу.',
    emptyStudent: 'Вас ще не зараховано до класу. Зверніться до адміністратора школи.',
    emptyParent: 'Ваших дітей ще не зараховано до класу. Зверніться до адміністратора школи.',
  },
};

/** The shape every locale has: same nesting, every leaf a string. */
export type Messages = { [Section in keyof typeof uk]: { [Key in keyof (typeof uk)[Section]]: string } };
