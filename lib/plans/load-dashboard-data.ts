// Everything the patient dashboard reads, in ONE round trip (like the slot loader): the patient
// and their today, the next booked visit, the open plan with every version, item and exercise,
// the plan's logs summed per day and exercise since 13 weeks ago, the days with anything logged
// (for the streak) and the questionnaire scores, built as one JSON value by Postgres. The query
// itself is the SQL function rehabit_patient_dashboard (see its migration).
import { db, Prisma } from '../db';

export interface DashboardItemRow {
  exerciseId: string;
  position: number;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  timesPerDay: number;
  daysPerWeek: number;
  notes: string;
  timesOfDay: ('MORNING' | 'MIDDAY' | 'EVENING' | 'BEFORE_BED')[];
  exercise: {
    name: string;
    purpose: string;
    steps: string[];
    cautions: string;
    illustration: string;
    region: 'LOWER_BACK' | 'CORE' | 'HIP_PELVIS' | 'LEG' | 'WHOLE_BODY';
    category: 'STRENGTHENING' | 'STRETCHING' | 'MOBILITY' | 'STABILIZATION' | 'AEROBIC';
  };
}

export interface DashboardRow {
  patient: { id: string; timezone: string } | null;
  next: {
    id: string;
    startsAt: string;
    endsAt: string;
    modality: 'IN_CLINIC' | 'VIRTUAL';
    visitType: string;
    therapist: string;
    clinic: string | null;
  } | null;
  plan: {
    id: string;
    title: string;
    therapist: string;
    versions: {
      id: string;
      version: number;
      effectiveFrom: string;
      startsOn: string;
      endsOn: string | null;
      notes: string;
      items: DashboardItemRow[];
    }[];
  } | null;
  /** [day number, exercise id, sessions, pain sum, highest pain] */
  activity: [number, string, number, number, number][];
  /** Day numbers with anything logged, newest first. */
  loggedDays: number[];
  /** Without the ODI section answers: the dashboard shows scores, the therapist's view shows answers. */
  scores: {
    id: string;
    instrument: 'ODI' | 'NPRS';
    timepoint: 'INTAKE' | 'FOLLOW_UP' | 'DISCHARGE';
    score: number;
    takenOn: string;
  }[];
  /** Today's logs of the open plan that named a time of day (issue 16 part 5). */
  timedToday: { exerciseId: string; timeOfDay: 'MORNING' | 'MIDDAY' | 'EVENING' | 'BEFORE_BED' }[];
}

export async function loadDashboardData(userId: string, now: Date): Promise<DashboardRow> {
  const [row] = await db().$queryRaw<{ data: DashboardRow }[]>(dashboardQuery(userId, now));
  return row!.data;
}

/**
 * The one statement loadDashboardData sends: a call of the PL/pgSQL function that holds the query
 * (migration 20261206010000_dashboard_function), so Postgres plans it once per connection, not on
 * every request (planning was ~4.4 ms of the loader's ~5.5 ms; decision 047). Exported for
 * bench:dashboard's EXPLAIN.
 */
export function dashboardQuery(userId: string, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT rehabit_patient_dashboard(${userId}, ${now}::timestamptz) AS data`;
}
