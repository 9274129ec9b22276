import path from 'node:path';
import { startService, waitForHttp, type Service } from './processes';

/** maildev: catches every mail the app sends (SMTP), with an inbox UI and JSON API on `web`. */
export async function startMailCatcher(smtp: number, web: number): Promise<Service> {
  const bin = path.join(process.cwd(), 'node_modules/.bin/maildev');
  const service = startService('mail', bin, ['--smtp', String(smtp), '--web', String(web), '--ip', '127.0.0.1', '--silent'], {
    quiet: true,
  });
  await waitForHttp(`http://127.0.0.1:${web}/api/healthz`, 20_000);
  return service;
}
