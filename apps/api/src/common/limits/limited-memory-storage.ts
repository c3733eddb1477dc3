import { PayloadTooLargeException } from '@nestjs/common';
import { type Request } from 'express';
import { type StorageEngine } from 'multer';
import { mb, type UploadLimits } from './upload-limits';
import { UploadRejection } from './upload-rejection';

/** What the storage hands to the controller per file: the bytes, or why they were dropped. */
export type StoredUpload = { originalname: string; buffer?: Buffer; rejection?: UploadRejection };

/** Multer sends names as latin1 bytes; browsers and curl send UTF-8. */
export const uploadName = (originalname: string): string => Buffer.from(originalname, 'latin1').toString('utf8');

/**
 * Multer storage in memory with the upload bounds applied while bytes arrive: a file over the
 * per-file limit is drained (not kept) and reported by name; the request stops with 413 once it
 * carries more than the per-request total or too many files.
 */
export function limitedMemoryStorage(limits: UploadLimits): StorageEngine {
  const seen = new WeakMap<Request, { files: number; bytes: number }>();
  return {
    _handleFile(req, file, cb) {
      const state = seen.get(req) ?? { files: 0, bytes: 0 };
      seen.set(req, state);
      const name = uploadName(file.originalname);
      state.files += 1;
      if (state.files > limits.maxFiles) {
        file.stream.resume();
        cb(new PayloadTooLargeException(`too many files in one upload: "${name}" is number ${state.files}, the limit is ${limits.maxFiles}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      file.stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        state.bytes += chunk.length;
        if (state.bytes > limits.maxTotalBytes) {
          failed = true;
          cb(new PayloadTooLargeException(`upload too large: more than ${mb(limits.maxTotalBytes)} in one request (stopped in "${name}")`));
          return;
        }
        if (size <= limits.maxFileBytes) chunks.push(chunk);
        else chunks.length = 0;
      });
      file.stream.on('error', (e: Error) => {
        if (failed) return;
        failed = true;
        cb(e);
      });
      file.stream.on('end', () => {
        if (failed) return;
        if (size > limits.maxFileBytes) {
          cb(null, { rejection: new UploadRejection('FILE_TOO_LARGE', name, `${mb(size)} is over the ${mb(limits.maxFileBytes)} limit per file`) } as Partial<Express.Multer.File>);
        } else {
          cb(null, { buffer: Buffer.concat(chunks, size), size } as Partial<Express.Multer.File>);
        }
      });
    },
    _removeFile(_req, file, cb) {
      (file as { buffer?: Buffer }).buffer = undefined;
      cb(null);
    },
  };
}
