import { describe, expect, it } from 'vitest';
import { adminToken, gql, gqlOk, login, userToken } from './support/api';

type Entry = { id: string; at: string; actor: string; action: string };
const LOG = `query($first: Int, $action: String, $actor: String, $before: ID) {
  auditLog(first: $first, action: $action, actor: $actor, before: $before) { id at actor action }
}`;

describe('audit log filters and paging', () => {
  it('filters by exact action and by actor text (any case, no wildcards) and pages with before', async () => {
    await userToken('SUPERVISOR', 'audit.filter@test.local');
    for (let i = 0; i < 3; i++) await login('audit.filter@test.local', 'password-123');
    const admin = await adminToken();
    const all = (await gqlOk<{ auditLog: Entry[] }>(LOG, { first: 1000 }, admin)).auditLog;
    const expected = all.filter((e) => e.action === 'login' && e.actor.toLowerCase().includes('audit.filter@'));
    expect(expected.length).toBeGreaterThanOrEqual(4);

    const filtered = (await gqlOk<{ auditLog: Entry[] }>(LOG, { first: 1000, action: 'login', actor: 'AUDIT.FILTER@' }, admin)).auditLog;
    expect(filtered).toEqual(expected);
    // `login.failed` is another action: an exact match does not take it in.
    expect((await gqlOk<{ auditLog: Entry[] }>(LOG, { first: 1000, action: 'login' }, admin)).auditLog.every((e) => e.action === 'login')).toBe(true);
    // LIKE wildcards in the text are plain characters.
    expect((await gqlOk<{ auditLog: Entry[] }>(LOG, { actor: 'audit%filter' }, admin)).auditLog).toEqual([]);
    expect((await gqlOk<{ auditLog: Entry[] }>(LOG, { actor: '_' }, admin)).auditLog).toEqual([]);

    // Two pages of two are the first four, in the same order, without overlap.
    const page1 = (await gqlOk<{ auditLog: Entry[] }>(LOG, { first: 2, action: 'login', actor: 'audit.filter' }, admin)).auditLog;
    const page2 = (await gqlOk<{ auditLog: Entry[] }>(LOG, { first: 2, action: 'login', actor: 'audit.filter', before: page1[1].id }, admin)).auditLog;
    expect([...page1, ...page2]).toEqual(expected.slice(0, 4));
  });

  it('lists the recorded actions once each, sorted, and refuses a malformed cursor', async () => {
    const admin = await adminToken();
    const { auditActions } = await gqlOk<{ auditActions: string[] }>(`{ auditActions }`, {}, admin);
    expect(auditActions).toContain('login');
    expect(auditActions).toContain('user.create');
    expect(auditActions).toEqual([...new Set(auditActions)].sort());
    const bad = await gql(LOG, { before: 'x1' }, admin);
    expect(bad.errors?.[0]?.message).toContain('not an audit entry id');
  });

  it('keeps both queries to admins', async () => {
    expect((await gql(`{ auditActions }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of ['VIEWER', 'ANALYST', 'SUPERVISOR'] as const) {
      const token = await userToken(role);
      expect((await gql(`{ auditActions }`, {}, token)).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect((await gql(LOG, { action: 'login' }, token)).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });
});
