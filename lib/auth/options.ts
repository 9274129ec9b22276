// next-auth configuration: password sign-in (Credentials) and emailed magic links, JWT sessions
// carrying the user's id and role. Built lazily so `next build` needs no runtime secret.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import { z } from 'zod';
import { db } from '../db';
import { env } from '../env';
import { magicLinkAdapter } from './adapter';
import { clientIp } from './client-ip';
import { endSessions } from './end-sessions';
import { admitMagicLinkForEmail } from './magic-link-limit';
import { queueMagicLink } from './magic-link';
import { verifyPassword } from './password';
import { SIGN_IN_RATE_LIMITED, admitSignInAttempt, forgiveSignInAttempt } from './sign-in-throttle';
import { recordSignIn } from './record-sign-in';
import { loadSessionUser, SessionEndedError } from './session';
import type { Role } from './roles';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    // Secure (and __Secure-/__Host- prefixed) cookies whenever the public URL is https (next-auth's own
    // default, stated here because lib/auth/session.ts and proxy.ts read the cookie under the same rule).
    useSecureCookies: env().NEXTAUTH_URL.startsWith('https://'),
    adapter: magicLinkAdapter(),
    pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        // next-auth hands over whatever body it parsed (form or JSON); the limit is counted here,
        // on what it will check, before the password is.
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const ip = clientIp(req.headers);
          if (!(await admitSignInAttempt(email, ip))) throw new Error(SIGN_IN_RATE_LIMITED);
          const user = await db().user.findUnique({ where: { email } });
          const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
          if (!user || !ok) return null;
          await forgiveSignInAttempt(email, ip);
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      EmailProvider({
        maxAge: 15 * 60,
        from: env().MAIL_FROM,
        // Queued for every address, known or not; the job mails only active accounts. So the
        // answer and its timing are the same for both and say nothing about who has an account.
        sendVerificationRequest: queueMagicLink,
      }),
    ],
    callbacks: {
      async signIn({ user, email }) {
        // Asking for a link: counted per email and answered alike for every address (the job
        // decides whom to mail). Past the limit, next-auth redirects to our error URL and the
        // route answers 429.
        if (email?.verificationRequest) {
          return (
            (await admitMagicLinkForEmail(user.email ?? '')) ||
            `${env().NEXTAUTH_URL}/api/auth/error?error=${SIGN_IN_RATE_LIMITED}`
          );
        }
        // Signing in (password or link): a link for an address without an active account never
        // signs anyone in.
        return Boolean(user.id && (await db().user.count({ where: { id: user.id, active: true } })));
      },
      async jwt({ token, user }) {
        if (user) {
          const fresh = await db().user.findUniqueOrThrow({ where: { id: user.id } });
          token.sub = fresh.id;
          token.role = fresh.role;
          token.name = fresh.name;
          token.email = fresh.email;
          token.sv = fresh.sessionVersion;
          return token;
        }
        // next-auth's own /api/auth/session: the same rule as every API request (session.ts).
        // A signed-out, deactivated or re-passworded session is refused and its cookie cleared;
        // role and name are re-read, so the client never shows a role the user no longer has.
        const current = await loadSessionUser(token);
        if (!current) throw new SessionEndedError();
        token.role = current.role;
        token.name = current.name;
        token.email = current.email;
        return token;
      },
      async session({ session, token }) {
        session.user = { ...session.user, id: token.sub ?? '', role: token.role as Role };
        return session;
      },
    },
    logger: {
      // An ended session asking for /api/auth/session is expected (another tab signed out): not an error.
      error(code, metadata) {
        const cause = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
        if (code === 'JWT_SESSION_ERROR' && (cause as { name?: string } | null)?.name === SessionEndedError.name) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
    events: {
      async signIn({ user, account }) {
        await recordSignIn(user.id, account?.provider ?? 'unknown');
      },
      // Signing out ends every session of the user, on every device: a copied cookie or Bearer
      // token stops working too (lib/auth/session.ts compares versions).
      async signOut({ token }) {
        if (token?.sub) await endSessions(token.sub);
      },
    },
  };
  return options;
}
