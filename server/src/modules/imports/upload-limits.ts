// Size limits of an upload (dashboard or API), checked before any CSV is parsed (docs/import-format.md). The scale-1
// demo history is about 30 MB of CSV, so these leave room for ten times that.

const MB = 1024 * 1024;

export interface UploadLimits {
  /** The whole request, and the CSV files together once unzipped. */
  maxUploadBytes: number;
  /** One CSV file, also once unzipped. */
  maxFileBytes: number;
}

export const UPLOAD_LIMITS: UploadLimits = { maxUploadBytes: 200 * MB, maxFileBytes: 100 * MB };

export function formatMegabytes(bytes: number): string {
  return bytes < MB ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round(bytes / MB)} MB`;
}
