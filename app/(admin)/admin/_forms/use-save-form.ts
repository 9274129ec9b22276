'use client';
// What every admin create/edit form shares: a react-hook-form form checked by the route's own zod
// schema before anything is sent (decision 034; the resolver is loaded after mount), the message
// under each field (the schema's problem, or the server's when it still refuses), one message at
// the top, "Changes saved." after an edit, and a pending flag. A new record opens its own page; an
// edit stays and refreshes. After a refusal the first invalid field (in page order) takes the focus.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormRegister } from 'react-hook-form';
import type { ApiFailure, ApiResult } from '@/app/_components/api-client';
import { fieldErrors, type FieldErrors } from '@/app/_components/field-errors';
import { problemAt } from '@/app/_components/forms/field-errors';
import { fieldMessage } from './fields';

const CHECK_FIELDS = 'Please check the highlighted fields.';

/** What happens after a save: open the new record's page, or say so here (and refresh the page's data). */
export type Saved = { open: string } | { say: string };

/** What the form's markup needs from the hook (the same for a new record and an edit). */
export interface SaveFormView<Fields extends FieldValues> {
  register: UseFormRegister<Fields>;
  formRef: RefObject<HTMLFormElement | null>;
  error: (path: string, label: string, notANumber?: string) => string | undefined;
  message: string;
  saved: string;
  pending: boolean;
}

interface Options<Fields extends FieldValues, Body> {
  /** A `lazyResolver` over the route's schema (`apiSchemaResolver`). */
  checks: { resolver: Resolver<Fields, unknown, Body>; preload: () => void };
  defaultValues: DefaultValues<Fields>;
  /** The top message for a refusal, when the server's own message is not the one to show. */
  refusal?: (res: ApiFailure) => string | undefined;
}

export function useSaveForm<Fields extends FieldValues, Body>({ checks, defaultValues, refusal }: Options<Fields, Body>) {
  const router = useRouter();
  const form = useForm<Fields, unknown, Body>({
    resolver: checks.resolver,
    defaultValues,
    // As before the form library: checked when sent, and the messages stay until it is sent again.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Focus goes to the first invalid field in page order (below), not in the schema's order.
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const [saved, setSaved] = useState('');
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const { preload } = checks;
  useEffect(() => preload(), [preload]);
  useEffect(() => {
    if (refusals) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  function refuse(text: string, found: FieldErrors) {
    setServerErrors(found);
    setSaved('');
    setMessage(text);
    setRefusals((n) => n + 1);
  }

  /**
   * The sentence under a field (`path` is the API body's: priceCents, not the dollars box): the
   * schema's problem found before sending, else the server's. `notANumber` words a number box
   * that holds no number (the schema would say "expected number, received NaN").
   */
  function error(path: string, label: string, notANumber?: string): string | undefined {
    const problem = problemAt(errors, path);
    const said = problem ? (problem.type === 'invalid_type' && notANumber) || problem.message : serverErrors[path];
    return said ? fieldMessage(said, label) : undefined;
  }

  /** The submit handler: check, send the parsed body, then show the refusal or go on. */
  function submit<T>(send: (body: Body) => Promise<ApiResult<T>>, after: (data: T) => Saved) {
    return form.handleSubmit(
      async (body) => {
        setMessage('');
        setSaved('');
        const res = await send(body);
        if (!res.ok) {
          const found = fieldErrors(res.details);
          return refuse(refusal?.(res) ?? (Object.keys(found).length ? CHECK_FIELDS : res.message), found);
        }
        setServerErrors({});
        const next = after(res.data);
        if ('open' in next) return router.push(next.open);
        setSaved(next.say);
        router.refresh();
      },
      () => refuse(CHECK_FIELDS, {}),
    );
  }

  const view: SaveFormView<Fields> = { register: form.register, formRef, error, message, saved, pending: isSubmitting };
  return { ...view, form, submit };
}
