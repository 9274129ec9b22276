// Next's start-up hook: runs once per server process before the first request.
export async function register(): Promise<void> {
  // The Node server only. Written as one `if` on NEXT_RUNTIME (which the bundler inlines) so the
  // edge bundle drops these imports and never sees pg-boss or pg.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Not while `next build` prerenders pages.
    if (process.env.NEXT_PHASE === 'phase-production-build') return;
    const { ConfigError, env } = await import('./lib/env');
    try {
      env();
    } catch (err) {
      // Next only logs a failing start-up hook and serves anyway: bad configuration (or a
      // development secret in a deployment) must stop the server instead.
      if (!(err instanceof ConfigError)) throw err;
      console.error(err.message);
      process.exit(1);
    }
    // The password judge indexes its dictionaries (about a second of CPU) now, in the background,
    // rather than in the first sign-up's request.
    setTimeout(() => void import('./lib/auth/password-strength').then((m) => m.warmUpPasswordJudge()), 0);
    if (process.env.REHABIT_WORKER === 'off') return; // a web-only instance
    const { startWorker } = await import('./lib/jobs/worker');
    await startWorker();
  }
}
