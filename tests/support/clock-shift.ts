// `npm run test:calendar-days` moves every process's clock with libfaketime and sets
// REHABIT_CLOCK_SHIFTED. livekit-server is a static Go binary that reads the clock without libc, so
// it alone keeps the real time: a token we sign "now" is from its future, and what it signs is from
// our past. The few tests that need a live exchange with it skip themselves on a shifted clock;
// everything else, including the token's own claims, still runs. docs/decisions/020-test-clock.md.
export const CLOCK_SHIFTED = Boolean(process.env.REHABIT_CLOCK_SHIFTED);
export const LIVEKIT_KEEPS_REAL_CLOCK =
  'the clock is shifted (test:calendar-days) and livekit-server, a static Go binary, keeps the real one';
