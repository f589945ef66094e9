import { describe, expect, it } from 'vitest';
import { createI18n, namespaces, whenReady } from '.';

const files = import.meta.glob<{ default: object }>(['./*.uk.ts', './*.en.ts'], { eager: true });
const bundle = (ns: string, lng: string): object => files[`./${ns}.${lng}.ts`]?.default ?? {};
const all = (lng: string): object => Object.assign({}, ...namespaces.map((ns) => bundle(ns, lng)));

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
  it('every namespace comes in Ukrainian and English', () => {
    expect(namespaces).toContain('shell');
    expect(Object.keys(files).sort()).toEqual(namespaces.flatMap((ns) => [`./${ns}.en.ts`, `./${ns}.uk.ts`]).sort());
  });

  it.each(namespaces)('Ukrainian and English have the same keys in %s', (ns) => {
    expect(Object.keys(flatten(bundle(ns, 'en'))).sort()).toEqual(Object.keys(flatten(bundle(ns, 'uk'))).sort());
  });

  it('an area (the first part of a key) lives in one namespace only', () => {
    const areas = namespaces.flatMap((ns) => Object.keys(bundle(ns, 'uk')));
    expect(areas.filter((area, i) => areas.indexOf(area) !== i)).toEqual([]);
  });

  it('every message is a non-empty string', () => {
    for (const locale of [all('uk'), all('en')]) {
      const blank = Object.entries(flatten(locale)).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
      expect(blank).toEqual([]);
    }
  });

  it('a message has the same placeholders in both languages', () => {
    expect(placeholders(all('en'))).toEqual(placeholders(all('uk')));
  });
});

describe('loading', () => {
  const loaded = (i18n: ReturnType<typeof createI18n>) =>
    ['uk', 'en'].flatMap((lng) => namespaces.filter((ns) => i18n.hasResourceBundle(lng, ns)).map((ns) => `${ns}.${lng}`)).sort();

  it('starts with the shell in the active language only, and brings a namespace when asked', async () => {
    const i18n = createI18n('uk');
    await whenReady(i18n);
    expect(loaded(i18n)).toEqual(['shell.uk']);
    expect(i18n.t('nav.bank')).toBe('Банк питань');
    expect(i18n.t('bank.title')).toBe('bank.title');

    await i18n.loadNamespaces('bank');
    expect(loaded(i18n)).toEqual(['bank.uk', 'shell.uk']);
    expect(i18n.t('bank.title')).toBe('Банк питань');
  });

  it('switching the language brings the other language of every namespace loaded so far, before it switches', async () => {
    const i18n = createI18n('uk');
    await whenReady(i18n);
    await i18n.loadNamespaces('results');
    await i18n.changeLanguage('en');
    expect(loaded(i18n)).toEqual(['results.en', 'results.uk', 'shell.en', 'shell.uk']);
    expect(i18n.t('gradebook.title')).toBe('Gradebook');
    expect(i18n.t('common.save')).toBe('Save');
  });
});

describe('keys in the code', () => {
  const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx', '!../i18n/**'],
    { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  const literalKeys = (text: string) => [...text.matchAll(/(?:t\(|key: |: )'([a-z][A-Za-z]+\.[A-Za-z]+)'/g)].map((m) => m[1] ?? '');
  const areasNamed = (text: string) => [
    ...literalKeys(text).map((key) => key.split('.')[0] ?? ''),
    ...[...text.matchAll(/t\(`([a-z][A-Za-z]+)\./g)].map((m) => m[1] ?? ''),
  ];

  it('every literal key the code names exists in the bundles', () => {
    const known = new Set(Object.keys(flatten(all('uk'))));
    const used = Object.entries(sources).flatMap(([file, text]) => literalKeys(text).map((key) => `${file}: ${key}`));
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((entry) => !known.has(entry.split(': ')[1] ?? ''))).toEqual([]);
  });

  /** The source files a module brings with it (relative imports, followed; `import()` too unless staticOnly). */
  function closure(file: string, staticOnly = false, seen = new Set<string>()): Set<string> {
    if (seen.has(file) || sources[file] === undefined) return seen;
    seen.add(file);
    const pattern = staticOnly ? /from '(\.[^']+)'/g : /(?:from |import\()'(\.[^']+)'/g;
    for (const [, spec] of sources[file].matchAll(pattern)) {
      const base = `..${new URL(spec ?? '', `http://x/${file.slice(3)}`).pathname}`;
      const found = [`${base}.ts`, `${base}.tsx`, base].find((f) => sources[f] !== undefined);
      if (found) closure(found, staticOnly, seen);
    }
    return seen;
  }
  const areasOf = (ns: string) => Object.keys(bundle(ns, 'uk'));
  const outside = (files: Set<string>, allowed: string[]) =>
    [...files].flatMap((file) => [...new Set(areasNamed(sources[file] ?? ''))].filter((area) => !allowed.includes(area)).map((area) => `${file}: ${area}`));

  const routes = sources['../AppRoutes.tsx'] ?? '';
  const moduleFile = (path: string) => [`../${path}.tsx`, `../${path}.ts`].find((f) => sources[f] !== undefined) ?? `../${path}`;

  it('the entry, and a route that loads no namespace (login, the shell), use only the shell’s strings', () => {
    const plain = [...routes.matchAll(/ lazy\(\(\) => import\('\.\/([^']+)'\)\)/g)].map((m) => m[1] ?? '');
    expect(plain).toEqual(expect.arrayContaining(['pages/LoginPage', 'shell/Shell']));
    const first = new Set([...closure('../main.tsx', true), ...plain.flatMap((page) => [...closure(moduleFile(page))])]);
    expect(first.size).toBeGreaterThan(5);
    expect(outside(first, areasOf('shell'))).toEqual([]);
  });

  it('a route loads every namespace its page uses', () => {
    const pages = [...routes.matchAll(/withStrings\(\(\) => import\('\.\/([^']+)'\), \[([^\]]*)\]\)/g)];
    expect(pages.length).toBeGreaterThan(20);
    const missing = pages.flatMap(([, page, list]) => {
      const loads = ['shell', ...[...(list ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1] ?? '')];
      return outside(closure(moduleFile(page ?? '')), loads.flatMap(areasOf)).map((entry) => `${page} loads ${loads.join(', ')}; ${entry}`);
    });
    expect(missing).toEqual([]);
  });
});
