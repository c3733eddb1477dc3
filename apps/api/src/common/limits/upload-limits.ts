import { type AppConfig } from '../../config/app-config';

/** The bounds one upload request is held to (from the configuration). */
export type UploadLimits = {
  /** Per file, and per member of a zip (unpacked). */
  maxFileBytes: number;
  /** Documents per request, zip members included. */
  maxFiles: number;
  /** Bytes per request, zips counted unpacked. */
  maxTotalBytes: number;
  /** Entries one zip may hold (folders and skipped members included). */
  maxZipEntries: number;
};

export const uploadLimits = (c: AppConfig): UploadLimits => ({
  maxFileBytes: c.maxUploadBytes,
  maxFiles: c.maxUploadFiles,
  maxTotalBytes: c.maxUploadTotalBytes,
  maxZipEntries: c.maxZipEntries,
});

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`;
