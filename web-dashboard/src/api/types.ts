export type Role = 'ADMIN' | 'TEACHER' | 'STUDENT' | 'PARENT';

/** GET /api/auth/me, POST /api/auth/login */
export interface Me {
  id: number;
  fullName: string;
  email: string;
  roles: Role[];
  schoolId: number;
  language: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export interface SchoolClass {
  id: number;
  schoolId: number;
  name: string;
  grade: number;
  academicYear: string;
}

/** GET /api/schools/current: gradeScale.thresholds are the minimum percent of grades 1..12. */
export interface School {
  id: number;
  name: string;
  timezone: string;
  gradeScale: { thresholds: number[] };
}

/** An account of the school, as /api/users lists it. */
export interface Account {
  id: number;
  schoolId: number;
  email: string | null;
  fullName: string;
  roles: Role[];
  language: string;
}

/** GET /api/classes/{id}/students */
export interface Student {
  id: number;
  fullName: string;
}

export interface Subject {
  id: number;
  schoolId: number;
  name: string;
}

export interface Teaching {
  teacherId: number;
  classId: number;
  subjectId: number;
}

export interface Term {
  id: number;
  schoolId: number;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface Invite {
  id: number;
  code: string;
  schoolId: number;
  role: Role;
  classId: number | null;
  childId: number | null;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revoked: boolean;
  deepLink: string;
}

export const allRoles: Role[] = ['ADMIN', 'TEACHER', 'STUDENT', 'PARENT'];
