import { z } from 'zod';
import { checkServerUrl, isDatabaseName, type SyncProblem } from './connection';

/** How sync proves who it is: a password on every request, or a cookie session from `/_session`. */
export const syncAuthModes = ['basic', 'session'] as const;
export type SyncAuthMode = (typeof syncAuthModes)[number];

/** What the user sets on the Sync page; the password is not here (it goes to the platform's credentials). */
export const syncSettingsInputSchema = z.object({
  serverUrl: z.string().superRefine((url, ctx) => {
    const checked = checkServerUrl(url);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.problem });
  }),
  database: z.string().refine(isDatabaseName, 'bad_database_name'),
  username: z.string().trim().max(200),
  authMode: z.enum(syncAuthModes),
  live: z.boolean(),
});
export type SyncSettingsInput = z.infer<typeof syncSettingsInputSchema>;

/** This replica's sync settings (one row, `syncState` "config"). */
export type SyncConfig = SyncSettingsInput & {
  id: 'config';
  enabled: boolean;
  /** This replica: stamps made here carry it, and it names the server's checkpoint document. */
  replicaId: string;
  updatedAt: number;
};

/** Why sync skipped a document: the Sync page says it in the user's language from the code (and the field). */
export const rejectionCodes = [
  'not_object',
  'bad_envelope',
  'id_mismatch',
  'no_clock',
  'clock_ahead',
  'bad_record',
  'server_refused',
  'merge_refused',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

/**
 * A server document sync skipped, and why (the Sync page lists the latest): `reason` in technical
 * words for the log (for `server_refused`, the server's own), `code` and `field` for the page.
 * Entries stored before codes existed have only the reason.
 */
export type RejectedDocument = { id: string; reason: string; at: number; code?: RejectionCode; field?: string };

/** Where sync stands with its server (one row, `syncState` "progress"). */
export type SyncProgress = {
  id: 'progress';
  /** The last change-log entry captured; null until the first capture read every record. */
  capturedThrough: string | null;
  /** The server's `last_seq` applied so far (numbers on PouchDB, strings on CouchDB 2+); null before the first pull. */
  pullSeq: string | number | null;
  /** Revision of the server's `_local/baton-<replica>` checkpoint document. */
  checkpointRev: string | null;
  /** The database was checked to hold this workspace (or nothing) before the first push. */
  verified: boolean;
  lastSyncAt: number | null;
  lastProblem: SyncProblem | null;
  conflictsResolved: number;
  rejectedCount: number;
  rejected: RejectedDocument[];
};

export const rejectedKept = 20;

export const emptySyncProgress = (): SyncProgress => ({
  id: 'progress',
  capturedThrough: null,
  pullSeq: null,
  checkpointRev: null,
  verified: false,
  lastSyncAt: null,
  lastProblem: null,
  conflictsResolved: 0,
  rejectedCount: 0,
  rejected: [],
});

/** What the sync worker is doing now: shown in the badge beside what the database says. */
export type SyncActivity =
  | { state: 'off' }
  | { state: 'idle' }
  | { state: 'syncing' }
  | { state: 'live' }
  | { state: 'retrying'; problem: SyncProblem; retryAt: number }
  | { state: 'failed'; problem: SyncProblem }
  /** Another window of this workspace is syncing it. */
  | { state: 'elsewhere' };
