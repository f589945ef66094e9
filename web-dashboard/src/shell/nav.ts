import type { Role } from '../api/types';

export interface NavItem {
  to: string;
  label: string;
  /** Who sees it: any of these roles. */
  roles: readonly Role[];
  /** Shown only when the server runs the Telegram sandbox. */
  sandbox?: boolean;
}

const everyone: Role[] = ['ADMIN', 'TEACHER', 'STUDENT', 'PARENT'];

/**
 * The dashboard's pages in menu order. Teacher pages (question bank, tests, gradebook, item analysis) join here
 * with roles ['TEACHER'] when the testing REST API lands; their routes go next to them in AppRoutes.
 * Labels are `nav.*` keys: the shell's own strings (shell.uk.ts), there before any page's namespace has loaded.
 */
export const navItems: readonly NavItem[] = [
  { to: '/classes', label: 'nav.classes', roles: everyone },
  { to: '/children', label: 'nav.children', roles: ['PARENT'] },
  { to: '/school', label: 'nav.school', roles: ['ADMIN'] },
  { to: '/users', label: 'nav.users', roles: ['ADMIN'] },
  { to: '/import', label: 'nav.import', roles: ['ADMIN'] },
  { to: '/subjects', label: 'nav.subjects', roles: ['ADMIN'] },
  { to: '/teaching', label: 'nav.teaching', roles: ['ADMIN'] },
  { to: '/terms', label: 'nav.terms', roles: ['ADMIN'] },
  { to: '/guardians', label: 'nav.guardians', roles: ['ADMIN'] },
  { to: '/invites', label: 'nav.invites', roles: ['ADMIN'] },
  // teacher: bank, import, tests, assignments (webbank)
  { to: '/bank', label: 'nav.bank', roles: ['TEACHER'] },
  { to: '/question-import', label: 'nav.questionImport', roles: ['TEACHER'] },
  { to: '/tests', label: 'nav.tests', roles: ['TEACHER'] },
  { to: '/assignments', label: 'nav.assignments', roles: ['TEACHER'] },
  // teacher results (webgrades)
  { to: '/gradebook', label: 'nav.gradebook', roles: ['TEACHER'] },
  { to: '/grading', label: 'nav.grading', roles: ['TEACHER'] },
  { to: '/analysis', label: 'nav.analysis', roles: ['TEACHER'] },
  { to: '/study-time', label: 'nav.studyTime', roles: ['TEACHER'] },
  { to: '/notes', label: 'nav.notes', roles: ['TEACHER'] },
  { to: '/sandbox', label: 'nav.sandbox', roles: everyone, sandbox: true },
];

export function visibleNav(roles: readonly Role[], sandbox: boolean): NavItem[] {
  return navItems.filter((item) => item.roles.some((r) => roles.includes(r)) && (!item.sandbox || sandbox));
}
