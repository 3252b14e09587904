/** The newest `updatedAt` among records read, or `since` when none is newer: where a reader's next "what changed" read starts. */
export const newestUpdate = (records: readonly { updatedAt: number }[], since: number): number => records.reduce((max, r) => Math.max(max, r.updatedAt), since);
