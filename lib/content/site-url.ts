import { env } from '../env';

/** An absolute URL on this site (structured data wants absolute URLs). */
export function siteUrl(path: string): string {
  return new URL(path, env().NEXTAUTH_URL).toString();
}
