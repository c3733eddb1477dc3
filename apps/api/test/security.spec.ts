import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { adminToken, apiUrl, gql, login, uploadHttp, userToken } from './support/api';

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const b64 = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64url');

/** A token signed with the app's own secret (from its DATA_DIR), with the claims we choose. */
function forge(claims: Record<string, unknown>, secret = readFileSync(join(inject('dataDir'), 'jwt-secret'), 'utf8').trim(), alg = 'HS256'): string {
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

describe('sessions', () => {
  it('refuses an expired token, a token signed with another key and an unsigned one', async () => {
    const claims = { sub: 1, email: 'admin@test.local', role: 'ADMIN', regions: [] };
    const valid = forge({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await gql<{ me: { role: string } }>(`{ me { role } }`, {}, valid)).data?.me.role).toBe('ADMIN');
    const expired = forge({ ...claims, exp: Math.floor(Date.now() / 1000) - 1 });
    const r = await gql(`{ me { role } }`, {}, expired);
    expect(code(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0].message).toBe('invalid or expired token');
    expect(code(await gql(`{ me { role } }`, {}, forge({ ...claims, exp: 2e9 }, 'another-secret-0123456789')))).toBe('UNAUTHENTICATED');
    expect(code(await gql(`{ me { role } }`, {}, `${b64({ alg: 'none' })}.${b64({ ...claims, exp: 2e9 })}.`))).toBe('UNAUTHENTICATED');
    // An expired token cannot upload either.
    expect((await uploadHttp([{ fileName: 'x.txt', bytes: new Uint8Array([65]) }], expired)).status).toBe(401);
  });

  it('issues tokens that expire (exp = the configured lifetime) and stores argon2id hashes', async () => {
    const d = await gql<{ login: { token: string; expiresAt: string } }>(`mutation { login(email: "${inject('adminEmail')}", password: "${inject('adminPassword')}") { token expiresAt } }`);
    const claims = JSON.parse(Buffer.from(d.data!.login.token.split('.')[1], 'base64url').toString()) as { exp: number };
    expect(claims.exp).toBe(Math.floor(new Date(d.data!.login.expiresAt).getTime() / 1000));
    expect(claims.exp * 1000 - Date.now()).toBeGreaterThan(11.9 * 3600_000);
    expect(claims.exp * 1000 - Date.now()).toBeLessThanOrEqual(12 * 3600_000);
    const db = new Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      const hashes = (await db.query<{ password_hash: string }>('SELECT password_hash FROM users')).rows.map((r) => r.password_hash);
      expect(hashes.length).toBeGreaterThan(0);
      for (const h of hashes) expect(h).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    } finally {
      await db.end();
    }
  });
});

describe('rate limits', () => {
  it('answers 429 after too many failed sign-ins to one account, and only for that account', async () => {
    await userToken('ANALYST', 'guessed@test.local');
    const attempt = () => gql(`mutation { login(email: "guessed@test.local", password: "wrong-password") { token } }`);
    for (let i = 0; i < 5; i++) expect(code(await attempt())).toBe('UNAUTHENTICATED');
    const limited = await attempt();
    expect(code(limited)).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors![0].message).toMatch(/^too many failed sign-ins for guessed@test\.local: try again in \d+ s$/);
    // Even the right password waits now; other accounts still sign in.
    expect(code(await gql(`mutation { login(email: "guessed@test.local", password: "password-123") { token } }`))).toBe('TOO_MANY_REQUESTS');
    expect(await adminToken()).toMatch(/\./);
  });

  it('answers 429 with Retry-After past the uploads per minute of a user', async () => {
    const admin = await adminToken();
    await gql(`mutation { createUser(email: "busy-admin@test.local", password: "password-123", role: ADMIN) { id } }`, {}, admin);
    const busy = await login('busy-admin@test.local', 'password-123');
    const form = () => {
      const f = new FormData();
      f.append('files', new Blob([new Uint8Array(0)]), 'empty.txt');
      return f;
    };
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 41; i++) {
      last = await fetch(`${apiUrl()}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${busy}` }, body: form() });
      statuses.push(last.status);
      if (last.status !== 429) await last.arrayBuffer();
    }
    expect(statuses.slice(0, 40).every((s) => s === 201)).toBe(true);
    expect(statuses[40]).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await last!.json()) as { message: string }).message).toMatch(/^too many upload requests from busy-admin@test\.local: try again in \d+ s$/);
    // Another admin is not affected.
    expect((await uploadHttp([{ fileName: 'e.txt', bytes: new Uint8Array(0) }], admin)).status).toBe(201);
  });
});

describe('GraphQL limits', () => {
  it('refuses anonymous and viewer introspection, allows an analyst', async () => {
    const q = `{ __schema { queryType { name } types { name } } }`;
    const anon = await gql(q);
    expect(code(anon)).toBe('FORBIDDEN');
    expect(anon.errors![0].message).toMatch(/^introspection is for signed-in analysts and above/);
    expect(anon.data).toBeUndefined();
    expect(code(await gql(`{ __type(name: "Report") { name } }`))).toBe('FORBIDDEN');
    expect(code(await gql(q, {}, await userToken('VIEWER')))).toBe('FORBIDDEN');
    const analyst = await gql<{ __schema: { queryType: { name: string }; types: { name: string }[] } }>(q, {}, await userToken('ANALYST'));
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.__schema.queryType.name).toBe('Query');
    expect(analyst.data!.__schema.types.map((t) => t.name)).toContain('Report');
    // __typename is not introspection.
    expect((await gql<{ __typename: string }>(`{ __typename }`)).data?.__typename).toBe('Query');
  });

  it('refuses a too-deep query with a clear message before running it', async () => {
    let inner = 'name';
    for (let i = 0; i < 18; i++) inner = `ofType { ${inner} }`;
    const r = await gql(`{ __type(name: "Report") { fields { type { ${inner} } } } }`, {}, await userToken('ANALYST'));
    expect(code(r)).toBe('QUERY_TOO_DEEP');
    expect(r.errors![0].message).toBe('query too deep: introspection 22 levels deep, the limit is 16');
    expect(r.data).toBeUndefined();
  });

  it('refuses a too-costly query and runs the same query with a small page', async () => {
    // Aliases repeat a page: 12 × (1 + n × 9 fields).
    const page = 'reports(first: $n) { edges { node { id year fileName agency { name region { name } } } } }';
    const q = `query($n: Int) { ${Array.from({ length: 12 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    const big = await gql(q, { n: 500 });
    expect(code(big), JSON.stringify(big.errors)).toBe('QUERY_TOO_COSTLY');
    expect(big.errors![0].message).toMatch(/^query too costly: about 54012 fields to resolve, the limit is 50000; ask for fewer items/);
    const small = await gql<Record<string, { edges: unknown[] }>>(q, { n: 2 });
    expect(small.errors).toBeUndefined();
    expect(small.data!.p11.edges).toHaveLength(2);
  });
});

describe('HTTP security headers', () => {
  it('sends a CSP without inline scripts or CDNs, and the usual hardening headers', async () => {
    for (const [path, init] of [['/', { headers: { accept: 'text/html' } }], ['/graphql', { headers: { accept: 'text/html' } }], ['/api/health', {}]] as const) {
      const res = await fetch(`${apiUrl()}${path}`, init);
      await res.arrayBuffer();
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
      expect(directives['default-src'], path).toEqual(["'self'"]);
      expect(directives['script-src'], path).toEqual(["'self'"]);
      expect(directives['object-src'], path).toEqual(["'none'"]);
      expect(directives['frame-ancestors'], path).toEqual(["'none'"]);
      expect(csp, path).not.toMatch(/https?:|unsafe-eval/);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(res.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('answers GET /api/health with the database status', async () => {
    const res = await fetch(`${apiUrl()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });
});
