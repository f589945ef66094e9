import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// the first render of a lazy route compiles its chunk: slow on a busy machine, not a failure
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks what Mantine measures and queries
window.matchMedia = (query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// as in Chromium, which returns a promise (an effect that returns it would break React's cleanup)
Element.prototype.scrollIntoView = (() => Promise.resolve()) as unknown as Element['scrollIntoView'];

function clearCookies() {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  }
}

beforeEach(() => {
  localStorage.clear();
  clearCookies();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
