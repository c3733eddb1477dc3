import { extname } from 'node:path';
import { PayloadTooLargeException } from '@nestjs/common';
import { sniffLayout } from '@gongkai/report-parser';
import { safeUnzip, zipKind } from './safe-unzip';
import { mb, type UploadLimits } from './upload-limits';
import { UploadRejection, type UploadRejectionCode } from './upload-rejection';

export type ReceivedFile = { fileName: string; bytes: Uint8Array } | { fileName: string; rejection: UploadRejection };
export type AcceptedDocument = { fileName: string; bytes: Uint8Array };
export type GateResult = { documents: AcceptedDocument[]; rejected: UploadRejection[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
// Programs are never reports; named so the message says what was sent.
const EXECUTABLES: { sig: number[]; name: string }[] = [
  { sig: [0x4d, 0x5a], name: 'a Windows program (MZ)' },
  { sig: [0x7f, 0x45, 0x4c, 0x46], name: 'an ELF program' },
  { sig: [0xcf, 0xfa, 0xed, 0xfe], name: 'a Mach-O program' },
  { sig: [0x23, 0x21], name: 'a script (#!)' },
];
const SNIFF_CODES: Partial<Record<string, UploadRejectionCode>> = { EMPTY: 'EMPTY', TOO_LARGE: 'FILE_TOO_LARGE' };
const starts = (b: Uint8Array, sig: number[]): boolean => sig.every((v, i) => b[i] === v);
/** What an extension promises, for the mismatch message; the bytes decide the type. */
const CLAIMS: Record<string, 'pdf' | 'docx'> = { '.pdf': 'pdf', '.docx': 'docx' };

/**
 * Every file of one upload request through the same checks, by its bytes: archives (a ZIP that
 * is not a Word document) are unpacked with bounds; each document's type is sniffed with the
 * parser's `sniffLayout`; programs, empty and oversized files are refused, each with a message
 * naming the file and the reason. Request-wide bounds (file count, total bytes) throw 413.
 */
export function gateUploads(files: ReceivedFile[], limits: UploadLimits): GateResult {
  const documents: AcceptedDocument[] = [];
  const rejected: UploadRejection[] = [];
  let total = 0;
  const accept = (doc: AcceptedDocument) => {
    if (documents.length + 1 > limits.maxFiles) throw new PayloadTooLargeException(`too many files in one upload: more than ${limits.maxFiles} (zip members counted)`);
    total += doc.bytes.length;
    if (total > limits.maxTotalBytes) throw new PayloadTooLargeException(`upload too large: more than ${mb(limits.maxTotalBytes)} in one request (zips counted unpacked)`);
    documents.push(doc);
  };
  for (const f of files) {
    if ('rejection' in f) {
      rejected.push(f.rejection);
      continue;
    }
    try {
      const archive = (starts(f.bytes, ZIP) || starts(f.bytes, EMPTY_ZIP)) && extname(f.fileName).toLowerCase() !== '.docx' && zipKind(f.bytes) === 'archive';
      if (archive) {
        const bounds = { maxEntries: limits.maxZipEntries, maxEntryBytes: limits.maxFileBytes, maxTotalBytes: limits.maxTotalBytes - total };
        const members = safeUnzip(f.fileName, f.bytes, bounds);
        const checked: AcceptedDocument[] = [];
        for (const m of members) {
          try {
            checked.push(checkDocument(m.fileName, m.bytes, limits, true));
          } catch (e) {
            if (!(e instanceof UploadRejection)) throw e;
            rejected.push(new UploadRejection(e.code, m.fileName, `${e.detail} (in ${f.fileName})`));
          }
        }
        checked.forEach(accept);
      } else {
        accept(checkDocument(f.fileName, f.bytes, limits, false));
      }
    } catch (e) {
      if (!(e instanceof UploadRejection)) throw e;
      rejected.push(e);
    }
  }
  return { documents, rejected };
}

/** One document's bytes: size, not a program, a layout the parser reads, and what its extension claims. */
export function checkDocument(fileName: string, bytes: Uint8Array, limits: UploadLimits, inArchive: boolean): AcceptedDocument {
  if (bytes.length > limits.maxFileBytes) throw new UploadRejection('FILE_TOO_LARGE', fileName, `${mb(bytes.length)} is over the ${mb(limits.maxFileBytes)} limit per file`);
  if (bytes.length === 0) throw new UploadRejection('EMPTY', fileName, 'the file is empty (0 bytes)');
  const program = EXECUTABLES.find((x) => starts(bytes, x.sig));
  if (program) throw new UploadRejection('UNSUPPORTED_FORMAT', fileName, `the bytes are ${program.name}, not a report`);
  const sniffed = sniffLayout(bytes);
  if (!sniffed.ok) throw new UploadRejection(SNIFF_CODES[sniffed.error.code] ?? 'UNSUPPORTED_FORMAT', fileName, sniffed.error.message);
  if (sniffed.layout === 'docx' && zipKind(bytes) === 'archive') {
    if (inArchive) throw new UploadRejection('ZIP_NESTED_ARCHIVE', fileName, 'archives inside archives are not unpacked');
    throw new UploadRejection('TYPE_MISMATCH', fileName, 'a ZIP archive that is not a Word document (name it .zip to upload its documents)');
  }
  const claimed = CLAIMS[extname(fileName).toLowerCase()];
  if (claimed && claimed !== sniffed.layout) {
    throw new UploadRejection('TYPE_MISMATCH', fileName, `named ${extname(fileName)} but the bytes are ${sniffed.layout === 'docx' ? 'a ZIP that is not a Word document' : sniffed.layout}`);
  }
  return { fileName, bytes };
}
