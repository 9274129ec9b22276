// Shared by the page (a server component) and the form (a client one): a plain module, because a
// value exported from a "use client" file reaches server code only as a client reference.
export const KIND_LABEL = { LICENSE: 'State license', COMPACT_PRIVILEGE: 'PT Compact privilege' } as const;
