'use client';

// next-auth's client is loaded on the click, not with every page (first-load JS, decision 028).
async function signOut(): Promise<void> {
  const { signOut: nextAuthSignOut } = await import('next-auth/react');
  await nextAuthSignOut({ callbackUrl: '/' });
}

export function SignOutButton() {
  return (
    <button type="button" className="button-secondary" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
