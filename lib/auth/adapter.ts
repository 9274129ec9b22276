// The part of a next-auth adapter that email magic links need, over our own tables.
// Accounts are never created here: patients sign up with the form, staff are created by admins.
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import { db } from '../db';

const userFields = { id: true, email: true, name: true, emailVerified: true } as const;

export function magicLinkAdapter(): Adapter {
  return {
    async getUserByEmail(email): Promise<AdapterUser | null> {
      return db().user.findFirst({ where: { email: email.toLowerCase(), active: true }, select: userFields });
    },
    async getUser(id): Promise<AdapterUser | null> {
      return db().user.findFirst({ where: { id, active: true }, select: userFields });
    },
    async updateUser(user): Promise<AdapterUser> {
      return db().user.update({
        where: { id: user.id },
        data: { emailVerified: user.emailVerified ?? undefined },
        select: userFields,
      });
    },
    async createUser(): Promise<AdapterUser> {
      throw new Error('Accounts are not created through magic links');
    },
    async createVerificationToken(token) {
      return db().verificationToken.create({ data: { ...token, identifier: token.identifier.toLowerCase() } });
    },
    async useVerificationToken({ identifier, token }) {
      // Deleting is what makes the link single-use: of two clicks racing, one delete wins.
      const deleted = await db().verificationToken.deleteMany({
        where: { identifier: identifier.toLowerCase(), token, expires: { gt: new Date() } },
      });
      if (deleted.count === 0) return null;
      // deleteMany returns no rows; the expiry was checked in the same statement instead.
      return { identifier: identifier.toLowerCase(), token, expires: new Date(Date.now() + 60_000) };
    },
  };
}
