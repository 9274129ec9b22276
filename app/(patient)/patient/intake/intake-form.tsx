'use client';

// The intake before a first visit: a few questions, the warning-sign screen (every question needs a
// yes or a no), a 0–10 pain rating and, if the patient wants, the Oswestry questionnaire. The form
// (react-hook-form) is checked by the API's own `intakeInput` before it is sent (decision 034); the
// server decides what the answers mean, and this form shows what it sends back.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { api } from '@/app/_components/api-client';
import { fieldMessages } from '@/app/_components/forms/field-errors';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { IntakeInput } from '@/lib/intake/schemas';
import { EMPTY_INTAKE, INTAKE_WORDS, readChoices, type IntakeChoices, type IntakeFields } from './intake-fields';
import { CheckboxGroup, RadioGroup, TextQuestion } from './intake-questions';
import { IntakeResult, type SubmittedIntake } from './intake-result';
import { OswestryQuestions } from './oswestry-questions';
import { RedFlagScreen } from './red-flag-screen';

export type { IntakeChoices } from './intake-fields';

const { resolver, preload } = lazyResolver<IntakeFields, IntakeInput>(() =>
  import('./intake-schema').then((m) => m.intakeResolver),
);
const PAIN_SCALE = Array.from({ length: 11 }, (_, n) => ({ key: String(n), label: String(n) }));

export function IntakeForm({ choices, next, virtualHref }: { choices: IntakeChoices; next: string | null; virtualHref: string }) {
  const { register, control, setValue, handleSubmit, formState } = useForm<IntakeFields, unknown, IntakeInput>({
    resolver,
    defaultValues: EMPTY_INTAKE,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Focus goes to the summary above the form, which says how many questions are left.
    shouldFocusError: false,
  });
  const withOdi = useWatch({ control, name: 'withOdi' });
  useEffect(preload, []);
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<SubmittedIntake | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const errors = fieldMessages(formState.errors, INTAKE_WORDS);

  function say(text: string) {
    setMessage(text);
    messageRef.current?.focus();
  }

  const send = handleSubmit(
    async (body) => {
      setMessage('');
      const res = await api('POST /api/intakes', { body });
      if (res.ok) setResult(res.data);
      else say(res.message);
    },
    (problems) => {
      const count = Object.keys(fieldMessages(problems, INTAKE_WORDS)).length;
      say(`Please answer every question marked below (${count} to go).`);
    },
  );

  function submit(e: FormEvent<HTMLFormElement>) {
    const picked = readChoices(e.currentTarget, choices);
    setValue('duration', picked.duration);
    setValue('baselinePain', picked.baselinePain);
    setValue('redFlags', picked.redFlags);
    setValue('odi', picked.odi);
    void send(e);
  }

  if (result) return <IntakeResult intake={result} next={next} virtualHref={virtualHref} />;

  return (
    <form className="stack intake-form" onSubmit={submit} noValidate aria-label="Intake questions">
      <p ref={messageRef} className="form-error" role="alert" tabIndex={-1}>
        {message}
      </p>

      <TextQuestion
        id="intake-reason"
        label="What brings you in?"
        hint="In your own words: what hurts, and what happened."
        rows={3}
        error={errors.reason}
        field={register('reason')}
      />

      <CheckboxGroup
        legend="Where does it hurt?"
        hint="Choose all that apply."
        options={choices.painAreas}
        field={register('painAreas')}
        error={errors.painAreas}
      />

      <RadioGroup
        className="checkbox-group intake-question"
        legend="How long have you had it?"
        name="duration"
        options={choices.durations}
        error={errors.duration}
        errorId="duration-error"
      />

      <CheckboxGroup
        legend="What makes it worse?"
        hint="Choose all that apply, or none."
        options={choices.aggravators}
        field={register('aggravators')}
      />

      <TextQuestion
        id="intake-goals"
        label="What would you like to be able to do again?"
        rows={2}
        error={errors.goals}
        field={register('goals')}
      />

      <RadioGroup
        className="pain-scale"
        legend="Your pain right now, from 0 (none) to 10 (worst imaginable)"
        name="baselinePain"
        options={PAIN_SCALE}
        error={errors.baselinePain}
        errorId="pain-error"
        optionClass={(n) => `pain-option pain-${n}`}
        wrap={(radios) => <div className="pain-options">{radios}</div>}
      />

      <RedFlagScreen questions={choices.redFlags} error={errors.redFlags} />

      <OswestryQuestions
        optIn={register('withOdi')}
        shown={withOdi}
        instructions={choices.odiInstructions}
        sections={choices.odiSections}
      />

      <p>
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Sending…' : 'Send my answers'}
        </button>
      </p>
    </form>
  );
}
