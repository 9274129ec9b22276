// next-auth configuration: password sign-in (Credentials) and emailed magic links, JWT sessions
// carrying the user's id and role. Built lazily so `next build` needs no runtime secret.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import EmailProvider from 'next-auth/providers/email';
import { z } from 'zod';
import { db } from '../db';
import { env } from '../env';
import { sendMagicLink } from '../notify/send-magic-link';
import { magicLinkAdapter } from './adapter';
import { clientIp } from './client-ip';
import { verifyPassword } from './password';
import { recordFailedSignIn, recordSuccessfulSignIn } from './sign-in-throttle';
import { recordSignIn } from './record-sign-in';
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
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email, password } = parsed.data;
          const user = await db().user.findUnique({ where: { email } });
          const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
          if (!user || !ok) {
            await recordFailedSignIn(email, clientIp(req.headers));
            return null;
          }
          await recordSuccessfulSignIn(email);
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      EmailProvider({
        maxAge: 15 * 60,
        from: env().MAIL_FROM,
        async sendVerificationRequest({ identifier, url, expires }) {
          // Only existing, active accounts get a link; the page says "check your email" either
          // way, so the form does not reveal who has an account.
          const user = await db().user.findFirst({ where: { email: identifier.toLowerCase(), active: true } });
          if (user) await sendMagicLink(user.email, url, expires);
        },
      }),
    ],
    callbacks: {
      async signIn({ user }) {
        // A magic link for an address without an active account never signs anyone in.
        return Boolean(user.id && (await db().user.count({ where: { id: user.id, active: true } })));
      },
      async jwt({ token, user }) {
        if (user) {
          const fresh = await db().user.findUniqueOrThrow({ where: { id: user.id } });
          token.sub = fresh.id;
          token.role = fresh.role;
          token.name = fresh.name;
          token.email = fresh.email;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { ...session.user, id: token.sub ?? '', role: token.role as Role };
        return session;
      },
    },
    events: {
      async signIn({ user, account }) {
        await recordSignIn(user.id, account?.provider ?? 'unknown');
      },
    },
  };
  return options;
}
