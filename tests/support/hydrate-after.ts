// Component tests of fields typed before hydration: the "server" renders the element, the test
// changes the page as a quick user (or Playwright) would, and only then does React hydrate it.
import { act, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';

export async function hydrateAfter(
  container: HTMLElement,
  element: ReactElement,
  typeBefore: (page: ReturnType<typeof within>) => void,
): Promise<Root> {
  container.innerHTML = renderToString(element);
  typeBefore(within(container));
  return act(async () => hydrateRoot(container, element));
}
