import type { Messages } from './uk';

export const en: Messages = {
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
  },
  errors: {
    network: 'Cannot reach the server. Check your connection and try again.',
    generic: 'Something went wrong. Please try again.',
    retry: 'Try again',
  },
  classes: {
    title: 'Classes',
    caption: 'Classes of your school',
    name: 'Class',
    grade: 'Grade',
    academicYear: 'Academic year',
    total: 'Total: {{count}}',
    loading: 'Loading classes…',
    loadFailed: 'Could not load the classes',
    pages: 'Pages of the class list',
    emptyTitle: 'No classes here yet',
    emptyAdmin: 'Add your school’s classes: for now through the REST API (POST /api/classes); a form in the dashboard comes later.',
    emptyTeacher: 'You are not assigned to any class yet. Ask your school admin to add you as a teacher of a class.',
    emptyStudent: 'You are not enrolled in a class yet. Ask your school admin.',
    emptyParent: 'Your children are not enrolled in a class yet. Ask your school admin.',
  },
};
