'use client';

// The plan builder: the library on one side (ExerciseLibraryPanel), the plan on the other (each
// exercise with its dose, starting from the library's default: PlanItemFieldset), a template to
// start from, and "save as my template" (SaveTemplate). The plan is a react-hook-form form checked
// by the API's own plan schema before it is sent (decision 034).
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { api } from '@/app/_components/api-client';
import { lazyResolver } from '@/app/_components/forms/lazy-resolver';
import type { ExerciseView } from '@/lib/exercises/schemas';
import type { PlanContentInput, PlanView, TemplateView } from '@/lib/plans/schemas';
import { ExerciseLibraryPanel } from './exercise-library-panel';
import { fromExercise, fromPlanItem, planFields, planProblems, type PlanFields } from './plan-fields';
import { PlanItemFieldset } from './plan-item-fields';
import { SaveTemplate } from './save-template';

const { resolver, preload } = lazyResolver<PlanFields, PlanContentInput>(() =>
  import('./plan-schema').then((m) => m.planResolver),
);

export function PlanBuilder({
  patientId,
  plan,
  exercises,
  templates,
  today,
}: {
  patientId: string;
  plan: PlanView | null;
  exercises: ExerciseView[];
  templates: TemplateView[];
  today: string;
}) {
  const router = useRouter();
  const { register, control, handleSubmit, getValues, setValue, formState } = useForm({
    resolver,
    defaultValues: planFields(plan, today),
    // Focus goes to the message under the plan, which names every problem.
    shouldFocusError: false,
  });
  const { fields: items, append, move, remove, replace } = useFieldArray({ control, name: 'items' });
  useEffect(preload, []);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const errorRef = useRef<HTMLParagraphElement>(null);
  const byId = new Set(exercises.map((e) => e.id));
  const initial = planFields(plan, today);

  function say(message: string) {
    setError(message);
    errorRef.current?.focus();
  }

  const save = handleSubmit(
    async (content) => {
      const res = plan
        ? await api('POST /api/plans/{id}/versions', {
            params: { id: plan.id },
            body: { ...content, basedOnVersion: plan.current.version },
          })
        : await api('POST /api/patients/{id}/plans', { params: { id: patientId }, body: content });
      if (!res.ok) return say(res.message);
      router.push(`/therapist/patients/${patientId}?saved=${res.data.current.version}`);
      router.refresh();
    },
    (problems) => say(planProblems(problems, getValues('items')).join(' ')),
  );

  function applyTemplate(t: TemplateView) {
    replace(t.items.filter((i) => byId.has(i.exerciseId)).map(fromPlanItem));
    if (!plan) setValue('title', t.name);
    setStatus(`Started from "${t.name}": ${t.items.length} exercises.`);
  }

  return (
    <div className="plan-builder">
      <p className="sr-only" role="status">
        {status}
      </p>
      <ExerciseLibraryPanel
        exercises={exercises}
        templates={templates}
        inPlan={new Set(items.map((i) => i.exerciseId))}
        onAdd={(e) => {
          append(fromExercise(e));
          setStatus(`Added ${e.name}.`);
        }}
        onTemplate={applyTemplate}
      />

      <form className="card plan-panel" onSubmit={(e) => void save(e)} aria-labelledby="plan-form-heading" noValidate>
        <h2 id="plan-form-heading">The plan</h2>
        <div className="field">
          <label htmlFor="plan-title">Title</label>
          <input id="plan-title" maxLength={120} required defaultValue={initial.title} {...register('title')} />
        </div>
        <div className="date-pair">
          <div className="field">
            <label htmlFor="plan-start">Starts</label>
            <input id="plan-start" type="date" required defaultValue={initial.startsOn} {...register('startsOn')} />
          </div>
          <div className="field">
            <label htmlFor="plan-end">
              Ends <span className="muted">(optional)</span>
            </label>
            <EndDate control={control} register={register} initial={initial.endsOn} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="plan-notes">Notes for the patient</label>
          <textarea id="plan-notes" rows={2} maxLength={2000} defaultValue={initial.notes} {...register('notes')} />
        </div>

        {items.length === 0 ? (
          <p className="empty">Add exercises from the library, or start from a template.</p>
        ) : (
          <ol className="plan-item-list bare">
            {items.map((item, index) => (
              <li key={item.id}>
                <PlanItemFieldset
                  index={index}
                  count={items.length}
                  item={item}
                  register={register}
                  onMove={(by) => move(index, index + by)}
                  onRemove={() => {
                    remove(index);
                    setStatus(`Removed ${item.name}.`);
                  }}
                />
              </li>
            ))}
          </ol>
        )}
        <p ref={errorRef} className="form-error" role="alert" tabIndex={-1}>
          {error}
        </p>
        <div className="actions">
          <button type="submit" disabled={formState.isSubmitting || items.length === 0}>
            {formState.isSubmitting ? 'Saving…' : plan ? 'Save as a new version' : 'Save the plan'}
          </button>
        </div>
        <SaveTemplate count={items.length} items={() => getValues('items')} onSaid={setStatus} />
      </form>
    </div>
  );
}

/** The end date may not be before the start (the picker offers no earlier day). */
function EndDate({
  control,
  register,
  initial,
}: {
  control: Control<PlanFields, unknown, PlanContentInput>;
  register: UseFormRegister<PlanFields>;
  initial: string;
}) {
  const startsOn = useWatch({ control, name: 'startsOn' });
  return <input id="plan-end" type="date" min={startsOn} defaultValue={initial} {...register('endsOn')} />;
}
