'use client';
// The state every admin create/edit form shares: field errors under their fields, one message at
// the top, "Changes saved." after an edit, and a pending flag. A new record opens its own page
// (`createdPath`); an edit stays and refreshes. The first invalid field gets the focus.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ApiResult } from '@/app/_components/api-client';
import { fieldErrors, type FieldErrors } from '@/app/_components/field-errors';

const CHECK_FIELDS = 'Please check the highlighted fields.';

function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

export function useSaveForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [saved, setSaved] = useState('');
  const [pending, setPending] = useState(false);

  /** Shows errors found in the browser before sending; true when there were any. */
  function refuseLocally(form: HTMLFormElement, local: FieldErrors): boolean {
    if (!Object.keys(local).length) return false;
    setErrors(local);
    setMessage(CHECK_FIELDS);
    focusFirstInvalid(form);
    return true;
  }

  async function save<T>(
    form: HTMLFormElement,
    send: () => Promise<ApiResult<T>>,
    createdPath: ((data: T) => string) | null,
  ): Promise<void> {
    setPending(true);
    setMessage('');
    setSaved('');
    const res = await send();
    setPending(false);
    const found = res.ok ? {} : fieldErrors(res.details);
    setErrors(found);
    if (!res.ok) {
      setMessage(Object.keys(found).length ? CHECK_FIELDS : res.message);
      focusFirstInvalid(form);
      return;
    }
    if (createdPath) {
      router.push(createdPath(res.data));
      return;
    }
    setSaved('Changes saved.');
    router.refresh();
  }

  return { errors, message, saved, pending, refuseLocally, save };
}
