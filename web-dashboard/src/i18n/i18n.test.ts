import { describe, expect, it } from 'vitest';
import { en } from './en';
import { uk } from './uk';

function flatten(messages: object, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? Object.entries(flatten(value, `${prefix}${key}.`))
      : [[`${prefix}${key}`, value]]));
}

function placeholders(messages: object): Record<string, string[]> {
  return Object.fromEntries(Object.entries(flatten(messages)).map(([key, value]) =>
    [key, [...String(value).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort()]));
}

describe('locales', () => {
  it('Ukrainian and English have the same keys', () => {
    expect(Object.keys(flatten(en)).sort()).toEqual(Object.keys(flatten(uk)).sort());
  });

  it('every message is a non-empty string', () => {
    for (const locale of [uk, en]) {
      const blank = Object.entries(flatten(locale)).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
      expect(blank).toEqual([]);
    }
  });

  it('a message has the same placeholders in both languages', () => {
    expect(placeholders(en)).toEqual(placeholders(uk));
  });
});

describe('keys in the code', () => {
  const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx', '!../i18n/**'],
    { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

  it('every literal key the code names exists in the bundles', () => {
    const known = new Set(Object.keys(flatten(uk)));
    const used = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/(?:t\(|key: |: )'([a-z][A-Za-z]+\.[A-Za-z]+)'/g)].map((m) => `${file}: ${m[1]}`));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((entry) => !known.has(entry.split(': ')[1] ?? ''))).toEqual([]);
  });
});
