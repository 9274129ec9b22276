import { describe, expect, it } from 'vitest';
import { judgePassword } from './password-strength';

const jordan = { email: 'jordan.miller@example.test', name: 'Jordan Miller' };

describe('judgePassword', () => {
  it('refuses common, repeated and keyboard passwords with a reason', () => {
    for (const password of ['aaaaaaaaaa', 'password12', 'qwertyuiop', '1234567890']) {
      const verdict = judgePassword(password);
      expect(verdict.ok, password).toBe(false);
      expect(verdict.reason, password).toMatch(/\S+\. .+\.$/);
    }
  });

  it("refuses passwords made of the person's own email or name", () => {
    for (const password of ['jordan.miller@example.test', 'jordanmiller1', 'millerjordan']) {
      const verdict = judgePassword(password, jordan);
      expect(verdict.ok, password).toBe(false);
      expect(verdict.reason, password).not.toBe('');
    }
    expect(judgePassword('jordan.miller@example.test', jordan).reason).toContain('It contains your name or email address.');
  });

  it('accepts a few uncommon words', () => {
    expect(judgePassword('velvet-lantern-orbit', jordan)).toEqual({ ok: true, reason: '' });
  });
});
