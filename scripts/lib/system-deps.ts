// What the tests need from the operating system: Debian's Chromium (Playwright cannot download
// its own browser here) and docker-compose (to validate docker-compose.yml without an engine).
import fs from 'node:fs';
import { execSync } from 'node:child_process';
import { run } from './processes';

const hasCommand = (name: string) => {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

/** `extra`: further Debian packages named after their command (e.g. `faketime` for the calendar-days run). */
export async function ensureSystemDeps(extra: string[] = []): Promise<void> {
  const missing = [
    ...(fs.existsSync('/usr/bin/chromium') ? [] : ['chromium']),
    ...(hasCommand('docker-compose') ? [] : ['docker-compose']),
    ...extra.filter((name) => !hasCommand(name)),
  ];
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Missing system packages: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  console.log(`Installing ${missing.join(', ')} with apt-get…`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (
    (await run('apt-get', ['update', '-qq'], env)) !== 0 ||
    (await run('apt-get', ['install', '-y', '-qq', ...missing], env)) !== 0
  ) {
    throw new Error(`apt-get could not install ${missing.join(', ')}`);
  }
}
