import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER, UNKNOWN_ADDRESS } from './client-ip';

const none = { hops: 0, proxies: [] };
const from = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) });

describe('clientAddress', () => {
  it('trusts no X-Forwarded-For by default: the peer is the client, whatever the caller writes', () => {
    expect(clientAddress(from('198.51.100.7', '203.0.113.1'), none, true)).toBe('198.51.100.7');
    expect(clientAddress(from('198.51.100.7', '203.0.113.2, 10.0.0.1'), none, true)).toBe('198.51.100.7');
    expect(clientAddress(from('::ffff:198.51.100.7'), none, true)).toBe('198.51.100.7');
  });

  it('with one trusted hop takes the entry the load balancer appended, not what the client wrote before it', () => {
    const oneHop = { hops: 1, proxies: [] };
    expect(clientAddress(from('10.0.0.5', 'forged-by-client, 203.0.113.9'), oneHop, true)).toBe('203.0.113.9');
    expect(clientAddress(from('10.0.0.5', '203.0.113.9'), oneHop, true)).toBe('203.0.113.9');
    // Nothing forwarded (a health check from the balancer itself): the peer.
    expect(clientAddress(from('10.0.0.5'), oneHop, true)).toBe('10.0.0.5');
  });

  it('with trusted ranges skips our proxies from the right and stops at the first outside address', () => {
    const ranges = { hops: 0, proxies: ['10.0.0.0/8', 'fd00::/8'] };
    expect(clientAddress(from('10.0.0.5', 'forged, 203.0.113.9, 10.1.2.3'), ranges, true)).toBe('203.0.113.9');
    expect(clientAddress(from('fd00::1', '2001:db8::7'), ranges, true)).toBe('2001:db8::7');
    // A peer outside the ranges is the client, whatever it forwards.
    expect(clientAddress(from('198.51.100.7', '203.0.113.9'), ranges, true)).toBe('198.51.100.7');
  });

  it('believes no peer header unless our server set it (a client could send one to another server)', () => {
    expect(clientAddress(from('198.51.100.7', '203.0.113.1'), none, false)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.1' }), { hops: 1, proxies: [] }, true)).toBe(
      UNKNOWN_ADDRESS,
    );
    expect(clientAddress(undefined, none, true)).toBe(UNKNOWN_ADDRESS);
  });

  it('reads Node-style header objects too (next-auth hands authorize() those)', () => {
    expect(
      clientAddress(
        { [PEER_ADDRESS_HEADER]: '198.51.100.7', 'x-forwarded-for': ['203.0.113.1'] },
        { hops: 1, proxies: [] },
        true,
      ),
    ).toBe('203.0.113.1');
  });
});
