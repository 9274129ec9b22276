import { db } from '../db';
import type { SessionUser } from '../auth/roles';

/** The clinics an admin may filter the report by: their practice's, or all for a network admin. */
export function listReportClinics(admin: SessionUser): Promise<{ id: string; name: string }[]> {
  return db().clinic.findMany({
    where: admin.practiceId ? { practiceId: admin.practiceId } : {},
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}
