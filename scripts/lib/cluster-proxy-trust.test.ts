// Security review (2026-12-05): the cluster's app nodes believe X-Forwarded-For only from HAProxy.
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { clientAddress, PEER_ADDRESS_HEADER } from '@/lib/auth/client-ip';
import { APP_NODE_PROXY_TRUST } from './cluster';

const { TRUSTED_PROXY_HOPS: hops, TRUSTED_PROXIES: proxies } = parseEnv({ ...APP_NODE_PROXY_TRUST, NODE_ENV: 'test' });
const from = (peer: string, forwardedFor?: string) =>
  clientAddress(
    { [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    { hops, proxies },
    true,
  );

describe('client address on a cluster node', () => {
  it('is the address HAProxy forwarded', () => {
    expect(from('127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(from('::ffff:127.0.0.1', '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the TCP peer for a client calling a node directly, whatever X-Forwarded-For it writes', () => {
    expect(from('192.0.2.50', '203.0.113.99')).toBe('192.0.2.50');
    expect(from('192.0.2.50')).toBe('192.0.2.50');
  });
});
