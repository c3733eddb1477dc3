import { createHash } from 'node:crypto';

/** sha256 of the document bytes: the identity of a document (same bytes = same document). */
export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
