import type { Shape } from './shape';
import type uk from './shell.uk';

// English strings of what every page needs: the login page, the shell around the pages (navigation, language, logout), common words, errors.
// The same keys as shell.uk.ts (the type says so).
const messages: Shape<typeof uk> = {
  app: {
    name: 'Zalik',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    uk: 'УКР',
    en: 'ENG',
  },
  shell: {
    mainNav: 'Main navigation',
    openNav: 'Open navigation',
    logout: 'Log out',
    signedInAs: 'Signed in as {{name}}',
  },
  nav: {
    classes: 'Classes',
    children: 'My children',
    school: 'School',
    users: 'Users',
    import: 'Import students',
    subjects: 'Subjects',
    teaching: 'Who teaches what',
    terms: 'Terms',
    guardians: 'Parents and children',
    invites: 'Invites',
    bank: 'Question bank',
    questionImport: 'Import questions',
    tests: 'Tests',
    assignments: 'Assignments',
    gradebook: 'Gradebook',
    grading: 'Grading',
    analysis: 'Item analysis',
    studyTime: 'Study time',
    notes: 'Notes',
    sandbox: 'Telegram sandbox',
  },
  login: {
    title: 'Log in to Zalik',
    subtitle: 'School dashboard',
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    emailRequired: 'Enter your email',
    emailInvalid: 'This does not look like an email address',
    passwordRequired: 'Enter your password',
    wrongCredentials: 'Wrong email or password',
    tooManyAttempts: 'Too many login attempts, wait and try again.',
    tryAgainIn: 'Next try in {{seconds}} s.',
    failed: 'Could not log in',
    or: 'or',
    telegram: 'Log in with Telegram',
    telegramRefused: 'This Telegram login was not accepted: the Telegram account is not linked to Zalik, or the data is out of date. Open the bot with your school’s invite link and try again.',
  },
  errors: {
    network: 'Cannot reach the server. Check your connection and try again.',
    generic: 'Something went wrong. Please try again.',
    retry: 'Try again',
    notAllowedTitle: 'This page is not for your role',
    notAllowed: 'Only accounts with the right role see it. If you need it, ask your school admin.',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    actions: 'Actions',
    choose: '— choose —',
    total: 'Total: {{count}}',
    choicesFailed: 'Could not load the lists to choose from',
  },
  roles: {
    ADMIN: 'Admin',
    TEACHER: 'Teacher',
    STUDENT: 'Student',
    PARENT: 'Parent',
  },
};

export default messages;
