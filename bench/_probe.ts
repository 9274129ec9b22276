import { buildBenchClinic } from './lib/clinic';
import { runBench } from './lib/environment';
import { cpuPer } from './lib/cpu';
import { ms, since, summarize } from './lib/stats';
runBench('probe', async (env) => {
  const c = await buildBenchClinic(env.client, { therapists: 5, booked: 500 });
  for (const enc of ['gzip, deflate, br', 'identity', 'gzip, deflate, br', 'identity']) {
    const t: number[] = []; let enc2 = ''; let len = 0;
    const b = env.cpu();
    for (let i = 0; i < 120; i++) {
      const now = Date.now();
      const q = new URLSearchParams({ visitTypeId: c.visitTypeId, from: new Date(now).toISOString(), to: new Date(now + 90 * 86400000).toISOString() });
      const t0 = performance.now();
      const r = await fetch(`${env.baseUrl}/api/slots?${q}`, { headers: { 'accept-encoding': enc } });
      const buf = await r.arrayBuffer(); len = buf.byteLength;
      if (i >= 20) t.push(since(t0));
      enc2 = r.headers.get('content-encoding') ?? 'none';
    }
    const s = summarize(t);
    console.log(enc, '->', enc2, 'p50', ms(s.p50), 'p95', ms(s.p95), 'cpu', cpuPer(b, env.cpu(), 120));
  }
});
