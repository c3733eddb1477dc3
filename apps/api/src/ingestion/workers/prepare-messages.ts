import { type PreparedReport } from '../prepared-report';

export type PrepareRequest = { id: number; fileName: string; bytes: Uint8Array; hash: string };
/** The prepared report without its bytes (the caller has them; no need to copy them back). */
export type PrepareResponse = { id: number; ok: true; prepared: Omit<PreparedReport, 'bytes'> } | { id: number; ok: false; message: string };
