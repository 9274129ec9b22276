// The booking page's first choices are rendered on the server: a visit type or clinic picked
// before the page hydrated (a slow phone) must still be the page's choice afterwards.
import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test } from 'vitest';
import { ClinicChoice, VisitTypeChoice, type BookableClinic, type BookableVisitType } from './booking-steps';

const visitType = (id: string, name: string): BookableVisitType => ({
  id,
  name,
  description: '',
  durationMinutes: 45,
  priceCents: 12_000,
  currency: 'usd',
  modality: 'IN_CLINIC',
  freeCancellationHours: 24,
  lateCancellationFeeCents: 0,
});
const VISIT_TYPES = [visitType('vt-eval', 'Evaluation'), visitType('vt-follow', 'Follow-up')];
const clinic = (id: string, name: string): BookableClinic => ({
  id,
  name,
  addressLine1: '1 Main St',
  addressLine2: null,
  city: 'Albany',
  state: 'NY',
  zip: '12207',
});
const CLINICS = [clinic('c-1', 'Albany Downtown'), clinic('c-2', 'Albany Uptown')];

/** The page's own state, shown as text, with the choice component under test. */
function VisitTypePage() {
  const [chosen, setChosen] = useState<BookableVisitType | null>(null);
  return (
    <>
      <VisitTypeChoice visitTypes={VISIT_TYPES} value={chosen?.id ?? null} onChange={setChosen} />
      <p id="state">{chosen?.name ?? 'nothing'}</p>
    </>
  );
}
function ClinicPage() {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <ClinicChoice clinics={CLINICS} value={chosen} onChange={setChosen} />
      <p id="state">{chosen ?? 'nothing'}</p>
    </>
  );
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function serverRenderedThenHydrated(page: () => React.ReactElement, before: (container: HTMLElement) => void) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(page());
  document.body.appendChild(container);
  before(container);
  const root = await act(async () => hydrateRoot(container, page()));
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  return container;
}

describe('a choice made before hydration', () => {
  test('a visit type picked before hydration is the page’s choice after it, and stays checked', async () => {
    const container = await serverRenderedThenHydrated(
      () => <VisitTypePage />,
      (c) => {
        c.querySelector<HTMLInputElement>('input[value="vt-follow"]')!.checked = true;
      },
    );
    expect(container.querySelector('#state')!.textContent).toBe('Follow-up');
    expect(container.querySelector<HTMLInputElement>('input[value="vt-follow"]')!.checked).toBe(true);
  });

  test('nothing picked: nothing chosen', async () => {
    const container = await serverRenderedThenHydrated(
      () => <VisitTypePage />,
      () => {},
    );
    expect(container.querySelector('#state')!.textContent).toBe('nothing');
  });

  test('a clinic picked before hydration is the page’s choice after it', async () => {
    const container = await serverRenderedThenHydrated(
      () => <ClinicPage />,
      (c) => {
        c.querySelector('select')!.value = 'c-2';
      },
    );
    expect(container.querySelector('#state')!.textContent).toBe('c-2');
    expect(container.querySelector('select')!.value).toBe('c-2');
  });
});
