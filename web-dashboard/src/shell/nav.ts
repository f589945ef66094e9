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
  // teacher results (webgrades)
  { to: '/gradebook', label: 'gradebook.nav', roles: ['TEACHER'] },
  { to: '/grading', label: 'grading.nav', roles: ['TEACHER'] },
  { to: '/analysis', label: 'analysis.nav', roles: ['TEACHER'] },
  { to: '/study-time', label: 'studyTime.nav', roles: ['TEACHER'] },
  { to: '/notes', label: 'notes.nav', roles: ['TEACHER'] },
  { to: '/sandbox', label: 'nav.sandbox', roles: everyone, sandbox: true },
];

export function visibleNav(roles: readonly Role[], sandbox: boolean): NavItem[] {
  return navItems.filter((item) => item.roles.some((r) => roles.includes(r)) && (!item.sandbox || sandbox));
}
