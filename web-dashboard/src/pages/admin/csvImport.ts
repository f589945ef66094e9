import Papa from 'papaparse';
import type { Account, SchoolClass } from '../../api/types';
import { emailError, nameError } from './validation';

export interface ImportRow {
  /** 1-based line in the file, as a spreadsheet shows it. */
  line: number;
  fullName: string;
  email: string;
  className: string;
  classId: number | null;
  /** i18n keys of what is wrong; empty when the row can be imported. */
  errors: { key: string; args?: Record<string, string | number> }[];
}

const HEADER = ['fullname', 'email', 'class'];

/** Parses `fullName,email,class` rows (a header line is optional) and checks each against the school. */
export function parseStudents(text: string, classes: SchoolClass[], accounts: Account[]): ImportRow[] {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' });
  const records = parsed.data;
  const first = records[0]?.map((cell) => cell.trim().toLowerCase().replace(/[\s_]/g, ''));
  const hasHeader = first !== undefined && HEADER.every((h, i) => first[i] === h);
  const classByName = new Map(classes.map((c) => [c.name.trim().toLowerCase(), c]));
  const knownEmails = new Set(accounts.map((a) => a.email?.toLowerCase()).filter(Boolean));
  const seenEmails = new Map<string, number>();
  const seenStudents = new Map<string, number>();

  return records.slice(hasHeader ? 1 : 0).map((cells, index) => {
    const line = index + (hasHeader ? 2 : 1);
    const [fullName = '', email = '', className = ''] = cells.map((c) => c.trim());
    const found = classByName.get(className.toLowerCase());
    const errors: ImportRow['errors'] = [];
    if (cells.length !== 3) errors.push({ key: 'import.errorColumns', args: { count: cells.length } });
    const name = nameError(fullName);
    if (name) errors.push({ key: name });
    const mail = emailError(email);
    if (mail) errors.push({ key: 'import.errorEmail', args: { email } });
    if (!className) errors.push({ key: 'import.errorNoClass' });
    else if (!found) errors.push({ key: 'import.errorUnknownClass', args: { name: className } });
    const emailKey = email.toLowerCase();
    if (email && !mail) {
      if (knownEmails.has(emailKey)) errors.push({ key: 'import.errorEmailTaken', args: { email } });
      const before = seenEmails.get(emailKey);
      if (before !== undefined) errors.push({ key: 'import.errorDuplicateEmail', args: { line: before } });
      else seenEmails.set(emailKey, line);
    }
    const studentKey = `${fullName.toLowerCase()}|${className.toLowerCase()}`;
    const twin = seenStudents.get(studentKey);
    if (fullName && twin !== undefined) errors.push({ key: 'import.errorDuplicateStudent', args: { line: twin } });
    else if (fullName) seenStudents.set(studentKey, line);
    return { line, fullName, email, className, classId: found?.id ?? null, errors };
  });
}
