// "Save these exercises as my template": the plan's exercises and doses under a name of the
// therapist's, for their next plan.
import { useRef, useState } from 'react';
import { api } from '@/app/_components/api-client';
import { useReplayEarlyValue } from '@/app/_components/forms/replay-early-value';
import { itemsBody, type PlanItemFields } from './plan-fields';

export function SaveTemplate({
  count,
  items,
  onSaid,
}: {
  /** How many exercises the plan has now. */
  count: number;
  /** The plan's exercises as edited, read when the template is saved. */
  items: () => PlanItemFields[];
  onSaid: (status: string) => void;
}) {
  const [name, setName] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useReplayEarlyValue(field, name, setName);
  async function save() {
    const res = await api('POST /api/plan-templates', {
      body: { name, items: itemsBody(items()) },
    });
    onSaid(res.ok ? `Saved your template "${res.data.name}".` : res.message);
    if (res.ok) setName('');
  }
  return (
    <div className="save-template">
      <div className="field">
        <label htmlFor="template-name">Save these exercises as my template</label>
        <input
          ref={field}
          id="template-name"
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          placeholder="Template name"
        />
      </div>
      <button type="button" className="button-secondary" disabled={!name.trim() || count === 0} onClick={() => void save()}>
        Save template
      </button>
    </div>
  );
}
