// The secret in a therapist's calendar feed URL. Only its SHA-256 is stored (like the waitlist
// and password-setup tokens), so a database leak does not hand out working feed URLs.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: 43 characters. */
export const newFeedToken = () => randomBytes(32).toString('base64url');

export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const feedPath = (token: string) => `/api/calendar/${token}.ics`;
