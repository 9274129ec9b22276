import type { Metadata } from 'next';
import Link from 'next/link';
import { requireRole } from '@/lib/auth/guards';
import { listConversations } from '@/lib/messaging/list-conversations';
import { LocalTime } from '@/app/_components/local-time';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Messages' };

export default async function TherapistInboxPage() {
  const user = await requireRole('THERAPIST', '/therapist/messages');
  const conversations = await listConversations(user);
  const unread = conversations.reduce((n, c) => n + c.unread, 0);
  return (
    <div className="stack">
      <div>
        <h1>Messages</h1>
        <p className="lead">
          {unread === 0 ? 'Nothing unread.' : `${unread} unread ${unread === 1 ? 'message' : 'messages'}.`} Each thread sits on
          the patient&rsquo;s page.
        </p>
      </div>
      {conversations.length === 0 ? (
        <p className="empty">No messages yet. Patients in your care can write to you from their dashboard.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="sr-only">Conversations with your patients, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Last message</th>
                <th scope="col">Unread</th>
              </tr>
            </thead>
            <tbody>
              {conversations.map((c) => (
                <tr key={c.patient.id}>
                  <td>
                    <Link href={`/therapist/patients/${c.patient.id}#messages-heading`}>{c.patient.name}</Link>
                  </td>
                  <td>{c.lastMessageAt ? <LocalTime iso={c.lastMessageAt} short /> : '–'}</td>
                  <td>{c.unread > 0 ? <span className="badge">{c.unread} unread</span> : '0'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
