import { PayloadTooLargeException } from '@nestjs/common';
import { type FileUpload } from 'graphql-upload-minimal';

/** A directory is a few thousand lines: more than this is not one. */
const MAX_BYTES = 10 * 1024 * 1024;

/** Drains one GraphQL multipart upload into memory, bounded. */
export async function readUpload(pending: Promise<FileUpload>): Promise<{ fileName: string; bytes: Uint8Array }> {
  const file = await pending;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file.createReadStream()) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new PayloadTooLargeException(`${file.filename}: a directory file may be at most 10 MB`);
    chunks.push(chunk as Buffer);
  }
  return { fileName: file.filename, bytes: new Uint8Array(Buffer.concat(chunks, size)) };
}
