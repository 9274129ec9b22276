import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Every test runs in UTC unless it names a zone; time-zone logic takes the zone as an argument.
process.env.TZ = 'UTC';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'e2e/**', 'node_modules/**', '.next/**', '.data/**'],
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        // Components (*.test.tsx): Testing Library in jsdom, no server, no database.
        resolve: { alias },
        test: {
          name: 'component',
          include: ['**/*.test.tsx'],
          exclude: ['e2e/**', 'node_modules/**', '.next/**', '.data/**'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/testing-library.ts'],
          env: { TZ: 'UTC' },
          // Simulated typing and clicking through a whole form takes seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['**/*.int.test.ts'],
          exclude: ['e2e/**', 'node_modules/**', '.next/**', '.data/**'],
          setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/fresh-database.ts'],
          env: { TZ: 'UTC', NODE_ENV: 'test' },
          pool: 'forks',
          // The LiveKit tests join rooms over the signalling WebSocket; Node 20 has WebSocket behind a flag.
          execArgv: Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket'] : [],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
