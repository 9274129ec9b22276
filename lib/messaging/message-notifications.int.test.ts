// The email side of messaging (decision 026): the other party's "new message" email is queued with
// the message, once per burst until read, and carries a link only; the therapist's daily digest of
// patient messages unanswered for more than a business day. Mail is read from the real SMTP catcher.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import {
  createAdmin,
  createExercise,
  createExercisePlan,
  createPatient,
  createPractice,
  createTherapist,
} from '@/prisma/factories';
import { call } from '@/tests/support/http';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import { GET as thread, POST as send } from '@/app/api/conversations/[patientId]/[therapistId]/messages/route';
import { runJob } from '@/lib/jobs/run-job';
import { sendUnansweredDigests } from './send-unanswered-digests';

const person = (u: {
  id: string;
  email: string;
  name: string;
  role: SessionUser['role'];
  practiceId: string | null;
}): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, practiceId: u.practiceId });

const ZONE = 'America/New_York';
const today = () => new Date().toISOString().slice(0, 10);

async function practiceWithTherapist(name: string) {
  const practice = await createPractice(db(), { name });
  const user = await createTherapist(db(), { practiceId: practice.id, timezone: ZONE, name: `${name} Therapist` });
  return { practice, therapist: person(user), therapistId: user.therapist!.id };
}

async function patientOf(therapistId: string, name: string) {
  const user = await createPatient(db(), { name });
  const exercise = await createExercise(db(), { name: 'Bird dog' });
  await createExercisePlan(db(), {
    patientId: user.patient!.id,
    therapistId,
    versions: [{ startsOn: today(), items: [{ exerciseId: exercise.id }] }],
  });
  return { patient: person(user), patientId: user.patient!.id };
}

const noticeJobs = (messageIds: string[]) => db().$queryRaw<{ data: { messageId: string } }[]>`
  SELECT data FROM pgboss.job WHERE name = 'message.notify' AND data->>'messageId' = ANY(${messageIds}) ORDER BY created_on`;

describe('the "new message" email', () => {
  let maya: SessionUser;
  let mayaId: string;
  let jordan: SessionUser;
  let jordanId: string;
  let harborAdmin: SessionUser;
  let otherAdmin: SessionUser;
  const params = () => ({ patientId: jordanId, therapistId: mayaId });
  const write = (as: SessionUser, body: string) => call(send, { method: 'POST', as, params: params(), json: { body } });

  beforeAll(async () => {
    const harbor = await practiceWithTherapist('Harbor Notices');
    maya = harbor.therapist;
    mayaId = harbor.therapistId;
    ({ patient: jordan, patientId: jordanId } = await patientOf(mayaId, 'Jordan Notice'));
    harborAdmin = person(await createAdmin(db(), { practiceId: harbor.practice.id }));
    otherAdmin = person(await createAdmin(db(), { practiceId: (await createPractice(db(), { name: 'Prairie Notices' })).id }));
  });

  it('is queued once for a burst, sent with a link and no health content, and again only after a read', async () => {
    const burst = [];
    for (const body of ['My knee is swollen after the squats', 'Also the bird dog hurts', 'Should I stop?']) {
      const res = await write(jordan, body);
      expect(res.status).toBe(201);
      burst.push(res.body.id as string);
    }
    const jobs = await noticeJobs(burst);
    expect(jobs.map((j) => j.data.messageId)).toEqual([burst[0]]);

    await runJob('message.notify', jobs[0]!.data);
    const mail = await latestMailTo(maya.email);
    expect(mail.subject).toBe('You have a new message from a patient');
    expect(mail.text).toContain(`/therapist/patients/${jordanId}#messages-heading`);
    for (const secret of ['knee', 'swollen', 'bird dog', 'Jordan']) {
      expect(mail.text).not.toContain(secret);
      expect(mail.html).not.toContain(secret);
    }

    // Maya reads the thread; Jordan's next message brings a new email.
    expect((await call(thread, { as: maya, params: params() })).status).toBe(200);
    const after = await write(jordan, 'Never mind, it is better today');
    expect((await noticeJobs([after.body.id])).length).toBe(1);

    // Maya answers: Jordan is told, with a link to his messages.
    const answer = await write(maya, 'Good to hear. Keep the squats shallow.');
    const [answerJob] = await noticeJobs([answer.body.id]);
    await runJob('message.notify', answerJob!.data);
    const toJordan = await latestMailTo(jordan.email);
    expect(toJordan.subject).toBe('You have a new message from your therapist');
    expect(toJordan.text).toContain(`/patient/messages?therapist=${mayaId}`);
    expect(toJordan.text).not.toContain('squats');
  });

  it('sends nothing when the message was read before the job ran', async () => {
    expect((await call(thread, { as: jordan, params: params() })).status).toBe(200); // the earlier answer, read
    const res = await write(maya, 'Did the new band arrive?');
    const [job] = await noticeJobs([res.body.id]);
    expect((await call(thread, { as: jordan, params: params() })).status).toBe(200); // Jordan reads it in the app
    const before = (await mailsTo(jordan.email)).length;
    await runJob('message.notify', job!.data);
    await new Promise((r) => setTimeout(r, 300));
    expect((await mailsTo(jordan.email)).length).toBe(before);
  });

  it("queues nothing for a write that is refused: another practice's admin (404), the practice's admin (403)", async () => {
    const before = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'message.notify'`;
    expect((await write(otherAdmin, 'Hello from elsewhere')).status).toBe(404);
    expect((await write(harborAdmin, 'Hello from the front desk')).status).toBe(403);
    const after = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'message.notify'`;
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await db().message.count({ where: { patientId: jordanId, body: { startsWith: 'Hello from' } } })).toBe(0);
  });
});

describe('the daily digest of unanswered patient messages', () => {
  it('lists, as links only, the conversations a patient has waited in for more than a business day', async () => {
    const { therapist: dana, therapistId: danaId } = await practiceWithTherapist('Digest PT');
    const waiting = await patientOf(danaId, 'Wanda Waiting');
    const recent = await patientOf(danaId, 'Rita Recent');
    const answered = await patientOf(danaId, 'Andy Answered');
    const write = (patientId: string, senderRole: 'PATIENT' | 'THERAPIST', senderUserId: string, body: string, sentAt: string) =>
      db().message.create({ data: { patientId, therapistId: danaId, senderRole, senderUserId, body, sentAt: new Date(sentAt) } });
    // "Now" is Wednesday 9 December 2026, 8:30 AM in New York.
    const now = new Date('2026-12-09T13:30:00Z');
    await write(waiting.patientId, 'PATIENT', waiting.patient.id, 'My shoulder clicks', '2026-12-07T15:00:00Z'); // Monday
    await write(recent.patientId, 'PATIENT', recent.patient.id, 'Quick question', '2026-12-08T15:00:00Z'); // Tuesday
    await write(answered.patientId, 'PATIENT', answered.patient.id, 'Is ice fine?', '2026-12-07T14:00:00Z');
    await write(answered.patientId, 'THERAPIST', dana.id, 'Yes', '2026-12-07T18:00:00Z');

    await sendUnansweredDigests(now);
    const mail = await latestMailTo(dana.email);
    expect(mail.subject).toBe('Rehabit: 1 patient is waiting for an answer');
    expect(mail.text).toContain(`/therapist/patients/${waiting.patientId}#messages-heading`);
    expect(mail.text).toContain('waiting since Mon, Dec 7');
    expect(mail.text).not.toContain(recent.patientId);
    expect(mail.text).not.toContain(answered.patientId);
    for (const secret of ['shoulder', 'Wanda']) expect(mail.text + mail.html).not.toContain(secret);

    // Dana answers Wanda; on Thursday only Rita (Tuesday's message) is overdue.
    await write(waiting.patientId, 'THERAPIST', dana.id, 'Let us look on Friday', '2026-12-09T14:00:00Z');
    await sendUnansweredDigests(new Date('2026-12-10T13:30:00Z'));
    await expect.poll(async () => (await mailsTo(dana.email)).length).toBe(2);
    const thursday = await latestMailTo(dana.email);
    expect(thursday.text).toContain(recent.patientId);
    expect(thursday.text).not.toContain(waiting.patientId);
  });

  it('reaches a therapist once per day of their clock, however often (or how concurrently) the job runs', async () => {
    const { therapist: ezra, therapistId: ezraId } = await practiceWithTherapist('Once PT');
    const waiting = await patientOf(ezraId, 'Walt Waiting');
    await db().message.create({
      data: {
        patientId: waiting.patientId,
        therapistId: ezraId,
        senderRole: 'PATIENT',
        senderUserId: waiting.patient.id,
        body: 'Still sore',
        sentAt: new Date('2026-12-07T15:00:00Z'), // Monday
      },
    });
    // Wednesday 8:30 in New York: a retried job, and two workers at once.
    const wednesday = new Date('2026-12-09T13:30:00Z');
    await sendUnansweredDigests(wednesday);
    await Promise.all([
      sendUnansweredDigests(new Date('2026-12-09T13:31:00Z')),
      sendUnansweredDigests(new Date('2026-12-09T20:00:00Z')),
    ]);
    // 11 PM on the Wednesday in New York is already Thursday in UTC: still Wednesday's digest.
    await sendUnansweredDigests(new Date('2026-12-10T04:00:00Z'));
    expect((await latestMailTo(ezra.email)).subject).toBe('Rehabit: 1 patient is waiting for an answer');
    expect((await mailsTo(ezra.email)).length).toBe(1);
    expect(await db().messageDigest.count({ where: { therapistId: ezraId } })).toBe(1);
    // Thursday (on Ezra's clock) brings the next one.
    await sendUnansweredDigests(new Date('2026-12-10T13:30:00Z'));
    await expect.poll(async () => (await mailsTo(ezra.email)).length).toBe(2);
    expect(await db().messageDigest.count({ where: { therapistId: ezraId } })).toBe(2);
  });
});
