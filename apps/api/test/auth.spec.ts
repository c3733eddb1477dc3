import { describe, expect, it } from 'vitest';
import { adminToken, gql, gqlOk, login, uploadGraphql, uploadHttp, userToken } from './support/api';

const file = { fileName: 'x.txt', bytes: new TextEncoder().encode('not a report') };
const REVIEW = `mutation($id: ID!, $d: ReviewStatus!, $n: String) { reviewFlag(id: $id, decision: $d, note: $n) { id status reviewer note } }`;
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

async function someFlagId(): Promise<string> {
  const d = await gqlOk<{ flags: { nodes: { id: string }[] } }>(`{ flags(first: 1, filter: { codes: [CELL_BLANK] }) { nodes { id } } }`);
  return d.flags.nodes[0].id;
}

describe('roles', () => {
  it('signs in with a bearer token and says who is asking', async () => {
    const token = await adminToken();
    const me = await gqlOk<{ me: { email: string; role: string } }>(`{ me { email role } }`, {}, token);
    expect(me.me.role).toBe('ADMIN');
    expect(await gqlOk(`mutation { logout }`, {}, token)).toEqual({ logout: true });
    expect((await gqlOk<{ me: null }>(`{ me { email } }`)).me).toBeNull();
    const wrong = await gql(`mutation { login(email: "admin@test.local", password: "nope-nope") { token } }`);
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    const bad = await gql(`{ me { email } }`, {}, 'not.a.token');
    expect(code(bad)).toBe('UNAUTHENTICATED');
  });

  it('lets anonymous viewers read but not upload or review', async () => {
    expect((await gqlOk<{ reports: { totalCount: number } }>(`{ reports { totalCount } }`)).reports.totalCount).toBeGreaterThan(0);
    expect(code(await uploadGraphql([file]))).toBe('UNAUTHENTICATED');
    expect((await uploadHttp([file])).status).toBe(401);
    expect(code(await gql(REVIEW, { id: await someFlagId(), d: 'CONFIRMED' }))).toBe('UNAUTHENTICATED');
    const viewer = await userToken('VIEWER');
    expect(code(await uploadGraphql([file], viewer))).toBe('FORBIDDEN');
    expect(code(await gql(REVIEW, { id: await someFlagId(), d: 'CONFIRMED' }, viewer))).toBe('FORBIDDEN');
  });

  it('does not let an analyst upload, review or create users', async () => {
    const analyst = await userToken('ANALYST');
    expect(code(await uploadGraphql([file], analyst))).toBe('FORBIDDEN');
    expect((await uploadHttp([file], analyst)).status).toBe(403);
    expect(code(await gql(REVIEW, { id: await someFlagId(), d: 'CONFIRMED' }, analyst))).toBe('FORBIDDEN');
    expect(code(await gql(`mutation { createUser(email: "x@test.local", password: "password-1", role: ADMIN) { id } }`, {}, analyst))).toBe('FORBIDDEN');
    expect(code(await gql(`{ auditLog { id } }`, {}, analyst))).toBe('FORBIDDEN');
  });

  it('lets a supervisor review flags but not upload', async () => {
    const supervisor = await userToken('SUPERVISOR');
    const id = await someFlagId();
    const r = await gqlOk<{ reviewFlag: { id: string; status: string; reviewer: string } }>(REVIEW, { id, d: 'CONFIRMED' }, supervisor);
    expect(r.reviewFlag).toMatchObject({ id, status: 'CONFIRMED', reviewer: 'supervisor@test.local' });
    expect(code(await gql(REVIEW, { id, d: 'DISMISSED' }, supervisor))).toBe('BAD_REQUEST');
    expect(code(await uploadGraphql([file], supervisor))).toBe('FORBIDDEN');
    await gqlOk(REVIEW, { id, d: 'OPEN' }, supervisor);
  });

  it('lets the admin create users, once per e-mail, and audits logins', async () => {
    const admin = await adminToken();
    const created = await gqlOk<{ createUser: { email: string; role: string; regionCodes: string[] } }>(
      `mutation { createUser(email: "scoped@test.local", password: "password-123", role: SUPERVISOR, regionCodes: ["340000"]) { email role regionCodes } }`, {}, admin);
    expect(created.createUser).toEqual({ email: 'scoped@test.local', role: 'SUPERVISOR', regionCodes: ['340000'] });
    expect(code(await gql(`mutation { createUser(email: "scoped@test.local", password: "password-123", role: VIEWER) { id } }`, {}, admin))).toBe('CONFLICT');
    const scoped = await login('scoped@test.local', 'password-123');
    // A supervisor scoped to 安徽省 (340000) reviews flags there, not in 江苏省 (320000).
    const inRegion = await gqlOk<{ flags: { nodes: { id: string; code: string }[] } }>(`{ flags(first: 20, filter: { regionCodes: ["340000"] }) { nodes { id code } } }`);
    const outside = await gqlOk<{ flags: { nodes: { id: string }[] } }>(`{ flags(first: 1, filter: { regionCodes: ["320000"] }) { nodes { id } } }`);
    const own = inRegion.flags.nodes.find((f) => f.code !== 'TEXT_ITEMIZATION')!;
    expect((await gqlOk<{ reviewFlag: { status: string } }>(REVIEW, { id: own.id, d: 'CONFIRMED' }, scoped)).reviewFlag.status).toBe('CONFIRMED');
    await gqlOk(REVIEW, { id: own.id, d: 'OPEN' }, scoped);
    expect(code(await gql(REVIEW, { id: outside.flags.nodes[0].id, d: 'CONFIRMED' }, scoped))).toBe('FORBIDDEN');
    const log = await gqlOk<{ auditLog: { actor: string; action: string }[] }>(`{ auditLog(first: 50) { actor action } }`, {}, admin);
    expect(log.auditLog).toContainEqual({ actor: 'scoped@test.local', action: 'login' });
    expect(log.auditLog).toContainEqual({ actor: 'admin@test.local', action: 'user.create' });
  });
});
