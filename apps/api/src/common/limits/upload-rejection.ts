/** Why an uploaded file (or a member of an uploaded zip) was refused; nothing of it is stored. */
export class UploadRejection extends Error {
  constructor(readonly code: UploadRejectionCode, readonly fileName: string, readonly detail: string) {
    super(`${fileName}: ${code}: ${detail}`);
    this.name = 'UploadRejection';
  }
}

export type UploadRejectionCode =
  | 'FILE_TOO_LARGE'
  | 'EMPTY'
  | 'UNSUPPORTED_FORMAT'
  | 'TYPE_MISMATCH'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_TOO_LARGE_UNPACKED'
  | 'ZIP_UNSAFE_PATH'
  | 'ZIP_NESTED_ARCHIVE'
  | 'ZIP_CORRUPT'
  | 'UPLOAD_FAILED';
