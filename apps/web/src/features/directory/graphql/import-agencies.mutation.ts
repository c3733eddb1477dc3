// Sent as a GraphQL multipart request by import-directory-file.ts (the Apollo link has no upload support).
export const IMPORT_AGENCIES = 'mutation ImportAgencies($file: Upload!) { importAgencies(file: $file) { rows added updated } }';
export type ImportAgenciesResult = { rows: number; added: number; updated: number };
