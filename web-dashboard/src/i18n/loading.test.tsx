import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decimals, fractions, halfQuestion, orderQuestion, page, teacher } from '../test/bankFixtures';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

const files = import.meta.glob<{ default: object }>('./*.uk.ts', { eager: true });
const known = new Set(Object.values(files).flatMap(({ default: messages }) =>
  Object.entries(messages as Record<string, object>).flatMap(([area, keys]) => Object.keys(keys).map((key) => `${area}.${key}`))));

/** Every key that was ever on screen (text or attribute) while the page loaded and changed language. */
function watchForRawKeys() {
  const seen = new Set<string>();
  const look = () => {
    for (const [token] of document.body.innerHTML.matchAll(/[a-z][A-Za-z]+\.[A-Za-z]+/g)) {
      if (known.has(token)) seen.add(token);
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  return { seen, stop: () => observer.disconnect() };
}

let watcher: ReturnType<typeof watchForRawKeys> | undefined;
afterEach(() => watcher?.stop());

describe('strings that load with their page', () => {
  it('a page that needs two namespaces shows no raw key, on its first render nor when the language changes', async () => {
    const api = fakeApi({
      'GET /api/auth/me': () => json(teacher),
      'GET /api/testing/categories': () => json([fractions, decimals]),
      'GET /api/testing/categories/21/questions': () => page([halfQuestion, orderQuestion]),
    });
    watcher = watchForRawKeys();
    const { user } = renderApp('/tests/new', api.fetch, 'uk');

    expect(await screen.findByRole('button', { name: 'Створити тест' })).toBeInTheDocument(); // builder namespace
    expect(screen.getByRole('link', { name: 'Банк питань' })).toBeInTheDocument(); // shell: the menu
    await user.click(screen.getByRole('radio', { name: 'ENG' }));

    expect(await screen.findByRole('button', { name: 'Create test' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Question bank' })).toBeInTheDocument();
    expect(watcher.seen).toEqual(new Set());
  });
});
