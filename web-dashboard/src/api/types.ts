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
