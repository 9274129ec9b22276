// The front desk's day: one column per therapist who works at a clinic (based there or keeping
// hours there), in the clinic's zone. A practice admin reaches only their practice's clinics (a
// clinic of another practice answers 404, as every admin read does); a network admin any clinic.
import { bookableVisitTypeSelect, type BookableVisitType } from '../scheduling/bookable-visit-types';
import { db } from '../db';
import { AppError } from '../errors';
import type { SessionUser } from '../auth/roles';
import { gridDay, type GridDay } from '../scheduling/calendar-grid';
import { loadGridColumns, type GridColumnData } from '../scheduling/load-grid-columns';
import { localDateOf } from '../scheduling/zoned-time';
import { inPracticeScope } from './practice-scope';

export interface FrontDeskQuery {
  clinicId: string | null;
  date: string | null;
  visitTypeId: string | null;
}

export interface FrontDeskDay extends GridColumnData {
  clinics: { id: string; name: string }[];
  clinic: { id: string; name: string; timezone: string; practiceId: string } | null;
  /** Active visit types of the practice (and the network's): the filter, and what may be booked. */
  visitTypes: BookableVisitType[];
  therapists: { id: string; name: string; offersVirtual: boolean }[];
  day: GridDay | null;
  today: string | null;
}

export async function loadFrontDeskDay(admin: SessionUser, q: FrontDeskQuery, now = new Date()): Promise<FrontDeskDay> {
  const clinics = await db().clinic.findMany({
    where: { ...inPracticeScope(admin), active: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, timezone: true, practiceId: true },
  });
  const clinic = q.clinicId ? clinics.find((c) => c.id === q.clinicId) : clinics[0];
  if (q.clinicId && !clinic) throw new AppError('NOT_FOUND', 'Clinic not found.');
  const empty = { visits: [], timeOff: [], working: new Map(), closed: new Map() };
  const list = clinics.map(({ id, name }) => ({ id, name }));
  if (!clinic) return { clinics: list, clinic: null, visitTypes: [], therapists: [], day: null, today: null, ...empty };
  const [therapists, visitTypes] = await Promise.all([
    db().therapist.findMany({
      where: {
        practiceId: clinic.practiceId,
        user: { active: true },
        OR: [{ clinicId: clinic.id }, { availabilityRules: { some: { clinicId: clinic.id } } }],
      },
      orderBy: { user: { name: 'asc' } },
      select: { id: true, offersVirtual: true, user: { select: { name: true } } },
    }),
    db().visitType.findMany({
      where: { active: true, OR: [{ practiceId: null }, { practiceId: clinic.practiceId }] },
      orderBy: { name: 'asc' },
      select: bookableVisitTypeSelect,
    }),
  ]);
  const visitTypeId = q.visitTypeId && visitTypes.some((v) => v.id === q.visitTypeId) ? q.visitTypeId : null;
  const today = localDateOf(now.getTime(), clinic.timezone);
  const day = gridDay(q.date ?? today, clinic.timezone);
  const data = await loadGridColumns(
    therapists.map((t) => t.id),
    day.start,
    day.end,
    visitTypeId,
  );
  return {
    clinics: list,
    clinic,
    visitTypes,
    day,
    today,
    ...data,
    therapists: therapists.map((t) => ({ id: t.id, name: t.user.name, offersVirtual: t.offersVirtual })),
  };
}
