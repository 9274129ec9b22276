// Serves the production build exactly as `next start -p PORT` does (same Next request handler),
// plus the one thing `next start` cannot: it tells the app each request's TCP peer address
// (lib/auth/client-ip.ts), overwriting any header of that name a client sent, so no caller picks
// its own address for rate limits and the audit log by writing X-Forwarded-For.
// With REHABIT_NODE_NAME set (the cluster profile, scripts/start-cluster.ts) every answer names the
// node that gave it in X-Rehabit-Node, so a balancer's choices can be seen.
// Usage: `tsx scripts/serve.ts [-p PORT]` (PORT from the environment otherwise, default 3000).
import http from 'node:http';
import next from 'next';
import { PEER_ADDRESS_HEADER, markPeerAddressFromServer } from '../lib/auth/client-ip';
import { ConfigError, parseEnv } from '../lib/env';

const portFlag = process.argv.indexOf('-p');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));

async function main(): Promise<void> {
  // Bad configuration, or a development secret in a deployment, stops here, before serving anything.
  const { REHABIT_NODE_NAME: nodeName } = parseEnv(process.env);
  markPeerAddressFromServer();
  const app = next({ dev: false, port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
    if (nodeName) res.setHeader('X-Rehabit-Node', nodeName);
    void handle(req, res);
  });
  // Like `next start`: every interface, IPv6 and IPv4.
  server.listen(port, () => console.log(`▲ Rehabit serving the production build on port ${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(
    err instanceof ConfigError ? err.message : `Could not start: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
});
