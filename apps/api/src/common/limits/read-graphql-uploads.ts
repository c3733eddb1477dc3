import { PayloadTooLargeException } from '@nestjs/common';
import { type FileUpload } from 'graphql-upload-minimal';
import { type ReceivedFile } from './upload-gate';
import { mb, type UploadLimits } from './upload-limits';
import { UploadRejection } from './upload-rejection';

/**
 * Drain GraphQL multipart uploads into memory with the bounds applied: a file the middleware
 * truncated at the per-file limit (or that failed to arrive) becomes a rejection naming it; past
 * the per-request total the request stops with 413.
 */
export async function readGraphqlUploads(files: Promise<FileUpload>[], limits: UploadLimits): Promise<ReceivedFile[]> {
  if (files.length > limits.maxFiles) throw new PayloadTooLargeException(`too many files in one upload: ${files.length}, the limit is ${limits.maxFiles}`);
  const out: ReceivedFile[] = [];
  let total = 0;
  for (const pending of files) {
    const file = await pending;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of file.createReadStream()) {
        size += (chunk as Buffer).length;
        total += (chunk as Buffer).length;
        if (total > limits.maxTotalBytes) throw new PayloadTooLargeException(`upload too large: more than ${mb(limits.maxTotalBytes)} in one request (stopped in "${file.filename}")`);
        chunks.push(chunk as Buffer);
      }
      out.push({ fileName: file.filename, bytes: new Uint8Array(Buffer.concat(chunks, size)) });
    } catch (e) {
      if (e instanceof PayloadTooLargeException) throw e;
      const tooLarge = /exceeds/i.test((e as Error).message);
      out.push({
        fileName: file.filename,
        rejection: tooLarge
          ? new UploadRejection('FILE_TOO_LARGE', file.filename, `over the ${mb(limits.maxFileBytes)} limit per file`)
          : new UploadRejection('UPLOAD_FAILED', file.filename, (e as Error).message),
      });
    }
  }
  return out;
}
