// The RTM consent text (decision 026), apart from the code that records it so the seed can name it.
/** The text the therapist reads to (or shows) the patient; a new wording gets a new version. */
export const RTM_CONSENT_TEXT = {
  version: 'rtm-2026-12',
  text:
    'Your therapist will review the exercise logs, pain and check-ins you record in Rehabit between visits, ' +
    'and may bill your insurance for this remote monitoring (which can mean a copay). You can stop at any time.',
} as const;
