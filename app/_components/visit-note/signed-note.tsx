// A signed SOAP note with its addenda, read-only: shown to the therapist after signing and to the
// patient on their own visit page.
import type { NoteView } from '@/lib/notes/schemas';
import { LocalTime } from '@/app/_components/local-time';

export const SOAP_SECTIONS = [
  { key: 'subjective', label: 'Subjective', hint: 'What the patient reports: symptoms, pain, function, goals.' },
  { key: 'objective', label: 'Objective', hint: 'What you measured and observed: range of motion, strength, tests.' },
  { key: 'assessment', label: 'Assessment', hint: 'Your clinical judgement and progress toward the goals.' },
  { key: 'plan', label: 'Plan', hint: 'Treatment, home exercises and the next visit.' },
] as const;

/** Sits under an h2 ("Visit note"), so its own headings are h3. */
export function SignedNote({ note }: { note: NoteView }) {
  return (
    <div className="signed-note" data-testid="signed-note">
      <p className="muted">
        Signed by {note.therapist.name}
        {note.signedAt && (
          <>
            {' '}
            on <LocalTime iso={note.signedAt} />
          </>
        )}
      </p>
      <dl className="soap">
        {SOAP_SECTIONS.map((s) => (
          <div key={s.key}>
            <dt>{s.label}</dt>
            <dd>{note[s.key] || <span className="muted">Nothing recorded.</span>}</dd>
          </div>
        ))}
      </dl>
      {note.addenda.length > 0 && (
        <section aria-label="Addenda">
          <h3>Addenda</h3>
          <ol className="addenda bare">
            {note.addenda.map((a) => (
              <li key={a.id} className="addendum">
                <p className="muted">
                  {a.author.name}, <LocalTime iso={a.createdAt} />
                </p>
                <p>{a.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
