import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listConversations } from '@/lib/messaging/list-conversations';
import { loadThread } from '@/lib/messaging/load-thread';
import { listAskableExercises } from '@/lib/messaging/list-askable-exercises';
import type { SearchParams } from '@/app/_components/search-params';
import { MessageThread } from '@/app/_components/messaging/message-thread';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Messages' };

const one = (v: string | string[] | undefined) => (typeof v === 'string' && v !== '' ? v : undefined);

export default async function PatientMessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params] = await Promise.all([requireRole('PATIENT', '/patient/messages'), searchParams]);
  const conversations = await listConversations(user);
  // "Ask about this exercise" (?about=<exerciseId>) opens the conversation with the plan's therapist.
  const askable = await Promise.all(conversations.map((c) => listAskableExercises(c.patient.id, c.therapist.id)));
  const about = one(params.about);
  const aboutIndex = about ? askable.findIndex((list) => list.some((x) => x.exerciseId === about)) : -1;
  const index = Math.max(
    0,
    aboutIndex >= 0 ? aboutIndex : conversations.findIndex((c) => c.therapist.id === one(params.therapist)),
  );
  const selected = conversations[index];
  const exercises = askable[index] ?? [];
  const thread = selected ? await loadThread(user, selected.patient.id, selected.therapist.id) : null;
  const asked = exercises.find((x) => x.exerciseId === about)?.planItemId ?? '';
  return (
    <div className="stack">
      <div>
        <p>
          <Link href="/patient">&larr; Your dashboard</Link>
        </p>
        <h1>Messages</h1>
        <p className="lead">Questions between visits go to your therapist here. For anything urgent, call the clinic or 911.</p>
      </div>
      {conversations.length > 1 && (
        <nav aria-label="Your therapists">
          <ul className="plain-list">
            {conversations.map((c) => (
              <li key={c.therapist.id}>
                <Link href={`/patient/messages?therapist=${c.therapist.id}`} aria-current={c === selected ? 'page' : undefined}>
                  {c.therapist.name}
                </Link>
                {c.unread > 0 && <span className="badge unread-count">{c.unread} unread</span>}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {thread ? (
        <section className="card" aria-labelledby="thread-heading">
          <h2 id="thread-heading">With {thread.therapist.name}</h2>
          <MessageThread
            key={thread.therapist.id}
            initial={thread}
            viewer="PATIENT"
            exercises={exercises}
            initialExercise={asked}
          />
        </section>
      ) : (
        <p className="empty">Once you have a visit or an exercise plan with a therapist, you can write to them here.</p>
      )}
    </div>
  );
}
