import { z } from 'zod';

/** Why a backup was taken: once a day, or just before something that overwrites or removes data. */
export const backupReasons = ['daily', 'manual', 'before_replace', 'before_delete', 'before_design_apply', 'before_restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** What a backup holds, written beside it so the restore screen lists it without reading the file. */
export const backupMetaSchema = z.object({
  workspaceName: z.string().min(1).max(200),
  reason: z.enum(backupReasons),
  /** Records per table, from the workspace file's own trailer. */
  counts: z.record(z.string().regex(/^[A-Za-z]{1,40}$/), z.number().int().nonnegative()),
});
export type BackupMeta = z.infer<typeof backupMetaSchema>;

/** A kept backup; `meta` is null for a backup written before metadata existed. */
export type BackupInfo = { name: string; at: number; bytes: number; meta: BackupMeta | null };

/** Backups kept per workspace; older ones are removed after each new one. */
export const BACKUPS_KEPT = 14;
const DAY = 24 * 60 * 60 * 1000;

/** True when the newest backup is a day old or there is none (a clock set back counts as due too). */
export function isDailyBackupDue(newestAt: number | null, now: number): boolean {
  return newestAt === null || now - newestAt >= DAY || now < newestAt;
}

/**
 * The name for a backup taken at `at`: `backup-<at>.baton`, or `backup-<at>-<n>.baton` with the
 * smallest n not taken, so two backups within one millisecond never share a name.
 */
export function backupName(at: number, taken: ReadonlySet<string>): string {
  const plain = `backup-${at}.baton`;
  if (!taken.has(plain)) return plain;
  for (let n = 1; ; n++) {
    const name = `backup-${at}-${n}.baton`;
    if (!taken.has(name)) return name;
  }
}

/** The time and tie-break of a backup name, or null for a name that is not one. */
export function parseBackupName(name: string): { at: number; seq: number } | null {
  const match = /^backup-(\d{1,15})(?:-(\d{1,6}))?\.baton$/.exec(name);
  return match ? { at: Number(match[1]), seq: Number(match[2] ?? 0) } : null;
}

/** Newest first: by time, then by the tie-break number within one millisecond. */
export function newestFirst<T extends { name: string; at: number }>(list: readonly T[]): T[] {
  const seq = (b: T) => parseBackupName(b.name)?.seq ?? 0;
  return [...list].sort((a, b) => b.at - a.at || seq(b) - seq(a));
}

/** The backups to remove so that only the newest `kept` remain. */
export function backupsToPrune<T extends { name: string; at: number }>(list: readonly T[], kept = BACKUPS_KEPT): T[] {
  return newestFirst(list).slice(kept);
}
