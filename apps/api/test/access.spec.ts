import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, apiUrl, gql, gqlOk, uploadHttp, userToken } from './support/api';
import { tableCounts } from './support/db';
import { SHARED_REPORTS } from './support/demo-truth';

/** Mutations anyone may call: signing in and out. Every other mutation needs a role. */
const PUBLIC = new Set(['login', 'logout']);

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type Arg = { name: string; type: TypeRef };
type FullType = { kind: string; name: string; enumValues: { name: string }[] | null; inputFields: Arg[] | null };
const INTROSPECT = `{
  __schema {
    mutationType { fields { name args { name type { ...T } } type { ...T } } }
    types { kind name enumValues { name } inputFields { name type { ...T } } }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const printed = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${printed(t.ofType!)}!` : t.kind === 'LIST' ? `[${printed(t.ofType!)}]` : t.name!);
const SCALARS: Record<string, string> = { String: '"x"', ID: '"1"', Int: '1', Float: '1.5', Boolean: 'true', JSON: '{ a: 1 }', DateTime: '"2024-01-01T00:00:00Z"' };

/** A GraphQL literal of the type (required input fields only); Upload arguments go as multipart variables. */
function literal(t: TypeRef, types: Map<string, FullType>, uploads: string[], argName: string): string {
  if (named(t).name === 'Upload') {
    uploads.push(argName);
    return `$${argName}`;
  }
  if (t.kind === 'NON_NULL') return literal(t.ofType!, types, uploads, argName);
  if (t.kind === 'LIST') return `[${literal(t.ofType!, types, uploads, argName)}]`;
  if (t.kind === 'SCALAR') return SCALARS[t.name!] ?? '"x"';
  const full = types.get(t.name!)!;
  if (t.kind === 'ENUM') return full.enumValues![0].name;
  const fields = full.inputFields!.filter((f) => f.type.kind === 'NON_NULL');
  return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, types, uploads, argName)}`).join(', ')} }`;
}

/** POST a mutation; Upload variables are sent as one small file each (GraphQL multipart request). */
async function send(query: string, uploads: string[], token?: string): Promise<{ errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown }> {
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  if (uploads.length === 0) return gql(query, {}, token);
  const form = new FormData();
  const list = (name: string) => new RegExp(`\\$${name}: \\[`).test(query);
  form.append('operations', JSON.stringify({ query, variables: Object.fromEntries(uploads.map((u) => [u, list(u) ? [null] : null])) }));
  form.append('map', JSON.stringify(Object.fromEntries(uploads.map((u, i) => [String(i), [list(u) ? `variables.${u}.0` : `variables.${u}`]]))));
  uploads.forEach((_, i) => form.append(String(i), new Blob([new TextEncoder().encode('name,region\n')]), 'x.csv'));
  const res = await fetch(`${apiUrl()}/graphql`, { method: 'POST', headers: { 'apollo-require-preflight': 'true', ...auth }, body: form });
  return res.json() as Promise<{ errors?: { message: string; extensions?: { code?: string } }[] }>;
}

let mutations: { name: string; query: string; uploads: string[] }[];
let viewer: string;

beforeAll(async () => {
  const analyst = await userToken('ANALYST');
  viewer = await userToken('VIEWER');
  const s = await gqlOk<{ __schema: { mutationType: { fields: { name: string; args: Arg[]; type: TypeRef }[] }; types: FullType[] } }>(INTROSPECT, {}, analyst);
  const types = new Map(s.__schema.types.map((t) => [t.name, t]));
  mutations = s.__schema.mutationType.fields.filter((f) => !PUBLIC.has(f.name)).map((f) => {
    const uploads: string[] = [];
    const args = f.args.filter((a) => a.type.kind === 'NON_NULL').map((a) => `${a.name}: ${literal(a.type, types, uploads, a.name)}`);
    const returns = named(f.type);
    const selection = returns.kind === 'OBJECT' ? ' { __typename }' : '';
    const vars = uploads.length ? `(${uploads.map((u) => `$${u}: ${printed(f.args.find((a) => a.name === u)!.type)}`).join(', ')})` : '';
    const call = args.length ? `${f.name}(${args.join(', ')})` : f.name;
    return { name: f.name, query: `mutation${vars} { ${call}${selection} }`, uploads };
  });
});

describe('every mutation needs a role', () => {
  it('covers the whole schema (the list is read from it, so new mutations are checked too)', () => {
    const names = mutations.map((m) => m.name);
    for (const known of ['uploadReports', 'reviewFlag', 'recheck', 'createUser']) expect(names).toContain(known);
  });

  it('denies each mutation to anonymous callers (UNAUTHENTICATED) and to viewers (FORBIDDEN), changing nothing', async () => {
    const before = await tableCounts();
    const outcomes: string[] = [];
    for (const m of mutations) {
      const anon = await send(m.query, m.uploads);
      outcomes.push(`${m.name} anonymous ${anon.errors?.[0]?.extensions?.code ?? 'ALLOWED'} ${anon.errors?.[0]?.message ?? ''}`.trim());
      const asViewer = await send(m.query, m.uploads, viewer);
      outcomes.push(`${m.name} viewer ${asViewer.errors?.[0]?.extensions?.code ?? 'ALLOWED'}`);
    }
    const expected = mutations.flatMap((m) => [`${m.name} anonymous UNAUTHENTICATED`, `${m.name} viewer FORBIDDEN`]);
    expect(outcomes.map((o) => o.replace(/^(\S+ \S+ \S+).*$/, '$1'))).toEqual(expected);
    for (const o of outcomes.filter((x) => x.includes('anonymous'))) expect(o, o).toMatch(/sign in as (ANALYST|SUPERVISOR|ADMIN) or above/);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('exports and notices need a role', () => {
  it('refuses the CSV export to anonymous callers and viewers, serves it to analysts', async () => {
    const url = `${apiUrl()}/api/export/reports.csv`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${viewer}` } })).status).toBe(403);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${await userToken('ANALYST')}` } });
    expect(ok.status).toBe(200);
    expect((await ok.text()).split('\n').length).toBeGreaterThan(10);
  });

  it('refuses notices (DOCX/PDF) below supervisor', async () => {
    const analyst = await userToken('ANALYST');
    for (const path of ['/api/notices/1/2022.pdf', '/api/notices/regions/340000/2022.docx']) {
      expect((await fetch(`${apiUrl()}${path}`)).status, path).toBe(401);
      expect((await fetch(`${apiUrl()}${path}`, { headers: { authorization: `Bearer ${viewer}` } })).status, path).toBe(403);
      expect((await fetch(`${apiUrl()}${path}`, { headers: { authorization: `Bearer ${analyst}` } })).status, path).toBe(403);
    }
  });

  it('keeps the audit log to admins', async () => {
    expect((await gql(`{ auditLog { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of ['VIEWER', 'ANALYST', 'SUPERVISOR'] as const) {
      expect((await gql(`{ auditLog { id } }`, {}, await userToken(role))).errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });
});

describe('audit', () => {
  it('records every upload and flag review with who and when, for admins to read', async () => {
    const admin = await adminToken();
    const started = Date.now() - 1000;
    const up = await uploadHttp([{ fileName: 'audit-empty.txt', bytes: new Uint8Array(0) }, { fileName: 'audit-dup.txt', bytes: readFileSync(join(SHARED_REPORTS, 'huaibei-gongan-2022.txt')) }], admin);
    expect(up.status).toBe(201);
    const supervisor = await userToken('SUPERVISOR');
    const flag = (await gqlOk<{ flags: { nodes: { id: string }[] } }>(`{ flags(first: 1, filter: { codes: [CELL_BLANK] }) { nodes { id } } }`)).flags.nodes[0];
    await gqlOk(`mutation($id: ID!) { reviewFlag(id: $id, decision: CONFIRMED, note: "audit") { id } }`, { id: flag.id }, supervisor);
    await gqlOk(`mutation($id: ID!) { reviewFlag(id: $id, decision: OPEN) { id } }`, { id: flag.id }, supervisor);
    const log = (await gqlOk<{ auditLog: { at: string; actor: string; action: string; detail: Record<string, unknown> }[] }>(`{ auditLog(first: 20) { at actor action detail } }`, {}, admin)).auditLog
      .filter((e) => new Date(e.at).getTime() >= started);
    const find = (action: string, actor: string) => log.filter((e) => e.action === action && e.actor === actor);
    expect(find('upload', 'admin@test.local')[0].detail).toMatchObject({ files: 1, added: 0, duplicates: 1 });
    expect(find('upload.rejected', 'admin@test.local')[0].detail).toMatchObject({ files: [{ file: 'audit-empty.txt', code: 'EMPTY' }] });
    expect(find('review', 'supervisor@test.local').map((e) => e.detail.decision)).toEqual(['OPEN', 'CONFIRMED']);
    expect(find('review', 'supervisor@test.local')[1].detail).toMatchObject({ flagId: Number(flag.id), note: 'audit' });
  });
});
