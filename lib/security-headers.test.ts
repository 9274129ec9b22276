import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isUserContentPath,
  permissionsPolicy,
  securityHeaders,
  USER_CONTENT_POLICY,
} from './security-headers';

const local = { nonce: 'abc123', publicUrl: 'http://localhost:3000', livekitUrl: 'ws://127.0.0.1:7880', dev: false };
const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `) || d === name);

describe('contentSecurityPolicy', () => {
  it('runs only scripts carrying the nonce (and what they load), never inline or eval in production', () => {
    const csp = contentSecurityPolicy(local);
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'upgrade-insecure-requests')).toBeUndefined();
    expect(directive(contentSecurityPolicy({ ...local, dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });

  it('lets the browser reach the LiveKit server over WebSocket and HTTP, in the matching security', () => {
    expect(directive(contentSecurityPolicy(local), 'connect-src')).toBe(
      "connect-src 'self' ws://127.0.0.1:7880 http://127.0.0.1:7880",
    );
    expect(directive(contentSecurityPolicy({ ...local, livekitUrl: 'wss://video.rehabit.example/' }), 'connect-src')).toBe(
      "connect-src 'self' wss://video.rehabit.example https://video.rehabit.example",
    );
    expect(directive(contentSecurityPolicy({ ...local, livekitUrl: undefined }), 'connect-src')).toBe("connect-src 'self'");
  });

  it('also lets staff reach their own LiveKit node (LIVEKIT_STAFF_URL), once each', () => {
    expect(directive(contentSecurityPolicy({ ...local, livekitStaffUrl: 'ws://127.0.0.1:7882' }), 'connect-src')).toBe(
      "connect-src 'self' ws://127.0.0.1:7880 http://127.0.0.1:7880 ws://127.0.0.1:7882 http://127.0.0.1:7882",
    );
    expect(directive(contentSecurityPolicy({ ...local, livekitStaffUrl: local.livekitUrl }), 'connect-src')).toBe(
      "connect-src 'self' ws://127.0.0.1:7880 http://127.0.0.1:7880",
    );
  });

  it('upgrades insecure requests and sends HSTS only when served over https', () => {
    const https = { ...local, publicUrl: 'https://rehabit.example' };
    expect(directive(contentSecurityPolicy(https), 'upgrade-insecure-requests')).toBe('upgrade-insecure-requests');
    expect(securityHeaders(https)['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(securityHeaders(local)['Strict-Transport-Security']).toBeUndefined();
  });
});

describe('user content', () => {
  it('gets the sandboxing policy on the attachment path only', () => {
    expect(securityHeaders({ ...local, pathname: '/api/messages/abc123/attachment' })['Content-Security-Policy']).toBe(
      USER_CONTENT_POLICY,
    );
    for (const path of [
      '/api/messages/abc123',
      '/api/messages/a/attachment/x',
      '/patient/messages',
      '/api/messages//attachment',
    ]) {
      expect(isUserContentPath(path), path).toBe(false);
      expect(securityHeaders({ ...local, pathname: path })['Content-Security-Policy']).toContain("'nonce-abc123'");
    }
  });
});

describe('permissionsPolicy', () => {
  it('allows the camera, microphone, screen sharing and location to our own origin only, and turns the rest off', () => {
    expect(permissionsPolicy()).toMatch(
      /^camera=\(self\), microphone=\(self\), display-capture=\(self\), geolocation=\(self\), /,
    );
    expect(permissionsPolicy()).toContain('usb=()');
    expect(permissionsPolicy()).toContain('payment=()');
  });
});
