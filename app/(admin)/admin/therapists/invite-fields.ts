// The invitation form's fields and the API body made from them (checked by the API's
// `inviteTherapistInput` in invite-schema.ts). No zod here: this is in the first load.

export interface PracticeChoice {
  id: string;
  name: string;
  clinics: { id: string; name: string; timezone: string }[];
}

export interface InviteFields {
  name: string;
  email: string;
  practiceId: string;
  /** '' = no home clinic (video visits only). */
  clinicId: string;
  timezone: string;
  credentials: string;
  offersVirtual: boolean;
}

/** A fresh form for a practice: its first clinic and that clinic's zone. */
export function inviteFields(practice: PracticeChoice | undefined, timezone?: string): InviteFields {
  const clinic = practice?.clinics[0];
  return {
    name: '',
    email: '',
    practiceId: practice?.id ?? '',
    clinicId: clinic?.id ?? '',
    timezone: timezone ?? clinic?.timezone ?? 'America/New_York',
    credentials: 'PT, DPT',
    offersVirtual: false,
  };
}

/** The body of POST /api/admin/therapists; empty credentials take the API's default. */
export const inviteBody = (fields: InviteFields) => ({
  ...fields,
  clinicId: fields.clinicId || null,
  credentials: fields.credentials.trim() || undefined,
});
