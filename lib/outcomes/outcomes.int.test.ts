import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { addDays, todayIn } from '@/lib/plans/calendar';
import { call } from '@/tests/support/http';
import { latestMailTo, mailsTo } from '@/tests/support/mail';
import {
  createExerciseLogs,
  createExercisePlan,
  createOutcomeScore,
  createPatient,
  createPractice,
  createTherapist,
  installStarterLibrary,
} from '@/prisma/factories';
import { POST as submit } from '@/app/api/outcome-scores/route';
import { GET as dashboard } from '@/app/api/patient-dashboard/route';
import { GET as flagsRoute } from '@/app/api/flags/route';
import { POST as acknowledge } from '@/app/api/flags/[id]/acknowledge/route';
import { GET as progress } from '@/app/api/patients/[id]/progress/route';

const ZONE = 'America/New_York';
const today = () => todayIn(ZONE, new Date());

let lib: Map<string, string>;
let practiceId: string;

async function therapist(name = 'Maya Chen') {
  const u = await createTherapist(db(), { practiceId, name, email: `t-${randomUUID().slice(0, 8)}@example.test` });
  return { ...u, therapistId: u.therapist!.id };
}

/** A patient with a plan from the therapist that started `daysAgo` days ago (two daily exercises). */
async function patientWithPlan(t: { therapistId: string }, daysAgo = 0, name = 'Jordan Miller') {
  const user = await createPatient(db(), { name, email: `p-${randomUUID().slice(0, 8)}@example.test` });
  const startsOn = addDays(today(), -daysAgo);
  const plan = await createExercisePlan(db(), {
    patientId: user.patient!.id,
    therapistId: t.therapistId,
    versions: [
      {
        startsOn,
        endsOn: addDays(startsOn, 55),
        items: [{ exerciseId: lib.get('pelvic-tilt')! }, { exerciseId: lib.get('bird-dog')! }],
      },
    ],
  });
  return { ...user, patientId: user.patient!.id, planId: plan.id, versionId: plan.versions[0]!.id, startsOn };
}

const odi = (answers: (number | null)[]) => ({ instrument: 'ODI', answers });

beforeAll(async () => {
  lib = await installStarterLibrary(db());
  practiceId = (await createPractice(db())).id;
});

describe('questionnaires', () => {
  it('intake: the dashboard lists ODI and NPRS as due; answering scores them on the server', async () => {
    const t = await therapist();
    const p = await patientWithPlan(t);
    expect((await call(dashboard, { as: p })).body.questionnairesDue).toEqual([
      { instrument: 'ODI', timepoint: 'INTAKE', dueOn: today() },
      { instrument: 'NPRS', timepoint: 'INTAKE', dueOn: today() },
    ]);
    // 2+3+2+1+3+2+2+skip+2+2 = 19 of 45 = 42.2 %
    const res = await call(submit, {
      method: 'POST',
      as: p,
      json: { planId: p.planId, ...odi([2, 3, 2, 1, 3, 2, 2, null, 2, 2]) },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      instrument: 'ODI',
      timepoint: 'INTAKE',
      score: 42.2,
      bandLabel: 'Severe disability (41–60 %)',
      takenOn: today(),
    });
    const again = await call(submit, {
      method: 'POST',
      as: p,
      json: { planId: p.planId, ...odi([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) },
    });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('QUESTIONNAIRE_NOT_DUE');
    const pain = await call(submit, { method: 'POST', as: p, json: { planId: p.planId, instrument: 'NPRS', rating: 6 } });
    expect(pain.body).toMatchObject({ score: 6, bandLabel: 'Moderate pain (4–6)' });
    const board = (await call(dashboard, { as: p })).body;
    expect(board.questionnairesDue).toEqual([]);
    expect(board.scores.map((s: { instrument: string; score: number }) => [s.instrument, s.score])).toEqual([
      ['ODI', 42.2],
      ['NPRS', 6],
    ]);
  });

  it("refuses an ODI with three sections skipped, a rating outside 0–10, and another patient's plan", async () => {
    const t = await therapist();
    const p = await patientWithPlan(t);
    const other = await patientWithPlan(t, 0, 'Alex Rivera');
    const skipped = await call(submit, {
      method: 'POST',
      as: p,
      json: { planId: p.planId, ...odi([2, null, null, 1, 3, 2, 2, null, 2, 2]) },
    });
    expect(skipped.status).toBe(422);
    expect(skipped.body.error).toMatchObject({
      code: 'QUESTIONNAIRE_INCOMPLETE',
      message: 'Answer at least 8 of the 10 sections.',
    });
    expect(
      (await call(submit, { method: 'POST', as: p, json: { planId: p.planId, ...odi([6, 0, 0, 0, 0, 0, 0, 0, 0, 0]) } })).status,
    ).toBe(400);
    expect(
      (await call(submit, { method: 'POST', as: p, json: { planId: p.planId, instrument: 'NPRS', rating: 11 } })).status,
    ).toBe(400);
    expect(
      (await call(submit, { method: 'POST', as: p, json: { planId: other.planId, instrument: 'NPRS', rating: 3 } })).status,
    ).toBe(404);
    expect(await db().outcomeScore.count({ where: { planId: { in: [p.planId, other.planId] } } })).toBe(0);
  });

  it('two weeks in: the follow-up is due; a clinically important worsening flags it for the therapist', async () => {
    const t = await therapist();
    const p = await patientWithPlan(t, 14);
    await createOutcomeScore(db(), {
      patientId: p.patientId,
      planId: p.planId,
      instrument: 'ODI',
      score: 30,
      takenOn: p.startsOn,
    });
    await createOutcomeScore(db(), {
      patientId: p.patientId,
      planId: p.planId,
      instrument: 'NPRS',
      score: 4,
      takenOn: p.startsOn,
    });
    expect((await call(dashboard, { as: p })).body.questionnairesDue.map((d: { timepoint: string }) => d.timepoint)).toEqual([
      'FOLLOW_UP',
      'FOLLOW_UP',
    ]);

    // 21 of 50 = 42 %: 12 points worse than intake
    const worse = await call(submit, {
      method: 'POST',
      as: p,
      json: { planId: p.planId, ...odi([3, 2, 2, 2, 2, 2, 2, 2, 2, 2]) },
    });
    expect(worse.body).toMatchObject({ timepoint: 'FOLLOW_UP', score: 42 });
    await call(submit, { method: 'POST', as: p, json: { planId: p.planId, instrument: 'NPRS', rating: 5 } }); // +1: no flag

    const open = await call(flagsRoute, { as: t });
    expect(open.body.flags).toEqual([
      expect.objectContaining({
        kind: 'ODI_WORSE',
        label: 'Disability (ODI) worse',
        patient: { id: p.patientId, name: 'Jordan Miller' },
        detail: `ODI 42 % on ${today()}: worse by 12 since the previous score (30 % on ${p.startsOn}).`,
      }),
    ]);
  });

  it('acknowledging a flag: the treating therapist only, and twice is harmless', async () => {
    const t = await therapist();
    const stranger = await therapist('Luis Herrera');
    const p = await patientWithPlan(t);
    const version = p.versionId;
    await createExerciseLogs(db(), [
      {
        patientId: p.patientId,
        planId: p.planId,
        versionId: version,
        exerciseId: lib.get('bird-dog')!,
        performedOn: today(),
        pain: 9,
      },
    ]);
    const flag = await db().patientFlag.create({
      data: {
        patientId: p.patientId,
        planId: p.planId,
        kind: 'HIGH_PAIN',
        key: `high-pain:${today()}`,
        detail: 'Logged pain 9/10.',
      },
    });
    expect((await call(acknowledge, { method: 'POST', as: stranger, params: { id: flag.id } })).status).toBe(404);
    const ack = await call(acknowledge, { method: 'POST', as: t, params: { id: flag.id } });
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).not.toBeNull();
    expect((await call(acknowledge, { method: 'POST', as: t, params: { id: flag.id } })).body.acknowledgedAt).toBe(
      ack.body.acknowledgedAt,
    );
    expect((await call(flagsRoute, { as: t })).body.flags).toEqual([]);
    expect(await db().auditEvent.count({ where: { action: 'flag.acknowledge', entityId: flag.id } })).toBe(1);
  });
});

describe('daily jobs', () => {
  it('outcomes.remind: one email per patient with questionnaires due, never twice for the same due date', async () => {
    const t = await therapist();
    const p = await patientWithPlan(t);
    await runJob('outcomes.remind', {});
    const mail = await latestMailTo(p.email);
    expect(mail.subject).toBe('2 short questionnaires are due');
    expect(mail.text).toContain('Oswestry Disability Index');
    expect(mail.text).toContain('Pain rating (0–10)');
    expect(mail.text).toContain('/patient#questionnaires-heading');
    await runJob('outcomes.remind', {});
    expect(await mailsTo(p.email)).toHaveLength(1);
  });

  it('flags.digest: raises low adherence over the last 7 days, and mails each therapist their new flags once', async () => {
    const t = await therapist('Hannah Brooks');
    const lazy = await patientWithPlan(t, 10, 'Taylor Brooks');
    const keen = await patientWithPlan(t, 10, 'Sam Patel');
    // keen does both exercises every day; lazy one exercise on 3 of the last 7 days (3 of 14)
    const days = Array.from({ length: 10 }, (_, i) => addDays(today(), -10 + i));
    await createExerciseLogs(db(), [
      ...days.flatMap((d) =>
        ['pelvic-tilt', 'bird-dog'].map((slug) => ({
          patientId: keen.patientId,
          planId: keen.planId,
          versionId: keen.versionId,
          exerciseId: lib.get(slug)!,
          performedOn: d,
        })),
      ),
      ...days.slice(-3).map((d) => ({
        patientId: lazy.patientId,
        planId: lazy.planId,
        versionId: lazy.versionId,
        exerciseId: lib.get('pelvic-tilt')!,
        performedOn: d,
      })),
    ]);
    await runJob('flags.digest', {});
    const flags = await db().patientFlag.findMany({ where: { plan: { therapistId: t.therapistId } } });
    expect(flags.map((f) => [f.patientId, f.kind])).toEqual([[lazy.patientId, 'LOW_ADHERENCE']]);
    expect(flags[0]!.detail).toBe(`Did 3 of 14 prescribed sessions (21 %) in the 7 days to ${addDays(today(), -1)}.`);
    expect(flags[0]!.digestedAt).not.toBeNull();

    const mail = await latestMailTo(t.email);
    expect(mail.subject).toBe('Rehabit: 1 new flag on your patients');
    expect(mail.text).toContain('Taylor Brooks: Low adherence.');
    expect(mail.text).toContain(`/therapist/patients/${lazy.patientId}`);
    expect(mail.text).not.toContain('Sam Patel');

    await runJob('flags.digest', {});
    expect(await mailsTo(t.email)).toHaveLength(1);
    expect(await db().patientFlag.count({ where: { plan: { therapistId: t.therapistId } } })).toBe(1);
  });
});

describe("the therapist's patient view", () => {
  it('shows adherence and pain week by week, scores, recent logs and flags', async () => {
    const t = await therapist();
    const p = await patientWithPlan(t, 3);
    await createExerciseLogs(
      db(),
      [0, 1, 2, 3].flatMap((n) => [
        {
          patientId: p.patientId,
          planId: p.planId,
          versionId: p.versionId,
          exerciseId: lib.get('pelvic-tilt')!,
          performedOn: addDays(today(), -n),
          pain: 2 + n,
        },
      ]),
    );
    await createOutcomeScore(db(), {
      patientId: p.patientId,
      planId: p.planId,
      instrument: 'NPRS',
      score: 5,
      takenOn: p.startsOn,
    });
    const res = await call(progress, { as: t, params: { id: p.patientId } });
    expect(res.status).toBe(200);
    expect(res.body.plan.current.items).toHaveLength(2);
    expect(res.body.recentLogs).toHaveLength(4);
    expect(res.body.recentLogs[0]).toMatchObject({ exercise: 'Pelvic tilt', performedOn: today(), pain: 2 });
    expect(res.body.scores).toEqual([expect.objectContaining({ instrument: 'NPRS', score: 5, timepoint: 'INTAKE' })]);
    expect(res.body.last7Days).toEqual({ prescribed: 6, done: 3, adherencePercent: 50 });
    expect(res.body.progress.length).toBeGreaterThanOrEqual(1); // weeks since the plan started, at most 12
    const weeks = res.body.progress.filter((w: { sessionsLogged: number }) => w.sessionsLogged > 0);
    expect(weeks.reduce((n: number, w: { sessionsLogged: number }) => n + w.sessionsLogged, 0)).toBe(4);
    expect(res.body.questionnairesDue.map((d: { instrument: string }) => d.instrument)).toEqual(['ODI']);
  });
});
