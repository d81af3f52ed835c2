// Pure helpers of the import view (tested without a browser).

export interface RowCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The rows of every file added up, for one line of the history. */
export function totalCounts(counts: readonly RowCounts[]): RowCounts {
  return counts.reduce(
    (sum, c) => ({ inserted: sum.inserted + c.inserted, updated: sum.updated + c.updated, unchanged: sum.unchanged + c.unchanged }),
    { inserted: 0, updated: 0, unchanged: 0 },
  );
}

/** Files larger than the limits, found before anything is sent (the server checks again). */
export function oversizedFiles(files: readonly { name: string; size: number }[], limits: { maxUploadBytes: number; maxFileBytes: number }): string[] {
  const tooLarge = files.filter((f) => f.size > limits.maxFileBytes).map((f) => f.name);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return total > limits.maxUploadBytes && tooLarge.length === 0 ? files.map((f) => f.name) : tooLarge;
}

export function formatMegabytes(bytes: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: bytes < 1024 * 1024 ? 2 : 0 }).format(bytes / 1024 / 1024)} MB`;
}

/** Seconds with one decimal, e.g. 1,2 s. */
export function formatSeconds(ms: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
}

/** An ISO instant as a Brussels date and time (the monitor's time zone, not the browser's). */
export function formatInstant(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
