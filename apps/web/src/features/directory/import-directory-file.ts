import { currentToken } from '../../app/auth/session';
import { IMPORT_AGENCIES, type ImportAgenciesResult } from './graphql/import-agencies.mutation';

/** The importAgencies mutation as a GraphQL multipart request (the bearer token satisfies Apollo's CSRF check). */
export async function importDirectoryFile(file: File): Promise<ImportAgenciesResult> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT_AGENCIES, variables: { file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', file, file.name);
  const token = currentToken();
  const res = await fetch('/graphql', { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : { 'apollo-require-preflight': 'true' }, body: form });
  const body = (await res.json()) as { data?: { importAgencies: ImportAgenciesResult }; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('\n') ?? `HTTP ${res.status}`);
  return body.data.importAgencies;
}
