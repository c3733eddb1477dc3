import { inject } from 'vitest';

export type GqlResult<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

export const apiUrl = (): string => inject('apiUrl');

/** POST one GraphQL operation over HTTP, optionally as a signed-in user. */
export async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
  const res = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** The data of an operation that must succeed. */
export async function gqlOk<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const r = await gql<T>(query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function login(email: string, password: string): Promise<string> {
  const d = await gqlOk<{ login: { token: string } }>(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
  return d.login.token;
}

export const adminToken = (): Promise<string> => login(inject('adminEmail'), inject('adminPassword'));

/** A user of the role (created by the admin once per email), signed in. */
export async function userToken(role: 'VIEWER' | 'ANALYST' | 'SUPERVISOR' | 'ADMIN', email = `${role.toLowerCase()}@test.local`): Promise<string> {
  const admin = await adminToken();
  const r = await gql(`mutation($e: String!, $r: Role!) { createUser(email: $e, password: "password-123", role: $r) { id } }`, { e: email, r: role }, admin);
  if (r.errors && !r.errors[0].message.includes('exists')) throw new Error(JSON.stringify(r.errors));
  return login(email, 'password-123');
}

export type FileResult = { fileName: string; ok: boolean; reportId: string | null; duplicate: boolean; replaced: boolean; error: string | null; flagCount: number };
export type UploadFile = { fileName: string; bytes: Uint8Array };

/** GraphQL multipart request (graphql-multipart-request-spec) for uploadReports; a bearer token is enough against CSRF. */
export async function uploadGraphql(files: UploadFile[], token?: string): Promise<GqlResult<{ uploadReports: FileResult[] }>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({
    query: 'mutation($files: [Upload!]!) { uploadReports(files: $files) { fileName ok reportId duplicate replaced error flagCount } }',
    variables: { files: files.map(() => null) },
  }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((f, i) => form.append(String(i), new Blob([f.bytes]), f.fileName));
  const res = await fetch(`${apiUrl()}/graphql`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : { 'apollo-require-preflight': 'true' },
    body: form,
  });
  return (await res.json()) as GqlResult<{ uploadReports: FileResult[] }>;
}

/** Plain multipart POST /api/upload. */
export async function uploadHttp(files: UploadFile[], token?: string): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.bytes]), f.fileName);
  const res = await fetch(`${apiUrl()}/api/upload`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  return { status: res.status, body: await res.json() };
}
