import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Files that need no DOM opt into the node environment, where there is no window at all.
const inBrowser = typeof window !== 'undefined';

const doNothing = (): void => undefined;

// Mantine reads these browser APIs, which jsdom does not implement.
function installBrowserStubs(): void {
  const mediaQueryList = (query: string): Partial<MediaQueryList> => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: doNothing,
    removeEventListener: doNothing,
    dispatchEvent: () => false,
  });
  Object.defineProperty(window, 'matchMedia', { writable: true, value: mediaQueryList });

  class ResizeObserverStub implements ResizeObserver {
    observe = doNothing;
    unobserve = doNothing;
    disconnect = doNothing;
  }
  window.ResizeObserver = ResizeObserverStub;

  // Autosizing textareas listen for web fonts loading.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: doNothing, removeEventListener: doNothing, ready: Promise.resolve() },
    });
  }
}

if (inBrowser) installBrowserStubs();

// Without vitest globals, Testing Library cannot register its own cleanup.
afterEach(() => {
  if (!inBrowser) return;
  cleanup();
  window.sessionStorage.clear();
});
