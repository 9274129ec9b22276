// Component tests of fields typed before hydration: the "server" renders the element, the test
// changes the page as a quick user (or Playwright) would, and only then does React hydrate it.
import { act, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeFetch } from './fake-fetch';

export async function hydrateAfter(
  container: HTMLElement,
  element: ReactElement,
  typeBefore: (page: ReturnType<typeof within>) => void,
): Promise<Root> {
  container.innerHTML = renderToString(element);
  typeBefore(within(container));
  return act(async () => hydrateRoot(container, element));
}

/**
 * The usual set-up of such a test file: before each test a fresh fake network (fakeFetch) and an
 * attached container; after it, the hydrated root unmounted and the container removed.
 */
export function hydrationHarness() {
  let net: ReturnType<typeof fakeFetch> | undefined;
  let container: HTMLDivElement | undefined;
  let root: Root | null = null;
  beforeEach(() => {
    net = fakeFetch();
    container = document.createElement('div');
    document.body.appendChild(container);
  });
  afterEach(() => {
    const mounted = root;
    if (mounted) act(() => mounted.unmount());
    root = null;
    container?.remove();
    vi.unstubAllGlobals();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('hydrationHarness() is used outside a test');
    return value;
  };
  return {
    get net() {
      return ready(net);
    },
    get container() {
      return ready(container);
    },
    /** hydrateAfter() into this test's container; unmounted after the test. */
    async hydrate(element: ReactElement, typeBefore: (page: ReturnType<typeof within>) => void): Promise<void> {
      root = await hydrateAfter(ready(container), element, typeBefore);
    },
  };
}
